#pragma once

#include <QObject>

class QWidget;

namespace tessera::gui
{
    /// Draws the style's focus frame over a button that the style leaves unmarked while it has the
    /// keyboard focus: Fusion draws nothing on command link buttons and flat push buttons, so a
    /// keyboard user would not see where the focus is. The frame is painted after the button has
    /// painted itself, from the button's own paint event, and only when the focus came by keyboard
    /// (as the style does for every other control).
    class FocusRing : public QObject
    {
    public:
        /// Gives `widget` a focus ring; the ring belongs to the widget.
        static void add(QWidget* widget);

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override;

    private:
        explicit FocusRing(QWidget* widget);

        QWidget* m_widget;
        bool m_painting = false;
    };
}
