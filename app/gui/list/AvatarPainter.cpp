#include "AvatarPainter.h"

#include "ColorContrast.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

#include <array>

namespace tessera::gui
{
    namespace
    {
        struct Hue
        {
            double degrees;
            double saturation;
        };

        // Spread around the colour wheel, with yellow-green and pure yellow left out (they turn
        // muddy when darkened enough for a white letter) and a blue-grey for variety.
        constexpr std::array hues{
            Hue{4, 0.70},   // red
            Hue{22, 0.80},  // orange
            Hue{40, 0.85},  // amber
            Hue{140, 0.55}, // green
            Hue{170, 0.65}, // teal
            Hue{192, 0.75}, // cyan
            Hue{212, 0.70}, // blue
            Hue{234, 0.55}, // indigo
            Hue{260, 0.50}, // violet
            Hue{286, 0.45}, // purple
            Hue{324, 0.55}, // magenta
            Hue{345, 0.70}, // pink
            Hue{205, 0.20}, // slate
        };

        // 4.5:1 is the WCAG AA minimum for text; a little above it survives rounding to 8 bits.
        constexpr double letterContrast = 4.7;

        AvatarPainter::Colors computeColors(const Hue& hue, bool darkPalette)
        {
            if (!darkPalette) {
                const QColor letter(Qt::white);
                return {contrast::withContrast(hue.degrees, hue.saturation, 0.46, letter, letterContrast), letter};
            }
            // Soft tone behind a dark letter of the same hue.
            const QColor letter
                = QColor::fromHslF(static_cast<float>(hue.degrees / 360.0), static_cast<float>(hue.saturation), 0.13F);
            return {contrast::withContrast(hue.degrees, hue.saturation * 0.8, 0.68, letter, letterContrast), letter};
        }

        const std::array<AvatarPainter::Colors, hues.size()>& table(bool darkPalette)
        {
            static const auto build = [](bool dark) {
                std::array<AvatarPainter::Colors, hues.size()> colors{};
                for (std::size_t i = 0; i < hues.size(); ++i) {
                    colors.at(i) = computeColors(hues.at(i), dark);
                }
                return colors;
            };
            static const auto light = build(false);
            static const auto dark = build(true);
            return darkPalette ? dark : light;
        }

        /// 32-bit FNV-1a: tiny, and unlike qHash not seeded per process.
        quint32 fnv1a(const QByteArray& bytes)
        {
            quint32 hash = 2166136261U;
            for (const char byte : bytes) {
                hash ^= static_cast<quint8>(byte);
                hash *= 16777619U;
            }
            return hash;
        }
    }

    QString AvatarPainter::initial(const QString& name)
    {
        for (const char32_t codePoint : name.toUcs4()) {
            if (QChar::isLetterOrNumber(codePoint)) {
                return QString::fromUcs4(&codePoint, 1).toUpper();
            }
        }
        return QStringLiteral("?");
    }

    int AvatarPainter::hueIndex(const QString& name)
    {
        const QByteArray normalized = name.simplified().toCaseFolded().toUtf8();
        return static_cast<int>(fnv1a(normalized) % static_cast<quint32>(hues.size()));
    }

    int AvatarPainter::hueCount()
    {
        return static_cast<int>(hues.size());
    }

    AvatarPainter::Colors AvatarPainter::colorsForHue(int index, bool darkPalette)
    {
        return table(darkPalette).at(static_cast<std::size_t>(std::clamp(index, 0, hueCount() - 1)));
    }

    AvatarPainter::Colors AvatarPainter::colors(const QString& name, bool darkPalette)
    {
        return colorsForHue(hueIndex(name), darkPalette);
    }

    void AvatarPainter::paint(
        QPainter* painter, const QRectF& rect, const QString& name, bool darkPalette, const QFont& font)
    {
        const Colors colors = AvatarPainter::colors(name, darkPalette);
        const double diameter = std::min(rect.width(), rect.height());
        const QRectF circle(rect.center().x() - diameter / 2, rect.center().y() - diameter / 2, diameter, diameter);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.background);
        painter->drawEllipse(circle);

        QFont letterFont(font);
        letterFont.setBold(true);
        letterFont.setPixelSize(std::max(1, qRound(diameter * 0.46)));
        const QString letter = initial(name);
        const QFontMetricsF metrics(letterFont);
        // Centre the glyph's ink, not its line box, so every letter sits in the middle.
        const QRectF ink = metrics.tightBoundingRect(letter);
        const QPointF origin(circle.center().x() - ink.center().x(), circle.center().y() - ink.center().y());
        painter->setPen(colors.foreground);
        painter->setFont(letterFont);
        painter->drawText(origin, letter);
        painter->restore();
    }
}
