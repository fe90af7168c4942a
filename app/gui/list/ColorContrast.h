#pragma once

#include <QColor>

namespace tessera::gui::contrast
{
    /// WCAG 2 relative luminance of an sRGB colour (0 black .. 1 white).
    [[nodiscard]] double luminance(const QColor& color);
    /// WCAG 2 contrast ratio of two colours (1 .. 21); text wants 4.5, other marks 3.
    [[nodiscard]] double ratio(const QColor& a, const QColor& b);
    /// The colour a fraction t of the way from a to b (0 gives a, 1 gives b), alpha ignored.
    [[nodiscard]] QColor mix(const QColor& a, const QColor& b, double t);
    /// A colour of the given hue and saturation (HSL) whose lightness is moved away from
    /// startLightness, towards darker or lighter, until its contrast with against reaches minimum.
    [[nodiscard]] QColor withContrast(
        double hue, double saturation, double startLightness, const QColor& against, double minimum);
}
