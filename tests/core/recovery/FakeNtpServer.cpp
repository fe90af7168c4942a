#include "FakeNtpServer.h"

#include <QHostAddress>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtEndian>

#include <cmath>
#include <utility>

namespace tessera::test
{
    namespace
    {
        constexpr qint64 NtpEpochOffsetSeconds = 2'208'988'800LL;

        quint64 ntpTimestamp(double unixMilliseconds)
        {
            const double seconds = std::floor(unixMilliseconds / 1000.0);
            const double fraction = (unixMilliseconds / 1000.0 - seconds) * 4294967296.0;
            return (static_cast<quint64>(static_cast<qint64>(seconds) + NtpEpochOffsetSeconds) << 32U)
                | static_cast<quint64>(std::llround(std::min(fraction, 4294967295.0)));
        }

        void put(QByteArray& packet, int offset, quint64 value)
        {
            qToBigEndian(value, packet.data() + offset);
        }
    }

    FakeNtpServer::FakeNtpServer(qint64 offsetMilliseconds, Behaviour behaviour, Clock::Source base)
        : m_offset(offsetMilliseconds)
        , m_behaviour(behaviour)
        , m_base(std::move(base))
    {
        start();
        while (m_port.load() == 0 && isRunning()) {
            QThread::msleep(1);
        }
    }

    FakeNtpServer::~FakeNtpServer()
    {
        quit();
        wait();
    }

    QString FakeNtpServer::address() const
    {
        return QStringLiteral("127.0.0.1:%1").arg(port());
    }

    void FakeNtpServer::run()
    {
        QUdpSocket socket;
        if (!socket.bind(QHostAddress::LocalHost, 0)) {
            return;
        }
        QObject::connect(&socket, &QUdpSocket::readyRead, &socket, [this, &socket] {
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram request = socket.receiveDatagram();
                const double received = static_cast<double>(m_base() + m_offset);
                m_requests.fetch_add(1);
                if (m_behaviour == Behaviour::Silent) {
                    continue;
                }
                if (m_behaviour == Behaviour::Garbage) {
                    socket.writeDatagram(request.makeReply(QByteArray("\x17not an ntp reply\x01", 17)));
                    continue;
                }
                const QByteArray in = request.data();
                quint64 origin = in.size() >= 48 ? qFromBigEndian<quint64>(in.constData() + 40) : 0;
                int leap = 0;
                int mode = 4;
                int stratum = 2;
                QByteArray referenceId("\x7f\x00\x00\x01", 4);
                switch (m_behaviour) {
                case Behaviour::WrongOrigin:
                    origin ^= 0x5A5A5A5AULL;
                    break;
                case Behaviour::ClientMode:
                    mode = 3;
                    break;
                case Behaviour::Unsynchronised:
                    leap = 3;
                    break;
                case Behaviour::KissRate:
                    leap = 3;
                    stratum = 0;
                    referenceId = QByteArray("RATE");
                    break;
                case Behaviour::KissDeny:
                    leap = 3;
                    stratum = 0;
                    referenceId = QByteArray("DENY");
                    break;
                case Behaviour::Normal:
                case Behaviour::Silent:
                case Behaviour::Garbage:
                case Behaviour::NoTimestamps:
                    break;
                }
                QByteArray reply(48, '\0');
                reply[0] = static_cast<char>((leap << 6) | (4 << 3) | mode);
                reply[1] = static_cast<char>(stratum);
                reply[2] = 4;                      // poll
                reply[3] = static_cast<char>(-20); // precision, about 1 µs
                reply.replace(12, 4, referenceId);
                const double now = static_cast<double>(m_base() + m_offset);
                put(reply, 16, ntpTimestamp(now - 1000.0)); // reference time
                put(reply, 24, origin);
                if (m_behaviour != Behaviour::NoTimestamps) {
                    put(reply, 32, ntpTimestamp(received));
                    put(reply, 40, ntpTimestamp(static_cast<double>(m_base() + m_offset)));
                }
                socket.writeDatagram(request.makeReply(reply));
            }
        });
        m_port.store(socket.localPort());
        exec();
    }
}
