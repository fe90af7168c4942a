#include "QrGuiTestData.h"

#include "QrEncoder.h"

#include <QPainter>

namespace tessera::test
{
    QString QrGuiTestData::uri()
    {
        return QStringLiteral("otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME");
    }

    QImage QrGuiTestData::codeImage(const QString& text, int moduleSize, QSize canvas)
    {
        const auto code = QrEncoder::toImage(text, QrEncoder::ErrorCorrection::Medium, moduleSize);
        QImage image(canvas, QImage::Format_RGB32);
        image.fill(QColor(200, 210, 220));
        if (!code) {
            return image;
        }
        QPainter painter(&image);
        painter.drawImage(QPoint((canvas.width() - code->width()) / 2, (canvas.height() - code->height()) / 2), *code);
        return image;
    }
}
