#include "CaretBlinkTimeout.h"

#include "InactivityTimer.h"
#include "TimeSource.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStyleHints>

namespace tessera::gui
{
    CaretBlinkTimeout::CaretBlinkTimeout(QObject* parent)
        : CaretBlinkTimeout(TimeSource::system(), parent)
    { }

    CaretBlinkTimeout::CaretBlinkTimeout(TimeSource& time, QObject* parent)
        : QObject(parent)
        , m_idle(new InactivityTimer(time, this))
        , m_flashTime(QGuiApplication::styleHints()->cursorFlashTime())
    {
        m_idle->setTimeout(defaultTimeout);
        connect(m_idle, &InactivityTimer::inactivityDetected, this, [this] { rest(true); });
        // A desktop without blinking (flash time 0) is left as it is.
        if (m_flashTime > 0) {
            m_idle->start();
        }
    }

    CaretBlinkTimeout::~CaretBlinkTimeout()
    {
        if (QCoreApplication::instance() != nullptr) {
            rest(false);
        }
    }

    bool CaretBlinkTimeout::eventFilter(QObject* watched, QEvent* event)
    {
        if (m_resting && InactivityTimer::isUserInput(event->type())) {
            rest(false);
            m_idle->start();
        }
        return QObject::eventFilter(watched, event);
    }

    void CaretBlinkTimeout::rest(bool resting)
    {
        if (resting == m_resting) {
            return;
        }
        m_resting = resting;
        if (resting) {
            QCoreApplication::instance()->installEventFilter(this);
        } else {
            QCoreApplication::instance()->removeEventFilter(this);
        }
        // Line edits follow the style hint's change: a flash time of 0 shows the caret steadily.
        QGuiApplication::styleHints()->setCursorFlashTime(resting ? 0 : m_flashTime);
    }
}
