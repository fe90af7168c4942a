#include "CaretBlinkTimeout.h"

#include "InactivityTimer.h"
#include "TimeSource.h"
#include "Timer.h"

#include <QGuiApplication>
#include <QStyleHints>

namespace tessera::gui
{
    CaretBlinkTimeout::CaretBlinkTimeout(QObject* parent)
        : CaretBlinkTimeout(TimeSource::system(), parent)
    { }

    CaretBlinkTimeout::CaretBlinkTimeout(TimeSource& time, QObject* parent)
        : QObject(parent)
        , m_time(time)
        , m_timer(time.createTimer(this))
        , m_lastInput(time.elapsedMilliseconds())
        , m_flashTime(QGuiApplication::styleHints()->cursorFlashTime())
    {
        m_timer->setSingleShot(true);
        connect(m_timer, &Timer::timeout, this, &CaretBlinkTimeout::onTimeout);
        QCoreApplication::instance()->installEventFilter(this);
        // A desktop without blinking (flash time 0) is left as it is.
        if (m_flashTime > 0) {
            m_timer->start(defaultTimeout);
        }
    }

    CaretBlinkTimeout::~CaretBlinkTimeout()
    {
        if (QCoreApplication::instance() != nullptr) {
            QCoreApplication::instance()->removeEventFilter(this);
            rest(false);
        }
    }

    bool CaretBlinkTimeout::eventFilter(QObject* watched, QEvent* event)
    {
        if (m_flashTime > 0 && InactivityTimer::isUserInput(event->type())) {
            // A timestamp per event; the timer is re-armed only when it fires early.
            m_lastInput = m_time.elapsedMilliseconds();
            if (m_resting) {
                rest(false);
                m_timer->start(defaultTimeout);
            }
        }
        return QObject::eventFilter(watched, event);
    }

    void CaretBlinkTimeout::onTimeout()
    {
        const auto idle = std::chrono::milliseconds(m_time.elapsedMilliseconds() - m_lastInput);
        if (idle < defaultTimeout) {
            m_timer->start(defaultTimeout - idle);
            return;
        }
        rest(true);
    }

    void CaretBlinkTimeout::rest(bool resting)
    {
        if (resting == m_resting) {
            return;
        }
        m_resting = resting;
        // Line edits follow the style hint's change: a flash time of 0 shows the caret steadily.
        QGuiApplication::styleHints()->setCursorFlashTime(resting ? 0 : m_flashTime);
    }
}
