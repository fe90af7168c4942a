#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QWidget>

namespace tessera::gui
{
    /// "Select a region": a frameless full-screen overlay showing a captured screen, dimmed, where the user
    /// drags a rectangle around a QR code. Releasing the mouse selects; Enter selects the whole screen; Esc
    /// (or a right click) cancels. Rectangles are reported in the captured image's pixels.
    class RegionSelector : public QWidget
    {
        Q_OBJECT

    public:
        /// `screenshot` covers `area` (logical, virtual desktop coordinates), usually every screen.
        RegionSelector(const QImage& screenshot, const QRect& area, QWidget* parent = nullptr);
        ~RegionSelector() override;

        /// Drags smaller than this (logical pixels) on either side are taken as a stray click.
        static constexpr int MinimumDrag = 8;

        /// The rectangle being dragged, in widget coordinates; empty when none.
        [[nodiscard]] QRect selection() const;
        /// A widget rectangle in the screenshot's pixels.
        [[nodiscard]] QRect toImageRect(const QRect& widgetRect) const;

    signals:
        void selected(const QRect& imageRect);
        void cancelled();

    protected:
        void paintEvent(QPaintEvent* event) override;
        void mousePressEvent(QMouseEvent* event) override;
        void mouseMoveEvent(QMouseEvent* event) override;
        void mouseReleaseEvent(QMouseEvent* event) override;
        void keyPressEvent(QKeyEvent* event) override;

    private:
        QImage m_screenshot;
        QPoint m_origin;
        QPoint m_current;
        bool m_dragging = false;
        bool m_finished = false;
    };
}
