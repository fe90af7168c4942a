#pragma once

#include <QColor>
#include <QString>

class QFont;
class QPainter;
class QRectF;

namespace tessera::gui
{
    /// The round letter avatar of an account without an icon. Its colour comes from the issuer
    /// name through a fixed hash (the same on every run and machine) into a curated list of hues;
    /// the lightness of each hue is chosen so the letter keeps a WCAG contrast of at least 4.5:1,
    /// with a deep tone and a white letter in light palettes and a soft tone and a dark letter in
    /// dark ones.
    class AvatarPainter
    {
    public:
        struct Colors
        {
            QColor background;
            QColor foreground;
        };

        /// The letter shown: the first letter or digit of name, upper-cased; "?" when it has none.
        static QString initial(const QString& name);
        /// The stable index of name's hue (case, accents of spacing and surrounding spaces ignored).
        static int hueIndex(const QString& name);
        static int hueCount();
        /// The colours of the hue at index (0 .. hueCount() - 1).
        static Colors colorsForHue(int index, bool darkPalette);
        static Colors colors(const QString& name, bool darkPalette);

        /// Paints the avatar of name as a circle filling rect (which should be square); font gives
        /// the family, the size follows the circle.
        static void paint(
            QPainter* painter, const QRectF& rect, const QString& name, bool darkPalette, const QFont& font);
    };
}
