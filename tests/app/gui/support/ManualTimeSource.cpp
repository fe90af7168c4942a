#include "ManualTimeSource.h"

#include "services/Timer.h"

#include <limits>

namespace tessera::gui::test
{
    class ManualTimer final : public Timer
    {
    public:
        ManualTimer(ManualTimeSource* source, QObject* parent)
            : Timer(parent)
            , m_source(source)
        { }

        void start(std::chrono::milliseconds interval) override
        {
            m_interval = std::max<qint64>(interval.count(), 0);
            m_deadline = (m_source != nullptr ? m_source->m_now : 0) + m_interval;
            m_active = true;
        }
        void stop() override { m_active = false; }
        [[nodiscard]] bool isActive() const override { return m_active; }
        void setSingleShot(bool singleShot) override { m_singleShot = singleShot; }
        [[nodiscard]] bool isSingleShot() const override { return m_singleShot; }

        void detach() { m_source = nullptr; }
        [[nodiscard]] qint64 deadline() const { return m_deadline; }

        void fire()
        {
            if (m_singleShot) {
                m_active = false;
            } else {
                // Like QTimer, a repeating timer with no interval still moves on.
                m_deadline += std::max<qint64>(m_interval, 1);
            }
            emit timeout();
        }

    private:
        ManualTimeSource* m_source;
        qint64 m_interval = 0;
        qint64 m_deadline = 0;
        bool m_active = false;
        bool m_singleShot = false;
    };

    ManualTimeSource::~ManualTimeSource()
    {
        for (const QPointer<ManualTimer>& timer : std::as_const(m_timers)) {
            if (timer) {
                timer->detach();
            }
        }
    }

    qint64 ManualTimeSource::elapsedMilliseconds() const
    {
        return m_now;
    }

    Timer* ManualTimeSource::createTimer(QObject* parent)
    {
        auto* timer = new ManualTimer(this, parent);
        m_timers.append(timer);
        return timer;
    }

    void ManualTimeSource::advance(std::chrono::milliseconds step)
    {
        const qint64 target = m_now + step.count();
        for (;;) {
            ManualTimer* next = nullptr;
            qint64 earliest = std::numeric_limits<qint64>::max();
            for (const QPointer<ManualTimer>& timer : std::as_const(m_timers)) {
                if (timer && timer->isActive() && timer->deadline() <= target && timer->deadline() < earliest) {
                    next = timer.data();
                    earliest = timer->deadline();
                }
            }
            if (next == nullptr) {
                break;
            }
            m_now = std::max(m_now, earliest);
            next->fire();
        }
        m_now = target;
        m_timers.removeIf([](const QPointer<ManualTimer>& timer) { return timer.isNull(); });
    }

    int ManualTimeSource::activeTimers() const
    {
        int count = 0;
        for (const QPointer<ManualTimer>& timer : m_timers) {
            if (timer && timer->isActive()) {
                ++count;
            }
        }
        return count;
    }
}
