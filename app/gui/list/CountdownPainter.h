#pragma once

#include <QColor>

class QPainter;
class QPalette;
class QRectF;

namespace tessera::gui
{
    /// The small countdown ring of a time-based code: a faint full track and an arc for the time
    /// left, drawn from twelve o'clock and emptying clockwise. The arc has the palette's highlight
    /// (accent) colour, made legible on the base colour, and turns to a warning colour in the last
    /// seconds.
    class CountdownPainter
    {
    public:
        /// From this many seconds left, the ring warns that the code is about to change.
        static constexpr int warningSeconds = 5;

        /// The arc's colour; selected rows sit on the highlight colour, so they use its text colour.
        static QColor ringColor(int secondsLeft, const QPalette& palette, bool selected);
        static QColor trackColor(const QPalette& palette, bool selected);
        /// The palette's highlight (accent) colour, darkened or lightened where needed until it
        /// stands out from the base colour as much as text does.
        static QColor accentColor(const QPalette& palette);
        /// A red legible on the palette's base (3:1, as for any graphical mark), darker on light
        /// palettes and lighter on dark ones. QPalette has no warning role.
        static QColor warningColor(const QPalette& palette);

        /// Paints the ring inside rect (centred, as large as fits); period <= 0 paints nothing.
        static void paint(
            QPainter* painter, const QRectF& rect, int secondsLeft, int period, const QPalette& palette, bool selected);
    };
}
