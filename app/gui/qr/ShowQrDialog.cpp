#include "ShowQrDialog.h"

#include "PrivateFile.h"
#include "QrCodeView.h"
#include "QrEncoder.h"
#include "SecretWipe.h"
#include "dialogs/FileChooser.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        constexpr auto Level = QrEncoder::ErrorCorrection::Medium;
        constexpr double PrintedWidthMm = 60.0;

        QLabel* wrappedLabel(const QString& text, QWidget* parent)
        {
            auto* label = new QLabel(text, parent);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            return label;
        }
    }

    ShowQrDialog::ShowQrDialog(const Account& account, QWidget* parent)
        : ShowQrDialog(account.toUri().toString(), account.issuer, account.accountName, parent)
    { }

    ShowQrDialog::ShowQrDialog(const OtpUri& uri, QWidget* parent)
        : ShowQrDialog(uri.toString(), uri.issuer(), uri.accountName(), parent)
    { }

    ShowQrDialog::ShowQrDialog(QString uri, QString issuer, QString accountName, QWidget* parent)
        : QDialog(parent)
        , m_uri(std::move(uri))
        , m_issuer(std::move(issuer))
        , m_accountName(std::move(accountName))
    {
        const QString name = m_issuer.isEmpty() ? m_accountName : m_issuer;
        setWindowTitle(tr("QR Code of %1").arg(name));
        // Two pages, one shown at a time (a hidden widget takes no room, so the question stays small).
        // The question:
        auto* askPage = new QWidget(this);
        m_askPage = askPage;
        auto* ask = new QVBoxLayout(askPage);
        auto* top = new QHBoxLayout;
        auto* icon = new QLabel(askPage);
        const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
        icon->setAlignment(Qt::AlignTop);
        top->addWidget(icon);
        auto* question = wrappedLabel(tr("Anyone who sees this code can copy your account. Show it?"), askPage);
        QFont bigger = question->font();
        bigger.setBold(true);
        question->setFont(bigger);
        auto* texts = new QVBoxLayout;
        texts->addWidget(question);
        texts->addWidget(wrappedLabel(
            tr("Show it only to add %1 to your own phone, where no one else can see the screen.").arg(name), askPage));
        top->addLayout(texts, 1);
        ask->addLayout(top);
        ask->addStretch(1);
        auto* askButtons = new QDialogButtonBox(askPage);
        m_show = askButtons->addButton(tr("Show QR Code"), QDialogButtonBox::AcceptRole);
        askButtons->addButton(QDialogButtonBox::Cancel);
        m_show->setDefault(false);
        askButtons->button(QDialogButtonBox::Cancel)->setDefault(true);
        connect(m_show, &QPushButton::clicked, this, &ShowQrDialog::reveal);
        connect(askButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        ask->addWidget(askButtons);

        // The code:
        auto* codePage = new QWidget(this);
        m_codePage = codePage;
        auto* code = new QVBoxLayout(codePage);
        m_view = new QrCodeView(codePage);
        code->addWidget(m_view, 1);
        auto* issuerLabel = wrappedLabel(m_issuer, codePage);
        QFont issuerFont = issuerLabel->font();
        issuerFont.setBold(true);
        issuerFont.setPointSizeF(issuerFont.pointSizeF() * 1.2);
        issuerLabel->setFont(issuerFont);
        issuerLabel->setAlignment(Qt::AlignHCenter);
        issuerLabel->setVisible(!m_issuer.isEmpty());
        issuerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->addWidget(issuerLabel);
        auto* accountLabel = wrappedLabel(m_accountName, codePage);
        accountLabel->setAlignment(Qt::AlignHCenter);
        accountLabel->setVisible(!m_accountName.isEmpty());
        accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->addWidget(accountLabel);
        auto* hint = wrappedLabel(tr("Scan it with your phone's authenticator app, then close this window."), codePage);
        hint->setAlignment(Qt::AlignHCenter);
        hint->setForegroundRole(QPalette::PlaceholderText);
        code->addWidget(hint);
        m_error = wrappedLabel(QString(), codePage);
        m_error->setVisible(false);
        code->addWidget(m_error);
        auto* codeButtons = new QDialogButtonBox(QDialogButtonBox::Close, codePage);
        QPushButton* save = codeButtons->addButton(tr("Save As…"), QDialogButtonBox::ActionRole);
        QPushButton* printButton = codeButtons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
        connect(save, &QPushButton::clicked, this, &ShowQrDialog::saveAs);
        connect(printButton, &QPushButton::clicked, this, &ShowQrDialog::printCode);
        connect(codeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        code->addWidget(codeButtons);
        // The button box passes the focus on to one of its buttons (its focus proxy); coming after Print in
        // the Tab chain, it sent Tab from Print back to Save As, and Close was never reached.
        codeButtons->setFocusProxy(nullptr);

        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(QMargins());
        layout->addWidget(askPage);
        layout->addWidget(codePage);
        codePage->hide();
    }

    ShowQrDialog::~ShowQrDialog()
    {
        forget();
        wipe(m_uri);
    }

    bool ShowQrDialog::isRevealed() const
    {
        return m_revealed;
    }

    void ShowQrDialog::reveal()
    {
        if (isRevealed()) {
            return;
        }
        m_revealed = true;
        m_askPage->hide();
        m_codePage->show();
        auto image = QrEncoder::toImage(m_uri, Level, 1);
        if (!image) {
            showError(image.error().message());
            return;
        }
        m_view->setCode(*image);
        image->fill(0);
        // Grow to the preferred size where the screen allows; the code scales with the window after that.
        adjustSize();
        emit revealed();
    }

    Result<void> ShowQrDialog::saveTo(const QString& path) const
    {
        QByteArray bytes;
        if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
            auto svg = QrEncoder::toSvg(m_uri, Level, SavedModuleSize);
            if (!svg) {
                return svg.error();
            }
            bytes = svg->toUtf8();
            wipe(*svg);
        } else {
            auto image = QrEncoder::toImage(m_uri, Level, SavedModuleSize);
            if (!image) {
                return image.error();
            }
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            const bool encoded = image->save(&buffer, "PNG");
            image->fill(0);
            if (!encoded) {
                return Error(Error::Kind::Io, tr("Cannot save the QR code as a PNG image."));
            }
        }
        auto written = PrivateFile::write(path, bytes);
        wipe(bytes);
        return written;
    }

    Result<void> ShowQrDialog::print(QPrinter& printer) const
    {
        auto image = QrEncoder::toImage(m_uri, Level, 1);
        if (!image) {
            return image.error();
        }
        QPainter painter;
        if (!painter.begin(&printer)) {
            image->fill(0);
            return Error(Error::Kind::Io, tr("Cannot print: the printer is not ready. Check it and try again."));
        }
        const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
        const double pixelsPerMm = printer.resolution() / 25.4;
        const double side = std::min(PrintedWidthMm * pixelsPerMm, std::min(page.width(), page.height() * 0.7));
        const QRectF target((page.width() - side) / 2.0, page.height() * 0.1, side, side);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(target, *image);
        image->fill(0);
        QFont font = painter.font();
        font.setPointSizeF(14);
        font.setBold(true);
        painter.setFont(font);
        const QFontMetricsF metrics(font, &printer);
        QRectF text(0, target.bottom() + metrics.height(), page.width(), metrics.height() * 1.5);
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop, m_issuer);
        font.setBold(false);
        font.setPointSizeF(11);
        painter.setFont(font);
        text.translate(0, metrics.height() * 1.5);
        painter.drawText(text, Qt::AlignHCenter | Qt::AlignTop, m_accountName);
        painter.end();
        if (!printer.outputFileName().isEmpty()) {
            return PrivateFile::restrict(printer.outputFileName());
        }
        return {};
    }

    void ShowQrDialog::done(int result)
    {
        forget();
        QDialog::done(result);
    }

    void ShowQrDialog::saveAs()
    {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name = m_issuer.isEmpty() ? m_accountName : m_issuer;
        name.replace(QLatin1Char('/'), QLatin1Char('_'));
        const QString suggested = QDir(folder).filePath(tr("%1 QR code.png").arg(name));
        QString selectedFilter;
        QString path = FileChooser::saveFile(this, tr("Save QR Code"), suggested,
            tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG image (*.svg)"), &selectedFilter);
        if (path.isEmpty()) {
            return;
        }
        if (QFileInfo(path).suffix().isEmpty()) {
            path += selectedFilter.contains(QStringLiteral("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
        }
        auto saved = saveTo(path);
        if (!saved) {
            showError(saved.error().message());
            return;
        }
        m_error->setVisible(false);
        emit this->saved(path);
    }

    void ShowQrDialog::printCode()
    {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print QR Code"));
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        auto printed = print(printer);
        if (!printed) {
            showError(printed.error().message());
        }
    }

    void ShowQrDialog::showError(const QString& message)
    {
        m_error->setText(message);
        m_error->setVisible(true);
    }

    void ShowQrDialog::forget()
    {
        if (m_view != nullptr) {
            m_view->clear();
        }
    }
}
