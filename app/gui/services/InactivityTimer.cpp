#include "InactivityTimer.h"

#include "TimeSource.h"
#include "Timer.h"

#include <QCoreApplication>
#include <QEvent>

namespace tessera::gui
{
    InactivityTimer::InactivityTimer(QObject* parent)
        : InactivityTimer(TimeSource::system(), parent)
    { }

    InactivityTimer::InactivityTimer(TimeSource& time, QObject* parent)
        : QObject(parent)
        , m_time(time)
        , m_timer(time.createTimer(this))
    {
        m_timer->setSingleShot(true);
        connect(m_timer, &Timer::timeout, this, &InactivityTimer::onTimeout);
    }

    InactivityTimer::~InactivityTimer()
    {
        if (m_filterInstalled && QCoreApplication::instance() != nullptr) {
            QCoreApplication::instance()->removeEventFilter(this);
        }
    }

    void InactivityTimer::setTimeout(std::chrono::milliseconds timeout)
    {
        m_timeout = std::max(timeout, std::chrono::milliseconds::zero());
        schedule();
    }

    std::chrono::milliseconds InactivityTimer::timeout() const
    {
        return m_timeout;
    }

    bool InactivityTimer::isRunning() const
    {
        return m_running;
    }

    bool InactivityTimer::isPaused() const
    {
        return m_paused;
    }

    std::chrono::milliseconds InactivityTimer::remaining() const
    {
        if (!isCounting()) {
            return std::chrono::milliseconds::zero();
        }
        const qint64 idle = m_time.elapsedMilliseconds() - m_lastActivity;
        return std::chrono::milliseconds(std::max<qint64>(m_timeout.count() - idle, 0));
    }

    void InactivityTimer::start()
    {
        m_running = true;
        m_lastActivity = m_time.elapsedMilliseconds();
        if (!m_filterInstalled && QCoreApplication::instance() != nullptr) {
            QCoreApplication::instance()->installEventFilter(this);
            m_filterInstalled = true;
        }
        schedule();
    }

    void InactivityTimer::stop()
    {
        m_running = false;
        m_timer->stop();
        if (m_filterInstalled && QCoreApplication::instance() != nullptr) {
            QCoreApplication::instance()->removeEventFilter(this);
        }
        m_filterInstalled = false;
    }

    void InactivityTimer::setPaused(bool paused)
    {
        if (m_paused == paused) {
            return;
        }
        m_paused = paused;
        m_lastActivity = m_time.elapsedMilliseconds();
        schedule();
    }

    void InactivityTimer::reportActivity()
    {
        m_lastActivity = m_time.elapsedMilliseconds();
    }

    bool InactivityTimer::isUserInput(QEvent::Type type)
    {
        switch (type) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
        case QEvent::TabletMove:
        case QEvent::InputMethod:
            return true;
        default:
            return false;
        }
    }

    bool InactivityTimer::eventFilter(QObject* watched, QEvent* event)
    {
        if (m_running && isUserInput(event->type())) {
            reportActivity();
        }
        return QObject::eventFilter(watched, event);
    }

    void InactivityTimer::onTimeout()
    {
        if (!isCounting()) {
            return;
        }
        if (remaining() > std::chrono::milliseconds::zero()) {
            schedule(); // there was input since the timer was set: wait for the rest
            return;
        }
        stop();
        emit inactivityDetected();
    }

    void InactivityTimer::schedule()
    {
        if (!isCounting()) {
            m_timer->stop();
            return;
        }
        m_timer->start(std::max(remaining(), std::chrono::milliseconds(1)));
    }

    bool InactivityTimer::isCounting() const
    {
        return m_running && !m_paused && m_timeout > std::chrono::milliseconds::zero();
    }
}
