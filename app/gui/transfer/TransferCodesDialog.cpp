#include "transfer/TransferCodesDialog.h"

#include "GoogleMigration.h"
#include "QrEncoder.h"
#include "SecretWipe.h"
#include "dialogs/FileChooser.h"
#include "dialogs/InlineMessage.h"
#include "qr/PrivateFile.h"
#include "qr/QrCodeView.h"

#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        QLabel* wrappedLabel(const QString& text, QWidget* parent)
        {
            auto* label = new QLabel(text, parent);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            return label;
        }

        QString bulleted(const QStringList& lines)
        {
            QStringList items;
            for (const QString& line : lines) {
                items.append(QStringLiteral("• ") + line);
            }
            return items.join(QLatin1Char('\n'));
        }
    }

    TransferCodesDialog::TransferCodesDialog(const MigrationExport& codes, QWidget* parent)
        : QDialog(parent)
        , m_uris(codes.uris)
        , m_view(new QrCodeView(this))
        , m_position(new QLabel(this))
        , m_previous(new QPushButton(tr("&Previous"), this))
        , m_next(new QPushButton(tr("&Next"), this))
        , m_save(new QPushButton(tr("&Save as PNG Files…"), this))
        , m_leftOut(new InlineMessage(this))
        , m_warnings(new InlineMessage(this))
        , m_saved(new InlineMessage(this))
    {
        setWindowTitle(tr("Transfer to Google Authenticator"));
        setWindowState(windowState() | Qt::WindowFullScreen);

        // The code, as large as the screen allows, with its place in the series and the way through it.
        QFont positionFont = m_position->font();
        positionFont.setBold(true);
        if (positionFont.pointSizeF() > 0) {
            positionFont.setPointSizeF(positionFont.pointSizeF() * 1.6);
        }
        m_position->setFont(positionFont);
        m_position->setAlignment(Qt::AlignHCenter);
        m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack, nullptr, this));
        m_previous->setToolTip(tr("The previous code (Left arrow)"));
        m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward, nullptr, this));
        m_next->setToolTip(tr("The next code (Right arrow)"));
        m_next->setDefault(true);
        auto* navigation = new QHBoxLayout;
        navigation->addStretch(1);
        navigation->addWidget(m_previous);
        navigation->addWidget(m_position);
        navigation->addWidget(m_next);
        navigation->addStretch(1);
        auto* codeColumn = new QVBoxLayout;
        codeColumn->addWidget(m_view, 1);
        codeColumn->addLayout(navigation);

        // What to do with it, and what it does not hold.
        auto* title = wrappedLabel(windowTitle(), this);
        QFont titleFont = title->font();
        if (titleFont.pointSizeF() > 0) {
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
        }
        title->setFont(titleFont);
        auto* steps = wrappedLabel(
            tr("On the phone, open Google Authenticator, choose Transfer accounts, then Import accounts, and scan "
               "the codes in order. Anyone who sees them can copy your accounts: close this window when the phone "
               "has them all."),
            this);
        if (!codes.leftOut.isEmpty()) {
            QStringList lines;
            for (const LeftOutAccount& left : codes.leftOut) {
                lines.append(tr("%1: %2").arg(left.name, left.reason));
            }
            m_leftOut->setMessage(
                InlineMessage::Severity::Warning, tr("Left out:") + QLatin1Char('\n') + bulleted(lines));
        }
        if (!codes.warnings.isEmpty()) {
            m_warnings->setMessage(InlineMessage::Severity::Info, bulleted(codes.warnings));
        }
        m_save->setToolTip(tr("Save every code as an image, to scan later or on another device"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        buttons->addButton(m_save, QDialogButtonBox::ActionRole);
        auto* side = new QVBoxLayout;
        side->addWidget(title);
        side->addWidget(steps);
        side->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
        side->addWidget(m_leftOut);
        side->addWidget(m_warnings);
        side->addStretch(1);
        side->addWidget(m_saved);
        side->addWidget(buttons);
        auto* sideWidget = new QWidget(this);
        sideWidget->setLayout(side);
        sideWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
        side->setContentsMargins(0, 0, 0, 0);

        auto* layout = new QHBoxLayout(this);
        layout->addLayout(codeColumn, 2);
        layout->addWidget(sideWidget, 1);

        // Shortcuts rather than key handling: a focused button would take the arrow keys for itself.
        const struct
        {
            QList<QKeySequence> keys;
            void (TransferCodesDialog::*slot)();
        } moves[] = {
            {{QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)}, &TransferCodesDialog::showNext},
            {{QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}, &TransferCodesDialog::showPrevious},
        };
        for (const auto& move : moves) {
            auto* action = new QAction(this);
            action->setShortcuts(move.keys);
            connect(action, &QAction::triggered, this, move.slot);
            addAction(action);
        }
        connect(m_next, &QPushButton::clicked, this, &TransferCodesDialog::showNext);
        connect(m_previous, &QPushButton::clicked, this, &TransferCodesDialog::showPrevious);
        connect(m_save, &QPushButton::clicked, this, &TransferCodesDialog::chooseFolder);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        showCode(0);
    }

    TransferCodesDialog::~TransferCodesDialog()
    {
        forget();
    }

    void TransferCodesDialog::showCode(int index)
    {
        if (index < 0 || index >= count()) {
            return;
        }
        m_current = index;
        m_position->setText(tr("Code %1 of %2").arg(index + 1).arg(count()));
        m_position->setAccessibleName(m_position->text());
        m_previous->setEnabled(index > 0);
        m_next->setEnabled(index + 1 < count());
        auto image = QrEncoder::toImage(m_uris.at(index), QrEncoder::ErrorCorrection::Medium, 1);
        if (!image) {
            m_view->clear();
            m_saved->setMessage(InlineMessage::Severity::Error, image.error().message());
            return;
        }
        m_view->setCode(*image);
        image->fill(0);
        m_reachedLast = m_reachedLast || index + 1 == count();
    }

    void TransferCodesDialog::showNext()
    {
        showCode(m_current + 1);
    }

    void TransferCodesDialog::showPrevious()
    {
        showCode(m_current - 1);
    }

    Result<QStringList> TransferCodesDialog::saveImagesTo(const QString& folder) const
    {
        const QDir dir(folder);
        QStringList written;
        for (int i = 0; i < count(); ++i) {
            auto image = GoogleMigration::qrImage(m_uris.at(i));
            if (!image) {
                return image.error();
            }
            QByteArray bytes;
            QBuffer buffer(&bytes);
            const bool encoded = buffer.open(QIODevice::WriteOnly) && image->save(&buffer, "PNG");
            image->fill(0);
            if (!encoded) {
                wipe(bytes);
                return Error(Error::Kind::Io, tr("Cannot save the transfer codes as PNG images."));
            }
            const QString name = GoogleMigration::imageFileName(i, count());
            auto saved = PrivateFile::write(dir.filePath(name), bytes);
            wipe(bytes);
            if (!saved) {
                return saved.error();
            }
            written.append(name);
        }
        return written;
    }

    void TransferCodesDialog::chooseFolder()
    {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString folder = FileChooser::folder(this, tr("Save the Transfer Codes in a Folder"), start);
        if (folder.isEmpty()) {
            return;
        }
        auto saved = saveImagesTo(folder);
        if (!saved) {
            m_saved->setMessage(InlineMessage::Severity::Error, saved.error().message());
            return;
        }
        QString text = tr("Saved %1 in %2. They are not encrypted: delete them when the phone has the accounts.")
                           .arg(saved->size() == 1 ? tr("1 image") : tr("%1 images").arg(saved->size()),
                               QDir::toNativeSeparators(folder));
        // Codes of an earlier export with another count would be scanned with these by mistake.
        static const QRegularExpression codeName(QStringLiteral("^google-authenticator-\\d+-of-\\d+\\.png$"));
        QStringList stale;
        for (const QString& name :
            QDir(folder).entryList({QStringLiteral("google-authenticator-*.png")}, QDir::Files)) {
            if (codeName.match(name).hasMatch() && !saved->contains(name)) {
                stale.append(name);
            }
        }
        if (!stale.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("The folder also holds codes of an earlier export (%1): delete them so they are not scanned "
                     "with these.")
                      .arg(stale.join(QStringLiteral(", ")));
        }
        m_saved->setMessage(stale.isEmpty() ? InlineMessage::Severity::Info : InlineMessage::Severity::Warning, text);
        emit imagesSaved(folder);
    }

    void TransferCodesDialog::done(int result)
    {
        const bool sawAll = m_reachedLast;
        m_reachedLast = false;
        forget();
        if (sawAll) {
            emit allCodesShown();
        }
        QDialog::done(result);
    }

    void TransferCodesDialog::forget()
    {
        m_view->clear();
        for (QString& uri : m_uris) {
            wipe(uri);
        }
        m_uris.clear();
        m_current = -1;
    }
}
