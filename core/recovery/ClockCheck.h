#pragma once

#include "Clock.h"
#include "Result.h"
#include "SntpServer.h"

#include <QObject>
#include <QString>

#include <optional>

class QDBusConnection;
class QDBusPendingCallWatcher;
class QTimer;
class QUdpSocket;

namespace tessera
{
    /// Is the clock right? Two checks:
    /// - passive: timedated's NTPSynchronized over the system D-Bus (no network; "unknown" where
    ///   there is no timedated, which is not an error);
    /// - active, opt-in: one SNTP query (RFC 4330) to a server the user chose, giving the offset
    ///   of the local clock and its uncertainty.
    /// The app-internal offset that may follow applies to codes only and is refused beyond five
    /// minutes (checkAppOffset(): the GUI and the CLI share that rule).
    class ClockCheck : public QObject
    {
        Q_OBJECT

    public:
        static constexpr int DefaultTimeoutMilliseconds = 5000;
        static constexpr int DefaultDBusTimeoutMilliseconds = 2000;
        static constexpr qint64 MaxAppOffsetMilliseconds = qint64{5} * 60 * 1000;

        /// One SNTP measurement. A positive offset means the server is ahead: the local clock is slow.
        struct Measurement
        {
            QString server;                ///< as asked, "host:port"
            QString address;               ///< the address that answered
            double offsetSeconds = 0;      ///< ((t2 - t1) + (t3 - t4)) / 2
            double uncertaintySeconds = 0; ///< half the round-trip delay
            double roundTripSeconds = 0;   ///< (t4 - t1) - (t3 - t2)
            int stratum = 0;
            QString referenceId;

            [[nodiscard]] qint64 offsetMilliseconds() const;
        };

        enum class Synchronization
        {
            Synchronized,
            NotSynchronized,
            Unknown, ///< no system bus, or no timedated on it
        };

        struct SystemStatus
        {
            Synchronization synchronization = Synchronization::Unknown;
            std::optional<bool> ntpEnabled; ///< timedated's "NTP": whether a time service is switched on
            QString detail;                 ///< one sentence for people
        };

        /// `localTime` is the clock being checked (injectable for tests).
        explicit ClockCheck(Clock::Source localTime = &Clock::systemMilliseconds, QObject* parent = nullptr);
        ~ClockCheck() override;
        ClockCheck(const ClockCheck&) = delete;
        ClockCheck& operator=(const ClockCheck&) = delete;

        void setTimeout(int milliseconds);
        [[nodiscard]] int timeout() const { return m_timeoutMilliseconds; }

        /// Starts one SNTP query; finished() follows exactly once, on success or error. A query
        /// still running is abandoned first (without a finished() for it).
        void start(const SntpServer& server);
        /// Abandons the running query; its result becomes a "cancelled" error and finished() is emitted.
        void abort();
        [[nodiscard]] bool isRunning() const;
        /// The last query's outcome; empty before the first one ends.
        [[nodiscard]] const std::optional<Result<Measurement>>& result() const { return m_result; }

        /// Asks timedated over the system bus; systemClockChecked() follows.
        void checkSystemClock();

        /// Blocking helper (the CLI's): one SNTP query, running a local event loop.
        static Result<Measurement> measure(const SntpServer& server,
            int timeoutMilliseconds = DefaultTimeoutMilliseconds,
            Clock::Source localTime = &Clock::systemMilliseconds);

        /// Blocking: timedated's state on the system bus.
        static SystemStatus systemStatus(int timeoutMilliseconds = DefaultDBusTimeoutMilliseconds);
        /// The same on a given bus (tests run a private one).
        static SystemStatus systemStatus(const QDBusConnection& bus, int timeoutMilliseconds);

        /// The app-internal offset rule: at most five minutes either way. Beyond that the date or
        /// the time zone is wrong, and the system clock must be fixed instead.
        static Result<void> checkAppOffset(qint64 offsetMilliseconds);
        /// Applies the offset to `clock` (codes only) when checkAppOffset() allows it.
        static Result<void> applyAppOffset(Clock& clock, qint64 offsetMilliseconds);
        /// "Your clock is 47.2 s slow." / "... fast." / "Your clock is right (within 0.05 s)."
        static QString describeOffset(double offsetSeconds);

    signals:
        void finished();
        void systemClockChecked(const tessera::ClockCheck::SystemStatus& status);

    private:
        void sendRequest();
        void readReply();
        void fail(const QString& message);
        void finish(Result<Measurement> result);
        void cleanUp();

        Clock::Source m_localTime;
        int m_timeoutMilliseconds = DefaultTimeoutMilliseconds;
        QUdpSocket* m_socket = nullptr;
        QTimer* m_timer = nullptr;
        std::optional<SntpServer> m_server;
        quint64 m_origin = 0;
        qint64 m_sentAt = 0;
        std::optional<Result<Measurement>> m_result;
    };
}
