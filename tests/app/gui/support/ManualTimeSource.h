#pragma once

#include "services/TimeSource.h"

#include <QList>
#include <QPointer>

#include <chrono>

namespace tessera::gui::test
{
    class ManualTimer;

    /// A clock that only moves when a test says so. advance() fires the timers that fall due, in
    /// order, with the clock set to each one's deadline, as if the time had passed.
    class ManualTimeSource final : public TimeSource
    {
    public:
        ManualTimeSource() = default;
        ~ManualTimeSource() override;

        ManualTimeSource(const ManualTimeSource&) = delete;
        ManualTimeSource& operator=(const ManualTimeSource&) = delete;

        [[nodiscard]] qint64 elapsedMilliseconds() const override;
        [[nodiscard]] Timer* createTimer(QObject* parent) override;

        void advance(std::chrono::milliseconds step);
        /// Timers created by this source that are running.
        [[nodiscard]] int activeTimers() const;

    private:
        friend class ManualTimer;

        qint64 m_now = 1'000'000; // any start: services must only use differences
        QList<QPointer<ManualTimer>> m_timers;
    };
}
