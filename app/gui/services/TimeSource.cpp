#include "TimeSource.h"

#include "Timer.h"

#include <QElapsedTimer>
#include <QTimer>

#include <chrono>

#if defined(Q_OS_LINUX)
#include <ctime>
#endif

namespace tessera::gui
{
    namespace
    {
        class QtTimer final : public Timer
        {
        public:
            explicit QtTimer(QObject* parent)
                : Timer(parent)
                , m_timer(new QTimer(this))
            {
                // Few timers, each at most once a second: precise timers cost nothing here and keep
                // the clipboard countdown on whole seconds.
                m_timer->setTimerType(Qt::PreciseTimer);
                connect(m_timer, &QTimer::timeout, this, &Timer::timeout);
            }

            void start(std::chrono::milliseconds interval) override { m_timer->start(interval); }
            void stop() override { m_timer->stop(); }
            [[nodiscard]] bool isActive() const override { return m_timer->isActive(); }
            void setSingleShot(bool singleShot) override { m_timer->setSingleShot(singleShot); }
            [[nodiscard]] bool isSingleShot() const override { return m_timer->isSingleShot(); }

        private:
            QTimer* m_timer;
        };

        class SystemTimeSource final : public TimeSource
        {
        public:
            [[nodiscard]] qint64 elapsedMilliseconds() const override
            {
#if defined(Q_OS_LINUX)
                // CLOCK_BOOTTIME is monotonic and, unlike CLOCK_MONOTONIC, includes time suspended.
                timespec now{};
                if (clock_gettime(CLOCK_BOOTTIME, &now) == 0) {
                    return static_cast<qint64>(now.tv_sec) * 1000 + static_cast<qint64>(now.tv_nsec) / 1000000;
                }
#endif
                return m_fallback.elapsed();
            }

            [[nodiscard]] Timer* createTimer(QObject* parent) override
            {
                return new QtTimer(parent);
            }

        private:
            QElapsedTimer m_fallback = [] {
                QElapsedTimer timer;
                timer.start();
                return timer;
            }();
        };
    }

    TimeSource& TimeSource::system()
    {
        static SystemTimeSource source;
        return source;
    }
}
