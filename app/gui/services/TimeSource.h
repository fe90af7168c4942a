#pragma once

#include <QtGlobal>

class QObject;

namespace tessera::gui
{
    class Timer;

    /// Elapsed time and timers for the desktop services (clipboard clearing, auto-lock). The
    /// application uses system(); tests pass a manual source and advance it.
    class TimeSource
    {
    public:
        virtual ~TimeSource() = default;

        /// Milliseconds on a clock that never goes backwards. The system source keeps counting
        /// while the computer sleeps, so a deadline that passed during a suspend is seen as passed.
        [[nodiscard]] virtual qint64 elapsedMilliseconds() const = 0;

        /// A new, stopped timer owned by parent.
        [[nodiscard]] virtual Timer* createTimer(QObject* parent) = 0;

        /// The real clock and QTimer-based timers.
        static TimeSource& system();

    protected:
        TimeSource() = default;
        TimeSource(const TimeSource&) = default;
        TimeSource& operator=(const TimeSource&) = default;
    };
}
