#include "widgets/FocusRing.h"

#include <QCoreApplication>
#include <QEvent>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QWidget>

namespace tessera::gui
{
    void FocusRing::add(QWidget* widget)
    {
        widget->installEventFilter(new FocusRing(widget));
    }

    FocusRing::FocusRing(QWidget* widget)
        : QObject(widget)
        , m_widget(widget)
    { }

    bool FocusRing::eventFilter(QObject* watched, QEvent* event)
    {
        if (watched != m_widget || event->type() != QEvent::Paint || m_painting || !m_widget->hasFocus()) {
            return QObject::eventFilter(watched, event);
        }
        // The widget paints itself first (this filter lets the same event through), then the ring on top.
        m_painting = true;
        QCoreApplication::sendEvent(m_widget, event);
        m_painting = false;

        QStylePainter painter(m_widget);
        QStyleOptionFocusRect option;
        option.initFrom(m_widget);
        option.backgroundColor = m_widget->palette().color(m_widget->backgroundRole());
        const int inset = m_widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_widget);
        option.rect = m_widget->rect().adjusted(inset, inset, -inset, -inset);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
        return true;
    }
}
