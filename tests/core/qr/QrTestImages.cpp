#include "QrTestImages.h"

#include "QrEncoder.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tessera::test
{
    namespace
    {
        QImage gray(const QImage& image)
        {
            return image.convertToFormat(QImage::Format_Grayscale8);
        }

        /// One horizontal-then-vertical box pass of the given radius, edges clamped.
        QImage boxPass(const QImage& in, int radius)
        {
            const int w = in.width();
            const int h = in.height();
            const int span = 2 * radius + 1;
            QImage horizontal(in.size(), QImage::Format_Grayscale8);
            for (int y = 0; y < h; ++y) {
                const uchar* src = in.constScanLine(y);
                uchar* dst = horizontal.scanLine(y);
                for (int x = 0; x < w; ++x) {
                    int sum = 0;
                    for (int k = -radius; k <= radius; ++k) {
                        sum += src[std::clamp(x + k, 0, w - 1)];
                    }
                    dst[x] = static_cast<uchar>((sum + span / 2) / span);
                }
            }
            QImage out(in.size(), QImage::Format_Grayscale8);
            for (int y = 0; y < h; ++y) {
                uchar* dst = out.scanLine(y);
                for (int x = 0; x < w; ++x) {
                    int sum = 0;
                    for (int k = -radius; k <= radius; ++k) {
                        sum += horizontal.constScanLine(std::clamp(y + k, 0, h - 1))[x];
                    }
                    dst[x] = static_cast<uchar>((sum + span / 2) / span);
                }
            }
            return out;
        }

        QColor randomColor(QRandomGenerator& random)
        {
            return QColor(random.bounded(256), random.bounded(256), random.bounded(256));
        }

        /// Lines of "words" (dark bars of word-like widths), the texture of text on a screen.
        void drawTextLines(QPainter& painter, const QRect& area, QRandomGenerator& random, const QColor& ink)
        {
            const int lineHeight = 18 + random.bounded(8);
            for (int y = area.top() + 8; y + lineHeight < area.bottom(); y += lineHeight + 10) {
                int x = area.left() + 12;
                const int end = area.right() - 12 - random.bounded(std::max(1, area.width() / 3));
                while (x < end) {
                    const int word = 12 + random.bounded(70);
                    // Letters: thin vertical strokes with gaps, like glyphs.
                    for (int letter = x; letter < std::min(x + word, end); letter += 7 + random.bounded(3)) {
                        painter.fillRect(QRect(letter, y + random.bounded(4), 2 + random.bounded(4),
                                             lineHeight - 6 - random.bounded(4)),
                            ink);
                    }
                    x += word + 10;
                }
            }
        }
    }

    QImage QrTestImages::code(const QString& text, int moduleSize, int errorCorrection)
    {
        const auto image
            = QrEncoder::toImage(text, static_cast<QrEncoder::ErrorCorrection>(errorCorrection), moduleSize);
        return image ? gray(image.value()) : QImage();
    }

    QImage QrTestImages::rotated(const QImage& image, qreal degrees, QRgb background)
    {
        const QImage source = image.convertToFormat(QImage::Format_RGB32);
        const qreal radians = degrees * M_PI / 180.0;
        const int side = static_cast<int>(std::ceil(std::abs(source.width() * std::cos(radians))
                             + std::abs(source.height() * std::sin(radians))))
            + 2;
        QImage result(side, side, QImage::Format_RGB32);
        result.fill(background);
        QPainter painter(&result);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(side / 2.0, side / 2.0);
        painter.rotate(degrees);
        painter.drawImage(QPointF(-source.width() / 2.0, -source.height() / 2.0), source);
        painter.end();
        return gray(result);
    }

    QImage QrTestImages::scaledToModuleSize(const QImage& code, int moduleSize, qreal pixelsPerModule)
    {
        const qreal factor = pixelsPerModule / moduleSize;
        const QSize size(qRound(code.width() * factor), qRound(code.height() * factor));
        return gray(code.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }

    QImage QrTestImages::blurred(const QImage& image, int radius)
    {
        QImage result = gray(image);
        for (int pass = 0; pass < 3; ++pass) {
            result = boxPass(result, radius);
        }
        return result;
    }

    QImage QrTestImages::noisy(const QImage& image, double sigma, quint32 seed)
    {
        QRandomGenerator random(seed);
        QImage result = gray(image);
        for (int y = 0; y < result.height(); ++y) {
            uchar* line = result.scanLine(y);
            for (int x = 0; x < result.width(); ++x) {
                // Box-Muller.
                const double u1 = std::max(random.generateDouble(), 1e-12);
                const double u2 = random.generateDouble();
                const double n = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2) * sigma;
                line[x] = static_cast<uchar>(std::clamp(static_cast<int>(std::lround(line[x] + n)), 0, 255));
            }
        }
        return result;
    }

    QImage QrTestImages::inverted(const QImage& image)
    {
        QImage result = gray(image);
        result.invertPixels();
        return result;
    }

    QImage QrTestImages::perspective(const QImage& image, qreal shrink)
    {
        const QImage source = image.convertToFormat(QImage::Format_RGB32);
        const qreal w = source.width();
        const qreal h = source.height();
        const QPolygonF from(QRectF(0, 0, w, h));
        const qreal inset = w * shrink / 2;
        QPolygonF to;
        to << QPointF(inset + w * 0.05, h * 0.1) << QPointF(w - inset + w * 0.05, h * 0.02) << QPointF(w, h)
           << QPointF(0, h * 0.95);
        QTransform transform;
        QTransform::quadToQuad(from, to, transform);
        QImage result(source.size(), QImage::Format_RGB32);
        result.fill(Qt::white);
        QPainter painter(&result);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.setTransform(transform);
        painter.drawImage(QPointF(0, 0), source);
        painter.end();
        return gray(result);
    }

    QImage QrTestImages::lowContrast(const QImage& image, int dark, int light)
    {
        QImage result = gray(image);
        for (int y = 0; y < result.height(); ++y) {
            uchar* line = result.scanLine(y);
            for (int x = 0; x < result.width(); ++x) {
                line[x] = static_cast<uchar>(dark + (light - dark) * line[x] / 255);
            }
        }
        return result;
    }

    QImage QrTestImages::onBusyBackground(const QImage& code, QSize size, QPoint at, quint32 seed)
    {
        QRandomGenerator random(seed);
        QImage result(size, QImage::Format_RGB32);
        QPainter painter(&result);
        QLinearGradient gradient(0, 0, size.width(), size.height());
        gradient.setColorAt(0, randomColor(random));
        gradient.setColorAt(1, randomColor(random));
        painter.fillRect(result.rect(), gradient);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < 150; ++i) {
            const QRect rect(random.bounded(size.width()), random.bounded(size.height()), 5 + random.bounded(120),
                5 + random.bounded(120));
            switch (random.bounded(4)) {
            case 0:
                painter.fillRect(rect, randomColor(random));
                break;
            case 1:
                painter.setPen(QPen(randomColor(random), 1 + random.bounded(5)));
                painter.drawLine(rect.topLeft(), rect.bottomRight());
                break;
            case 2:
                painter.setPen(Qt::NoPen);
                painter.setBrush(randomColor(random));
                painter.drawEllipse(rect);
                break;
            default:
                drawTextLines(painter, rect.adjusted(0, 0, 80, 40), random, randomColor(random));
                break;
            }
        }
        painter.drawImage(at, code.convertToFormat(QImage::Format_RGB32));
        painter.end();
        return result;
    }

    QImage QrTestImages::screenshot(const QList<QImage>& codes, QSize size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QImage result(size, QImage::Format_RGB32);
        QPainter painter(&result);
        // Desktop wallpaper, a panel, and a few overlapping windows full of text.
        QLinearGradient wallpaper(0, 0, 0, size.height());
        wallpaper.setColorAt(0, QColor(40, 70, 120));
        wallpaper.setColorAt(1, QColor(150, 90, 60));
        painter.fillRect(result.rect(), wallpaper);
        painter.fillRect(QRect(0, 0, size.width(), 36), QColor(30, 30, 30));
        for (int icon = 0; icon < 12; ++icon) {
            painter.fillRect(QRect(10 + icon * 40, 6, 24, 24), randomColor(random));
        }
        for (int window = 0; window < 6; ++window) {
            const QRect frame(random.bounded(size.width() / 2), 50 + random.bounded(size.height() / 2),
                size.width() / 4 + random.bounded(size.width() / 3),
                size.height() / 4 + random.bounded(size.height() / 3));
            painter.fillRect(frame, QColor(245, 245, 245));
            painter.fillRect(QRect(frame.topLeft(), QSize(frame.width(), 32)), QColor(60, 60, 70));
            painter.fillRect(QRect(frame.left(), frame.top() + 32, 220, frame.height() - 32), QColor(225, 228, 235));
            drawTextLines(painter,
                QRect(frame.left() + 230, frame.top() + 40, frame.width() - 240, frame.height() - 48), random,
                QColor(30, 30, 30));
            drawTextLines(
                painter, QRect(frame.left(), frame.top() + 40, 220, frame.height() - 48), random, QColor(70, 70, 90));
        }
        // The window with the codes: a grid with gaps, like an export screen with several batches.
        if (!codes.isEmpty()) {
            int cellWidth = 0;
            int cellHeight = 0;
            for (const QImage& code : codes) {
                cellWidth = std::max(cellWidth, code.width());
                cellHeight = std::max(cellHeight, code.height());
            }
            const int gap = 40;
            const int columns
                = std::max(1, std::min(static_cast<int>(codes.size()), (size.width() - 2 * gap) / (cellWidth + gap)));
            const int rows = (static_cast<int>(codes.size()) + columns - 1) / columns;
            const QSize windowSize(columns * (cellWidth + gap) + gap, rows * (cellHeight + gap) + gap + 32);
            const QPoint origin((size.width() - windowSize.width()) / 2, (size.height() - windowSize.height()) / 2);
            painter.fillRect(QRect(origin, windowSize), Qt::white);
            painter.fillRect(QRect(origin, QSize(windowSize.width(), 32)), QColor(60, 60, 70));
            for (int i = 0; i < codes.size(); ++i) {
                const QPoint cell(origin.x() + gap + (i % columns) * (cellWidth + gap),
                    origin.y() + 32 + gap + (i / columns) * (cellHeight + gap));
                painter.drawImage(cell, codes[i].convertToFormat(QImage::Format_RGB32));
            }
        }
        painter.end();
        return result;
    }

    QImage QrTestImages::randomNoise(QSize size, quint32 seed)
    {
        QRandomGenerator random(seed);
        QImage result(size, QImage::Format_Grayscale8);
        for (int y = 0; y < result.height(); ++y) {
            uchar* line = result.scanLine(y);
            for (int x = 0; x < result.width(); ++x) {
                line[x] = static_cast<uchar>(random.bounded(256));
            }
        }
        return result;
    }

    QString QrTestImages::accountUri(int i)
    {
        return QStringLiteral("otpauth://totp/Example:alice%1@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example")
            .arg(i);
    }

    QString QrTestImages::migrationUri(int payloadBytes, quint32 seed)
    {
        QRandomGenerator random(seed);
        QByteArray payload(payloadBytes, '\0');
        for (auto& byte : payload) {
            byte = static_cast<char>(random.bounded(256));
        }
        QString data = QString::fromLatin1(payload.toBase64());
        data.replace(QLatin1Char('+'), QStringLiteral("%2B"));
        data.replace(QLatin1Char('/'), QStringLiteral("%2F"));
        data.replace(QLatin1Char('='), QStringLiteral("%3D"));
        return QStringLiteral("otpauth-migration://offline?data=") + data;
    }

    const QList<QrTestImages::Case>& QrTestImages::robustnessCases()
    {
        using P = QrDecoder::Pass;
        static const QList<Case> cases = [] {
            const QString text = accountUri(0);
            const QStringList one{text};
            // 29 modules plus the quiet zone at 8 px: 296 x 296.
            const auto base = [text] { return code(text, 8); };
            const QString migration = migrationUri(1050, 1);
            QList<Case> list;
            const auto add = [&](const char* name, std::function<QImage()> image, QStringList texts,
                                 QrDecoder::Passes readers, QrDecoder::Passes marginal = {}) {
                list.append({QString::fromLatin1(name), std::move(image), std::move(texts), readers, marginal});
            };
            const QrDecoder::Passes mostPasses = P::Plain | P::Smoothed | P::Global | P::Upscaled | P::Sharpened;
            const QrDecoder::Passes smallPasses = P::Plain | P::Global | P::Upscaled | P::Sharpened;
            add("clean, 8 px per module", base, one, mostPasses);
            add(
                "rotated 90", [=] { return rotated(base(), 90); }, one, mostPasses);
            add(
                "rotated 180", [=] { return rotated(base(), 180); }, one, mostPasses);
            add(
                "rotated 17", [=] { return rotated(base(), 17); }, one, mostPasses);
            add(
                "rotated 45", [=] { return rotated(base(), 45); }, one, mostPasses);
            add(
                "2 px per module", [=] { return scaledToModuleSize(base(), 8, 2); }, one, smallPasses);
            add(
                "2 px per module, rotated 17", [=] { return rotated(scaledToModuleSize(base(), 8, 2), 17); }, one,
                smallPasses);
            add(
                "2 px per module, rotated 45", [=] { return rotated(scaledToModuleSize(base(), 8, 2), 45); }, one,
                smallPasses);
            add(
                "1.5 px per module", [=] { return scaledToModuleSize(base(), 8, 1.5); }, one,
                P::Global | P::Upscaled | P::Sharpened);
            add(
                "1.5 px per module, rotated 30", [=] { return rotated(scaledToModuleSize(base(), 8, 1.5), 30); }, one,
                P::Upscaled | P::Sharpened);
            add(
                "blurred, radius 3 (0.4 module)", [=] { return blurred(base(), 3); }, one,
                P::Plain | P::Smoothed | P::Upscaled | P::Sharpened);
            add(
                "blurred, radius 4 (0.55 module)", [=] { return blurred(base(), 4); }, one, P::Sharpened);
            add(
                "3 px per module, blurred radius 1", [=] { return blurred(scaledToModuleSize(base(), 8, 3), 1); }, one,
                P::Plain | P::Sharpened);
            add(
                "noise, sigma 40", [=] { return noisy(base(), 40, 1); }, one, P::Smoothed | P::Global);
            add(
                "noise, sigma 100", [=] { return noisy(base(), 100, 1); }, one, P::Smoothed);
            add(
                "2 px per module, noise sigma 30", [=] { return noisy(scaledToModuleSize(base(), 8, 2), 30, 2); }, one,
                smallPasses);
            add(
                "busy background",
                [=] { return onBusyBackground(code(text, 4), QSize(1200, 900), QPoint(500, 300), 7); }, one,
                mostPasses);
            add(
                "busy background, faint code",
                [=] {
                    return onBusyBackground(
                        lowContrast(code(text, 4), 100, 140), QSize(1200, 900), QPoint(500, 300), 7);
                },
                one, P::Global | P::Sharpened, P::Global);
            add(
                "inverted", [=] { return inverted(base()); }, one, P::Inverted);
            add(
                "inverted photo",
                [=] { return inverted(noisy(blurred(perspective(rotated(base(), 8), 0.3), 2), 12, 5)); }, one,
                P::Inverted);
            add(
                "perspective 0.3", [=] { return perspective(base(), 0.3); }, one, mostPasses);
            add(
                "perspective 0.5", [=] { return perspective(base(), 0.5); }, one, mostPasses);
            add(
                "low contrast 110 to 140", [=] { return lowContrast(base(), 110, 140); }, one,
                P::Stretched | P::Global | P::Sharpened);
            add(
                "low contrast 120 to 135", [=] { return lowContrast(base(), 120, 135); }, one, P::Stretched);
            add(
                "low contrast 200 to 215", [=] { return lowContrast(base(), 200, 215); }, one, P::Stretched);
            add(
                "photo-like: gray, perspective, dim, blur, noise",
                [=] {
                    return noisy(
                        blurred(lowContrast(perspective(rotated(base(), 8, 0xffc8c8c8), 0.3), 60, 170), 2), 12, 5);
                },
                one, P::Plain | P::Smoothed | P::Global);
            add(
                "migration URI of 1450 characters, 2 px per module",
                [=] { return scaledToModuleSize(code(migration, 4), 4, 2); }, {migration}, smallPasses);

            const QrDecoder::Passes screenPasses = P::Plain | P::Smoothed | P::Global | P::Sharpened;
            add(
                "3840x2160 screenshot, 1 code",
                [] { return screenshot({code(accountUri(0), 5)}, QSize(3840, 2160), 3); }, one, screenPasses);
            // Small codes in a large image: ZXing's try-harder mode (every row scanned for finder patterns) reads
            // the 2 px one.
            add(
                "3840x2160 screenshot, 1 code at 2 px per module",
                [=] { return screenshot({scaledToModuleSize(base(), 8, 2)}, QSize(3840, 2160), 3); }, one,
                P::Plain | P::Global | P::Sharpened);
            add(
                "3840x2160 screenshot, 1 code at 1.5 px per module",
                [=] { return screenshot({scaledToModuleSize(base(), 8, 1.5)}, QSize(3840, 2160), 3); }, one,
                P::Plain | P::Sharpened);
            QStringList tenTexts;
            for (int i = 0; i < 10; ++i) {
                tenTexts.append(accountUri(i));
            }
            add(
                "3840x2160 screenshot, 10 codes",
                [tenTexts] {
                    QList<QImage> codes;
                    for (const QString& t : tenTexts) {
                        codes.append(code(t, 5));
                    }
                    return screenshot(codes, QSize(3840, 2160), 3);
                },
                tenTexts, screenPasses);
            QStringList batchTexts;
            for (int i = 0; i < 10; ++i) {
                batchTexts.append(migrationUri(1050, 100 + i));
            }
            add(
                "3840x2160 screenshot, 10 migration codes at 3 px per module",
                [batchTexts] {
                    QList<QImage> codes;
                    for (const QString& t : batchTexts) {
                        codes.append(code(t, 3));
                    }
                    return screenshot(codes, QSize(3840, 2160), 3);
                },
                batchTexts, screenPasses);
            return list;
        }();
        return cases;
    }
}
