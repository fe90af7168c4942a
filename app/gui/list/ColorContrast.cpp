#include "ColorContrast.h"

#include <algorithm>
#include <cmath>

namespace tessera::gui::contrast
{
    namespace
    {
        double linear(double channel)
        {
            return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        }
    }

    double luminance(const QColor& color)
    {
        const QColor rgb = color.toRgb();
        return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
    }

    double ratio(const QColor& a, const QColor& b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    QColor mix(const QColor& a, const QColor& b, double t)
    {
        const QColor from = a.toRgb();
        const QColor to = b.toRgb();
        const auto channel = [t](double x, double y) { return x + (y - x) * t; };
        return QColor::fromRgbF(static_cast<float>(channel(from.redF(), to.redF())),
            static_cast<float>(channel(from.greenF(), to.greenF())),
            static_cast<float>(channel(from.blueF(), to.blueF())));
    }

    QColor withContrast(double hue, double saturation, double startLightness, const QColor& against, double minimum)
    {
        // Darken against light backgrounds, lighten against dark ones, in small steps.
        const double step = luminance(against) > 0.18 ? -0.01 : 0.01;
        QColor candidate;
        for (double lightness = startLightness; lightness >= 0.0 && lightness <= 1.0; lightness += step) {
            candidate = QColor::fromHslF(
                static_cast<float>(hue / 360.0), static_cast<float>(saturation), static_cast<float>(lightness));
            if (ratio(candidate, against) >= minimum) {
                return candidate;
            }
        }
        return step < 0 ? QColor(Qt::black) : QColor(Qt::white);
    }
}
