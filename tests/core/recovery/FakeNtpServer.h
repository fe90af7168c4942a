#pragma once

#include "Clock.h"

#include <QString>
#include <QThread>

#include <atomic>

namespace tessera::test
{
    /// An SNTP responder on 127.0.0.1 with a known offset, in a thread of its own (so that it also
    /// answers while the test blocks, e.g. on a tessera-cli process). It can misbehave on purpose.
    class FakeNtpServer : public QThread
    {
        Q_OBJECT

    public:
        enum class Behaviour
        {
            Normal,
            Silent,         ///< never answers
            Garbage,        ///< 17 bytes of noise
            WrongOrigin,    ///< a well-formed reply to some other request
            ClientMode,     ///< mode 3 instead of 4
            Unsynchronised, ///< leap indicator 3
            KissRate,       ///< kiss-o'-death RATE
            KissDeny,       ///< kiss-o'-death DENY
            NoTimestamps,   ///< receive and transmit timestamps zero
        };

        /// Replies carry `base() + offsetMilliseconds` as the server's time.
        explicit FakeNtpServer(qint64 offsetMilliseconds = 0,
            Behaviour behaviour = Behaviour::Normal,
            Clock::Source base = &Clock::systemMilliseconds);
        ~FakeNtpServer() override;
        FakeNtpServer(const FakeNtpServer&) = delete;
        FakeNtpServer& operator=(const FakeNtpServer&) = delete;

        [[nodiscard]] quint16 port() const { return m_port.load(); }
        /// "127.0.0.1:PORT", as --server takes it.
        [[nodiscard]] QString address() const;
        [[nodiscard]] int requestsSeen() const { return m_requests.load(); }

    protected:
        void run() override;

    private:
        const qint64 m_offset;
        const Behaviour m_behaviour;
        const Clock::Source m_base;
        std::atomic<quint16> m_port{0};
        std::atomic<int> m_requests{0};
    };
}
