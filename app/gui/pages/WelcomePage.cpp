#include "pages/WelcomePage.h"

#include "app/Icons.h"
#include "dialogs/FileChooser.h"
#include "transfer/ImportFileReader.h"
#include "widgets/FocusRing.h"
#include "widgets/PageColumn.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace tessera::gui
{
    WelcomePage::WelcomePage(QWidget* parent)
        : QWidget(parent)
        , m_entries(new QVBoxLayout)
        , m_create(new QCommandLinkButton(tr("&Create a new vault"), this))
        , m_open(new QCommandLinkButton(tr("&Open an existing vault file"), this))
        , m_import(new QCommandLinkButton(tr("&Start from a backup or phone export"), this))
        , m_location(new QLabel(this))
    {
        auto* title = new QLabel(tr("Welcome to Tessera"), this);
        QFont titleFont = title->font();
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
        title->setFont(titleFont);
        title->setAccessibleName(title->text());
        auto* intro = new QLabel(tr("Tessera keeps the two-factor codes of your accounts on this computer, in one "
                                    "file encrypted with a password you choose."),
            this);
        intro->setWordWrap(true);

        m_create->setDescription(tr("Choose a password, and Tessera creates an encrypted vault for your accounts."));
        m_create->setAccessibleDescription(m_create->description());
        m_open->setDescription(tr("Use a vault file made earlier or copied from another computer."));
        m_open->setAccessibleDescription(m_open->description());
        m_import->setDescription(tr("Choose a Tessera backup or an export from Aegis, 2FAS, Google Authenticator "
                                    "and others; Tessera creates a vault and imports its accounts."));
        m_import->setAccessibleDescription(m_import->description());
        m_create->setDefault(true);
        for (QCommandLinkButton* entry : {m_create, m_open, m_import}) {
            FocusRing::add(entry);
        }

        m_entries->setContentsMargins(0, 0, 0, 0);
        m_entries->addWidget(m_create);
        m_entries->addWidget(m_open);
        m_entries->addWidget(m_import);

        m_location->setWordWrap(true);
        m_location->setForegroundRole(QPalette::PlaceholderText);
        m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);

        auto* column = new PageColumn(this, 40, 64);
        QVBoxLayout* columnLayout = column->contentLayout();
        auto* logo = new QLabel(column);
        const int logoSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
        logo->setPixmap(Icons::application().pixmap(QSize(logoSize, logoSize), devicePixelRatioF()));
        logo->setAccessibleName(tr("Tessera"));
        columnLayout->addWidget(logo);
        columnLayout->addWidget(title);
        columnLayout->addWidget(intro);
        columnLayout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
        columnLayout->addLayout(m_entries);
        columnLayout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) * 2);
        columnLayout->addWidget(m_location);

        connect(m_create, &QCommandLinkButton::clicked, this, &WelcomePage::createRequested);
        connect(m_open, &QCommandLinkButton::clicked, this, &WelcomePage::chooseFile);
        connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::chooseImportFile);
        setTabOrder(m_create, m_open);
        setTabOrder(m_open, m_import);
    }

    void WelcomePage::setVaultPath(const QString& path)
    {
        m_location->setText(tr("A new vault is created as %1.").arg(QDir::toNativeSeparators(path)));
    }

    void WelcomePage::addEntry(QAbstractButton* button)
    {
        button->setParent(this);
        FocusRing::add(button);
        QWidget* last = m_entries->itemAt(m_entries->count() - 1)->widget();
        m_entries->addWidget(button);
        if (last != nullptr) {
            setTabOrder(last, button);
        }
    }

    void WelcomePage::chooseFile()
    {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
        const QString path
            = FileChooser::openFile(this, tr("Open a Vault"), start, tr("Tessera vaults (*.tessera);;All files (*)"));
        if (!path.isEmpty()) {
            emit openRequested(path);
        }
    }

    void WelcomePage::chooseImportFile()
    {
        const QString path = ImportFileReader::chooseFile(this);
        if (!path.isEmpty()) {
            emit importRequested(path);
        }
    }
}
