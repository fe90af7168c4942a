#include "PdfExporter.h"

#include "QrEncoder.h"
#include "SecretWipe.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace tessera
{
    namespace
    {
        constexpr int Resolution = 300;
        constexpr int Columns = 2;
        constexpr int Rows = 3;

        QString groupedKey(const QString& base32)
        {
            QString grouped;
            for (qsizetype i = 0; i < base32.size(); i += 4) {
                if (!grouped.isEmpty()) {
                    grouped += QLatin1Char(' ');
                }
                grouped += base32.mid(i, 4);
            }
            return grouped;
        }

        QString settings(const OtpParameters& p)
        {
            switch (p.type()) {
            case OtpType::Steam:
                return QStringLiteral("Steam Guard");
            case OtpType::Hotp:
                return QCoreApplication::translate("tessera::PdfExporter", "HOTP, %1, %2 digits, counter %3")
                    .arg(OtpParameters::algorithmName(p.algorithm()))
                    .arg(p.digits())
                    .arg(p.counter());
            case OtpType::Totp:
                break;
            }
            return QCoreApplication::translate("tessera::PdfExporter", "TOTP, %1, %2 digits, %3 s")
                .arg(OtpParameters::algorithmName(p.algorithm()))
                .arg(p.digits())
                .arg(p.period());
        }

        void drawLine(QPainter& painter, const QFont& font, qreal x, qreal& y, qreal width, const QString& text)
        {
            painter.setFont(font);
            const QFontMetricsF metrics(font, painter.device());
            const QString elided = metrics.elidedText(text, Qt::ElideRight, width);
            y += metrics.ascent();
            painter.drawText(QPointF(x, y), elided);
            y += metrics.descent() + metrics.leading() + metrics.height() * 0.15;
        }
    }

    Result<ExportResult> PdfExporter::write(const QList<Account>& accounts, const ExportOptions& options)
    {
        if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
            return Error(Error::Kind::Unsupported,
                tr("The PDF export needs fonts, which are only available in a graphical session "
                   "(a QGuiApplication)."));
        }
        ExportResult result;
        QList<const Account*> printed;
        for (const Account& account : accounts) {
            if (account.isTrashed()) {
                result.leftOut.append({account.id, account.displayName(), tr("It is in the trash.")});
            } else {
                printed.append(&account);
            }
        }
        if (printed.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("There are no accounts to print."));
        }

        QBuffer buffer(&result.data);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(tr("Tessera accounts"));
        writer.setCreator(QStringLiteral("Tessera"));

        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error(Error::Kind::Io, tr("The PDF could not be started."));
        }
        const QRectF page = QRectF(writer.pageLayout().paintRectPixels(Resolution))
                                .translated(-writer.pageLayout().paintRectPixels(Resolution).topLeft());
        QFont titleFont(QStringLiteral("Sans Serif"), 12, QFont::Bold);
        QFont smallFont(QStringLiteral("Sans Serif"), 8);
        QFont issuerFont(QStringLiteral("Sans Serif"), 11, QFont::Bold);
        QFont nameFont(QStringLiteral("Sans Serif"), 10);
        QFont keyFont(QStringLiteral("Monospace"), 8);
        keyFont.setStyleHint(QFont::Monospace);

        const qreal headerHeight = Resolution * 0.55;
        const qreal footerHeight = Resolution * 0.3;
        const qreal cellWidth = page.width() / Columns;
        const qreal cellHeight = (page.height() - headerHeight - footerHeight) / Rows;
        const qreal qrSide = qMin(cellWidth, cellHeight) * 0.62;
        const qsizetype pages = (printed.size() + AccountsPerPage - 1) / AccountsPerPage;
        const QString printedOn = options.timestamp().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"));

        for (qsizetype pageIndex = 0; pageIndex < pages; ++pageIndex) {
            if (pageIndex > 0) {
                writer.newPage();
            }
            qreal y = page.top();
            drawLine(
                painter, titleFont, page.left(), y, page.width(), tr("Tessera accounts, printed %1").arg(printedOn));
            drawLine(painter, smallFont, page.left(), y, page.width(),
                tr("Keep this sheet in a safe place: anyone who has it can generate your sign-in codes."));
            for (int slot = 0; slot < AccountsPerPage; ++slot) {
                const qsizetype index = pageIndex * AccountsPerPage + slot;
                if (index >= printed.size()) {
                    break;
                }
                const Account& account = *printed[index];
                const int row = slot / Columns; // whole rows
                const qreal cellX = page.left() + (slot % Columns) * cellWidth;
                const qreal cellY = page.top() + headerHeight + row * cellHeight;
                QString uri = account.toUri().toString();
                auto image = QrEncoder::toImage(uri, QrEncoder::ErrorCorrection::Medium, 8);
                wipe(uri);
                if (!image) {
                    painter.end();
                    return image.error();
                }
                const QRectF qrRect(cellX + (cellWidth - qrSide) / 2, cellY, qrSide, qrSide);
                painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
                painter.drawImage(qrRect, *image);
                qreal textY = qrRect.bottom() + Resolution * 0.05;
                const qreal textX = cellX + cellWidth * 0.08;
                const qreal textWidth = cellWidth * 0.84;
                drawLine(painter, issuerFont, textX, textY, textWidth,
                    account.issuer.isEmpty() ? tr("(no issuer)") : account.issuer);
                drawLine(painter, nameFont, textX, textY, textWidth,
                    account.accountName.isEmpty() ? tr("(no account name)") : account.accountName);
                drawLine(painter, smallFont, textX, textY, textWidth, settings(account.parameters));
                QString key = groupedKey(account.parameters.secretBase32());
                drawLine(painter, keyFont, textX, textY, textWidth, tr("Key: %1").arg(key));
                wipe(key);
            }
            qreal footerY = page.bottom() - footerHeight * 0.6;
            drawLine(painter, smallFont, page.left(), footerY, page.width(),
                tr("Page %1 of %2").arg(pageIndex + 1).arg(pages));
        }
        painter.end();
        buffer.close();
        return result;
    }
}
