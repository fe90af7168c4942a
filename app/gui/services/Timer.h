#pragma once

#include <QObject>

#include <chrono>

namespace tessera::gui
{
    /// A timer the desktop services start and stop. TimeSource creates them: the application
    /// gets QTimers, tests get timers driven by a manual clock, so no test has to sleep.
    class Timer : public QObject
    {
        Q_OBJECT

    public:
        using QObject::QObject;

        /// Starts or restarts the timer: timeout() follows after interval, once when single-shot,
        /// otherwise every interval until stop().
        virtual void start(std::chrono::milliseconds interval) = 0;
        virtual void stop() = 0;
        [[nodiscard]] virtual bool isActive() const = 0;
        virtual void setSingleShot(bool singleShot) = 0;
        [[nodiscard]] virtual bool isSingleShot() const = 0;

    signals:
        void timeout();
    };
}
