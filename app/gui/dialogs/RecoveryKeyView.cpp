#include "RecoveryKeyView.h"

#include "FileChooser.h"
#include "InlineMessage.h"
#include "RecoveryKey.h"
#include "SecretWipe.h"
#include "services/Clipboard.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        constexpr int GroupsPerLine = 7;

        /// "ABCD EFGH ... (7 groups)\nIJKL ...": two lines a person can read out and copy by hand.
        QString readableGroups(const QString& key)
        {
            const QStringList groups = key.split(QLatin1Char('-'));
            QString out;
            for (qsizetype i = 0; i < groups.size(); ++i) {
                if (i > 0) {
                    out.append(i % GroupsPerLine == 0 ? QLatin1Char('\n') : QLatin1Char(' '));
                }
                out.append(groups.at(i));
            }
            return out;
        }
    }

    RecoveryKeyView::RecoveryKeyView(Clipboard& clipboard, QWidget* parent)
        : QWidget(parent)
        , m_clipboard(clipboard)
        , m_keyLabel(new QLabel(this))
        , m_copy(new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"), this))
        , m_save(new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save to a file…"), this))
        , m_print(new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this))
        , m_status(new InlineMessage(this))
        , m_kept(new QCheckBox(tr("I have &kept this key somewhere safe, away from this computer"), this))
    {
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setLetterSpacing(QFont::PercentageSpacing, 110);
        m_keyLabel->setObjectName(QStringLiteral("recoveryKeyText"));
        m_keyLabel->setFont(font);
        m_keyLabel->setTextFormat(Qt::PlainText);
        m_keyLabel->setAlignment(Qt::AlignCenter);
        m_keyLabel->setFrameShape(QFrame::StyledPanel);
        m_keyLabel->setMargin(style()->pixelMetric(QStyle::PM_LayoutTopMargin, nullptr, this));
        m_keyLabel->setBackgroundRole(QPalette::Base);
        m_keyLabel->setAutoFillBackground(true);
        m_keyLabel->setAccessibleName(tr("Recovery key"));
        // Copy goes through the Copy button only, which tags the data as secret and clears it later.
        m_keyLabel->setTextInteractionFlags(Qt::NoTextInteraction);

        m_copy->setObjectName(QStringLiteral("copyRecoveryKey"));
        m_copy->setAccessibleDescription(tr("Copies the key to the clipboard; it is cleared from there after a "
                                            "short time."));
        m_save->setObjectName(QStringLiteral("saveRecoveryKey"));
        m_save->setAccessibleDescription(tr("Saves the key in a text file only you can read. Move that file off "
                                            "this computer, for example to a USB stick."));
        m_print->setObjectName(QStringLiteral("printRecoveryKey"));
        m_print->setAccessibleDescription(tr("Prints the key to keep on paper."));
        m_status->setObjectName(QStringLiteral("recoveryKeyStatus"));
        m_kept->setObjectName(QStringLiteral("recoveryKeyKept"));
        m_kept->setAccessibleDescription(tr("Tick once the key is saved, printed or written down: it cannot be "
                                            "shown again."));

        auto* buttons = new QHBoxLayout;
        buttons->addWidget(m_copy);
        buttons->addWidget(m_save);
        buttons->addWidget(m_print);
        buttons->addStretch();

        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_keyLabel);
        layout->addLayout(buttons);
        layout->addWidget(m_status);
        layout->addWidget(m_kept);

        setFocusProxy(m_copy);

        connect(m_copy, &QPushButton::clicked, this, &RecoveryKeyView::copy);
        connect(m_save, &QPushButton::clicked, this, &RecoveryKeyView::save);
        connect(m_print, &QPushButton::clicked, this, &RecoveryKeyView::print);
        connect(m_kept, &QCheckBox::toggled, this, &RecoveryKeyView::keptChanged);
    }

    RecoveryKeyView::~RecoveryKeyView()
    {
        wipe(m_key);
    }

    void RecoveryKeyView::setKey(const RecoveryKey& key, const QString& vaultPath)
    {
        clear();
        m_key = key.toString();
        m_vaultPath = vaultPath;
        QString shown = readableGroups(m_key);
        m_keyLabel->setText(shown);
        wipe(shown);
    }

    void RecoveryKeyView::clear()
    {
        wipe(m_key);
        m_keyLabel->clear();
        m_status->clear();
        m_kept->setChecked(false);
    }

    bool RecoveryKeyView::isKept() const
    {
        return m_kept->isChecked();
    }

    void RecoveryKeyView::copy()
    {
        if (m_key.isEmpty()) {
            return;
        }
        m_clipboard.copySecret(m_key);
        const auto seconds = m_clipboard.clearTimeout().count();
        m_status->setMessage(InlineMessage::Severity::Info,
            seconds > 0 ? tr("Copied. The clipboard is cleared in %1 seconds: paste it into your password manager "
                             "now.")
                              .arg(seconds)
                        : tr("Copied. The clipboard is cleared when Tessera locks or quits."));
    }

    void RecoveryKeyView::save()
    {
        const QString path = FileChooser::saveFile(this, tr("Save the Recovery Key"),
            QDir::home().filePath(tr("tessera-recovery-key.txt")), tr("Text files (*.txt);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        if (auto saved = saveTo(path); !saved) {
            m_status->setMessage(InlineMessage::Severity::Error, saved.error().message());
            return;
        }
        m_status->setMessage(InlineMessage::Severity::Info,
            tr("Saved to %1, readable only by you. Move it off this computer, for example to a USB stick kept "
               "in a drawer.")
                .arg(QDir::toNativeSeparators(path)));
    }

    Result<void> RecoveryKeyView::saveTo(const QString& path) const
    {
        if (m_key.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("There is no recovery key to save."));
        }
        constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QFile file(path);
        // Tighten an existing file before anything secret goes into it.
        if (file.exists() && !file.setPermissions(ownerOnly)) {
            return Error(Error::Kind::Io,
                tr("Could not make %1 private: %2. Choose another file.").arg(path, file.errorString()));
        }
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)) {
            return Error(Error::Kind::Io, tr("Could not write %1: %2.").arg(path, file.errorString()));
        }
        QString text = documentText();
        QByteArray bytes = text.toUtf8();
        wipe(text);
        const bool written = file.write(bytes) == bytes.size() && file.flush();
        wipe(bytes);
        file.close();
        if (!written) {
            QFile::remove(path);
            return Error(Error::Kind::Io, tr("Could not write %1: %2.").arg(path, file.errorString()));
        }
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (QFile::permissions(path) & others) {
            QFile::remove(path);
            return Error(Error::Kind::Io,
                tr("%1 would be readable by other users, so it was removed. Choose a folder in your home "
                   "folder.")
                    .arg(path));
        }
        return {};
    }

    void RecoveryKeyView::print()
    {
        if (m_key.isEmpty()) {
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(tr("Tessera recovery key"));
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the Recovery Key"));
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        QTextDocument document;
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        document.setDefaultFont(font);
        QString text = documentText();
        document.setPlainText(text);
        wipe(text);
        document.print(&printer);
        document.clear();
        m_status->setMessage(InlineMessage::Severity::Info, tr("Sent to the printer. Keep the page somewhere safe."));
    }

    QString RecoveryKeyView::documentText() const
    {
        QString key = readableGroups(m_key);
        const QString text = tr("Tessera recovery key\n"
                                "\n"
                                "Vault: %1\n"
                                "Made on: %2\n"
                                "\n"
                                "%3\n"
                                "\n"
                                "This key opens the vault if its password is forgotten: choose \"Use recovery "
                                "key\" when unlocking. Keep it private and away from the computer: anyone with "
                                "this key and the vault file can read your accounts. Making a new recovery key "
                                "in Tessera's settings makes this one stop working.\n")
                                 .arg(QDir::toNativeSeparators(m_vaultPath),
                                     QLocale().toString(QDate::currentDate(), QLocale::LongFormat), key);
        wipe(key);
        return text;
    }
}
