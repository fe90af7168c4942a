#include "RegionSelector.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace tessera::gui
{
    RegionSelector::RegionSelector(const QImage& screenshot, const QRect& area, QWidget* parent)
        : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
        , m_screenshot(screenshot)
    {
        setWindowTitle(tr("Select the QR Code"));
        setAccessibleName(windowTitle());
        // The hint painted over the picture, for screen readers.
        setAccessibleDescription(tr("Drag around the QR code. Enter scans the whole screen, Esc cancels."));
        setAttribute(Qt::WA_DeleteOnClose, false);
        setCursor(Qt::CrossCursor);
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setGeometry(area);
    }

    RegionSelector::~RegionSelector()
    {
        // The picture of the screen may show secrets.
        m_screenshot.fill(Qt::black);
    }

    QRect RegionSelector::selection() const
    {
        if (!m_dragging) {
            return {};
        }
        return QRect(m_origin, m_current).normalized();
    }

    QRect RegionSelector::toImageRect(const QRect& widgetRect) const
    {
        if (width() <= 0 || height() <= 0) {
            return {};
        }
        const double sx = static_cast<double>(m_screenshot.width()) / width();
        const double sy = static_cast<double>(m_screenshot.height()) / height();
        const QRectF scaled(
            widgetRect.x() * sx, widgetRect.y() * sy, widgetRect.width() * sx, widgetRect.height() * sy);
        return scaled.toAlignedRect().intersected(m_screenshot.rect());
    }

    void RegionSelector::paintEvent(QPaintEvent* /*event*/)
    {
        QPainter painter(this);
        painter.drawImage(rect(), m_screenshot);
        const QRect chosen = selection();
        QRegion dim(rect());
        if (!chosen.isEmpty()) {
            dim -= QRegion(chosen);
        }
        painter.save();
        painter.setClipRegion(dim);
        painter.fillRect(rect(), QColor(0, 0, 0, 140));
        painter.restore();

        const QColor accent = palette().color(QPalette::Highlight);
        if (!chosen.isEmpty()) {
            // A white edge around the accent line, so the frame shows on dark screens and in a dark palette.
            painter.setPen(QPen(Qt::white, 1));
            painter.drawRect(chosen.adjusted(-2, -2, 1, 1));
            painter.setPen(QPen(accent, 2));
            painter.drawRect(chosen.adjusted(0, 0, -1, -1));
        }

        // The hint, centred near the top, on a panel in the window colours so it reads in either palette.
        const QString hint = tr("Drag around the QR code. Enter scans the whole screen, Esc cancels.");
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        painter.setFont(font);
        const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin) * 2;
        QRect box = painter.fontMetrics().boundingRect(hint).adjusted(-margin, -margin / 2, margin, margin / 2);
        box.moveCenter(QPoint(width() / 2, margin * 3));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Window));
        painter.drawRoundedRect(box, margin / 2.0, margin / 2.0);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box, Qt::AlignCenter, hint);
    }

    void RegionSelector::mousePressEvent(QMouseEvent* event)
    {
        if (event->button() == Qt::RightButton) {
            m_finished = true;
            emit cancelled();
            return;
        }
        if (event->button() != Qt::LeftButton) {
            return;
        }
        m_origin = event->position().toPoint();
        m_current = m_origin;
        m_dragging = true;
        update();
    }

    void RegionSelector::mouseMoveEvent(QMouseEvent* event)
    {
        if (!m_dragging) {
            return;
        }
        m_current = event->position().toPoint();
        update();
    }

    void RegionSelector::mouseReleaseEvent(QMouseEvent* event)
    {
        if (!m_dragging || event->button() != Qt::LeftButton || m_finished) {
            return;
        }
        m_current = event->position().toPoint();
        const QRect chosen = selection();
        m_dragging = false;
        update();
        if (chosen.width() < MinimumDrag || chosen.height() < MinimumDrag) {
            return;
        }
        m_finished = true;
        emit selected(toImageRect(chosen));
    }

    void RegionSelector::keyPressEvent(QKeyEvent* event)
    {
        if (m_finished) {
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            m_finished = true;
            emit cancelled();
            return;
        }
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            m_finished = true;
            emit selected(m_screenshot.rect());
            return;
        }
        QWidget::keyPressEvent(event);
    }
}
