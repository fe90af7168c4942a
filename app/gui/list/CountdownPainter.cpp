#include "CountdownPainter.h"

#include "ColorContrast.h"

#include <QPainter>
#include <QPalette>
#include <QPen>
#include <QRectF>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        constexpr double warningHue = 4;
        constexpr double warningSaturation = 0.80;
        constexpr double markContrast = 3.0;
        // The ring is a thin stroke: it gets the contrast of text, not the 3:1 minimum of marks.
        constexpr double ringContrast = 4.5;
    }

    QColor CountdownPainter::accentColor(const QPalette& palette)
    {
        const QColor highlight = palette.color(QPalette::Highlight);
        const QColor base = palette.color(QPalette::Base);
        if (contrast::ratio(highlight, base) >= ringContrast) {
            return highlight;
        }
        const double hue = std::max(0.0, static_cast<double>(highlight.hslHueF())) * 360.0;
        return contrast::withContrast(hue, highlight.hslSaturationF(), highlight.lightnessF(), base, ringContrast);
    }

    QColor CountdownPainter::warningColor(const QPalette& palette)
    {
        return contrast::withContrast(warningHue, warningSaturation, 0.55, palette.color(QPalette::Base), markContrast);
    }

    QColor CountdownPainter::ringColor(int secondsLeft, const QPalette& palette, bool selected)
    {
        const bool warning = secondsLeft <= warningSeconds;
        if (selected) {
            const QColor background = palette.color(QPalette::Highlight);
            const QColor warn = warningColor(palette);
            if (warning && contrast::ratio(warn, background) >= markContrast) {
                return warn;
            }
            return palette.color(QPalette::HighlightedText);
        }
        return warning ? warningColor(palette) : accentColor(palette);
    }

    QColor CountdownPainter::trackColor(const QPalette& palette, bool selected)
    {
        if (selected) {
            return contrast::mix(palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText), 0.3);
        }
        return contrast::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.2);
    }

    void CountdownPainter::paint(
        QPainter* painter, const QRectF& rect, int secondsLeft, int period, const QPalette& palette, bool selected)
    {
        if (period <= 0) {
            return;
        }
        const double diameter = std::min(rect.width(), rect.height());
        // A stroke about a sixth of the ring: thin, but visible at small sizes.
        const double stroke = std::max(1.5, diameter / 6.0);
        const double inset = stroke / 2.0;
        const QRectF ring(rect.center().x() - diameter / 2 + inset, rect.center().y() - diameter / 2 + inset,
            diameter - stroke, diameter - stroke);
        const double fraction = std::clamp(static_cast<double>(secondsLeft) / period, 0.0, 1.0);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(trackColor(palette, selected), stroke, Qt::SolidLine, Qt::FlatCap));
        painter->drawEllipse(ring);
        if (fraction > 0.0) {
            painter->setPen(QPen(ringColor(secondsLeft, palette, selected), stroke, Qt::SolidLine, Qt::FlatCap));
            // Angles in 1/16 degree, counter-clockwise from three o'clock: start at twelve and keep
            // the part of the circle that is left, so the gap grows clockwise like a clock hand.
            constexpr int twelveOClock = 90 * 16;
            painter->drawArc(ring, twelveOClock, qRound(fraction * 360.0 * 16.0));
        }
        painter->restore();
    }
}
