#pragma once

#include <QEvent>
#include <QObject>

#include <chrono>

namespace tessera::gui
{
    class TimeSource;
    class Timer;

    /// Notices when the user has not touched the application for a while (5 minutes by default)
    /// and says so once through inactivityDetected(), for the auto-lock. An application-wide event
    /// filter records key, mouse, wheel and touch input; recording is a timestamp, so input costs
    /// nothing and the timer wakes up only when the idle time may be over.
    class InactivityTimer : public QObject
    {
        Q_OBJECT

    public:
        static constexpr std::chrono::minutes defaultTimeout{5};

        explicit InactivityTimer(QObject* parent = nullptr);
        explicit InactivityTimer(TimeSource& time, QObject* parent = nullptr);
        ~InactivityTimer() override;

        InactivityTimer(const InactivityTimer&) = delete;
        InactivityTimer& operator=(const InactivityTimer&) = delete;

        /// Zero never reports inactivity. A running timer counts the new timeout from the last input.
        void setTimeout(std::chrono::milliseconds timeout);
        [[nodiscard]] std::chrono::milliseconds timeout() const;

        [[nodiscard]] bool isRunning() const;
        [[nodiscard]] bool isPaused() const;
        /// Time until inactivityDetected() if nothing happens; zero when stopped, paused or disabled.
        [[nodiscard]] std::chrono::milliseconds remaining() const;

        /// Key, mouse, wheel, touch, tablet and input-method events: what counts as the user's input.
        [[nodiscard]] static bool isUserInput(QEvent::Type type);

    public slots:
        /// Starts watching (typically after unlocking); the idle time counts from now.
        void start();
        /// Stops watching (typically on lock). No signal follows until start().
        void stop();
        /// A paused timer never fires (a long import, a modal the user reads); resuming counts
        /// the idle time afresh.
        void setPaused(bool paused);
        /// Counts as user input: what the event filter calls, exposed for input it cannot see.
        void reportActivity();

    signals:
        /// The idle time passed. Emitted once; the timer stops until start() is called again.
        void inactivityDetected();

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override;

    private:
        void onTimeout();
        void schedule();
        [[nodiscard]] bool isCounting() const;

        TimeSource& m_time;
        Timer* m_timer;
        std::chrono::milliseconds m_timeout = defaultTimeout;
        qint64 m_lastActivity = 0;
        bool m_running = false;
        bool m_paused = false;
        bool m_filterInstalled = false;
    };
}
