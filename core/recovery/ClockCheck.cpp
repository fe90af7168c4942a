#include "ClockCheck.h"

#include "SntpPacket.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QEventLoop>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>
#include <QVariantMap>

#include <cmath>
#include <utility>

namespace tessera
{
    namespace
    {
        const QString TimedateService = QStringLiteral("org.freedesktop.timedate1");
        const QString TimedatePath = QStringLiteral("/org/freedesktop/timedate1");

        QDBusPendingCall askTimedate(const QDBusConnection& bus, int timeoutMilliseconds)
        {
            QDBusMessage call = QDBusMessage::createMethodCall(TimedateService, TimedatePath,
                QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("GetAll"));
            call << TimedateService;
            return bus.asyncCall(call, timeoutMilliseconds);
        }

        ClockCheck::SystemStatus noBus()
        {
            ClockCheck::SystemStatus status;
            status.detail = QCoreApplication::translate("tessera::ClockCheck",
                "There is no system D-Bus, so Tessera cannot ask whether the clock is "
                "synchronised; check the clock with a time server instead.");
            return status;
        }

        ClockCheck::SystemStatus statusFrom(const QDBusMessage& reply)
        {
            ClockCheck::SystemStatus status;
            if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                status.detail = QCoreApplication::translate("tessera::ClockCheck",
                    "timedated is not available (%1), so Tessera cannot tell whether the "
                    "clock is synchronised; check it with a time server instead.")
                                    .arg(reply.errorName().isEmpty()
                                            ? QCoreApplication::translate("tessera::ClockCheck", "no answer")
                                            : reply.errorName());
                return status;
            }
            const auto properties = qdbus_cast<QVariantMap>(reply.arguments().constFirst());
            const QVariant synchronized = properties.value(QStringLiteral("NTPSynchronized"));
            const QVariant ntp = properties.value(QStringLiteral("NTP"));
            if (ntp.isValid()) {
                status.ntpEnabled = ntp.toBool();
            }
            if (!synchronized.isValid()) {
                status.detail = QCoreApplication::translate("tessera::ClockCheck",
                    "timedated does not say whether the clock is synchronised; check it "
                    "with a time server instead.");
                return status;
            }
            if (synchronized.toBool()) {
                status.synchronization = ClockCheck::Synchronization::Synchronized;
                status.detail = QCoreApplication::translate(
                    "tessera::ClockCheck", "The system clock is synchronised with a time server.");
            } else {
                status.synchronization = ClockCheck::Synchronization::NotSynchronized;
                status.detail = status.ntpEnabled.value_or(true)
                    ? QCoreApplication::translate("tessera::ClockCheck",
                        "The system clock is not synchronised yet: codes may be rejected until it is. "
                        "Check the network connection, or check the clock with a time server.")
                    : QCoreApplication::translate("tessera::ClockCheck",
                        "Network time is switched off, so the system clock is not synchronised: turn on "
                        "automatic date and time in the system settings.");
            }
            return status;
        }

        QString seconds(double value)
        {
            return QString::number(value, 'f', std::abs(value) < 10 ? 2 : 1);
        }
    }

    qint64 ClockCheck::Measurement::offsetMilliseconds() const
    {
        return std::llround(offsetSeconds * 1000.0);
    }

    ClockCheck::ClockCheck(Clock::Source localTime, QObject* parent)
        : QObject(parent)
        , m_localTime(std::move(localTime))
    { }

    ClockCheck::~ClockCheck()
    {
        cleanUp();
    }

    void ClockCheck::setTimeout(int milliseconds)
    {
        m_timeoutMilliseconds = milliseconds > 0 ? milliseconds : DefaultTimeoutMilliseconds;
    }

    bool ClockCheck::isRunning() const
    {
        return m_socket != nullptr;
    }

    void ClockCheck::start(const SntpServer& server)
    {
        cleanUp();
        m_result.reset();
        m_server = server;

        m_socket = new QUdpSocket(this);
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            fail(tr("The time server %1 did not answer within %2 s. Check the network connection, or "
                    "choose another server.")
                     .arg(m_server->toString(), seconds(m_timeoutMilliseconds / 1000.0)));
        });
        connect(m_socket, &QUdpSocket::connected, this, &ClockCheck::sendRequest);
        connect(m_socket, &QUdpSocket::readyRead, this, &ClockCheck::readReply);
        connect(m_socket, &QUdpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            switch (error) {
            case QAbstractSocket::HostNotFoundError:
                fail(tr("The time server %1 was not found. Check its name and the network connection.")
                         .arg(m_server->toString()));
                return;
            case QAbstractSocket::ConnectionRefusedError:
                fail(tr("Nothing answers NTP at %1: the port is closed or the host cannot be reached. "
                        "Check the server and port.")
                         .arg(m_server->toString()));
                return;
            default:
                fail(tr("The time server %1 could not be reached: %2.")
                         .arg(m_server->toString(), m_socket->errorString()));
                return;
            }
        });
        m_timer->start(m_timeoutMilliseconds);
        m_socket->connectToHost(server.host(), server.port());
    }

    void ClockCheck::sendRequest()
    {
        if (m_socket == nullptr) {
            return;
        }
        m_sentAt = m_localTime();
        m_origin = SntpPacket::toNtpTimestamp(m_sentAt, QRandomGenerator::system()->generate());
        const QByteArray request = SntpPacket::request(m_origin);
        if (m_socket->write(request) != request.size()) {
            fail(
                tr("Tessera could not send the request to %1: %2.").arg(m_server->toString(), m_socket->errorString()));
        }
    }

    void ClockCheck::readReply()
    {
        if (m_socket != nullptr && !m_socket->hasPendingDatagrams()) {
            // On a connected UDP socket this is how an ICMP "port unreachable" shows: readable,
            // with nothing to read.
            fail(tr("Nothing answers NTP at %1: the port is closed or the host cannot be reached. "
                    "Check the server and port.")
                     .arg(m_server->toString()));
            return;
        }
        while (m_socket != nullptr && m_socket->hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket->receiveDatagram();
            const qint64 receivedAt = m_localTime();
            if (!datagram.isValid()) {
                fail(tr("The time server %1 could not be reached: %2.")
                         .arg(m_server->toString(), m_socket->errorString()));
                return;
            }
            const auto reply = SntpPacket::parseReply(datagram.data(), m_origin, m_sentAt);
            if (!reply) {
                fail(reply.error().message());
                return;
            }
            const auto t1 = static_cast<double>(m_sentAt);
            const double t2 = reply->receiveMilliseconds;
            const double t3 = reply->transmitMilliseconds;
            const auto t4 = static_cast<double>(receivedAt);
            Measurement measurement;
            measurement.server = m_server->toString();
            measurement.address = datagram.senderAddress().toString();
            measurement.offsetSeconds = ((t2 - t1) + (t3 - t4)) / 2.0 / 1000.0;
            measurement.roundTripSeconds = std::max(0.0, (t4 - t1) - (t3 - t2)) / 1000.0;
            measurement.uncertaintySeconds = measurement.roundTripSeconds / 2.0;
            measurement.stratum = reply->stratum;
            measurement.referenceId = reply->referenceId;
            finish(measurement);
            return;
        }
    }

    void ClockCheck::abort()
    {
        if (isRunning()) {
            fail(tr("The clock check was cancelled."));
        }
    }

    void ClockCheck::fail(const QString& message)
    {
        finish(Error(Error::Kind::Io, message));
    }

    void ClockCheck::finish(Result<Measurement> result)
    {
        if (!isRunning()) {
            return;
        }
        cleanUp();
        m_result = std::move(result);
        emit finished();
    }

    void ClockCheck::cleanUp()
    {
        if (m_timer != nullptr) {
            m_timer->stop();
            m_timer->deleteLater();
            m_timer = nullptr;
        }
        if (m_socket != nullptr) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
    }

    void ClockCheck::checkSystemClock()
    {
        const QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected()) {
            const SystemStatus status = noBus();
            QTimer::singleShot(0, this, [this, status] { emit systemClockChecked(status); });
            return;
        }
        auto* watcher = new QDBusPendingCallWatcher(askTimedate(bus, DefaultDBusTimeoutMilliseconds), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
            finished->deleteLater();
            emit systemClockChecked(statusFrom(finished->reply()));
        });
    }

    Result<ClockCheck::Measurement> ClockCheck::measure(
        const SntpServer& server, int timeoutMilliseconds, Clock::Source localTime)
    {
        ClockCheck check(std::move(localTime));
        check.setTimeout(timeoutMilliseconds);
        QEventLoop loop;
        connect(&check, &ClockCheck::finished, &loop, &QEventLoop::quit);
        check.start(server);
        if (!check.result()) {
            loop.exec();
        }
        return *check.result();
    }

    ClockCheck::SystemStatus ClockCheck::systemStatus(int timeoutMilliseconds)
    {
        return systemStatus(QDBusConnection::systemBus(), timeoutMilliseconds);
    }

    ClockCheck::SystemStatus ClockCheck::systemStatus(const QDBusConnection& bus, int timeoutMilliseconds)
    {
        if (!bus.isConnected()) {
            return noBus();
        }
        QDBusPendingCallWatcher watcher(askTimedate(bus, timeoutMilliseconds));
        if (!watcher.isFinished()) {
            // A local loop rather than a blocking call, so that a service in this very thread can answer.
            QEventLoop loop;
            connect(&watcher, &QDBusPendingCallWatcher::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return statusFrom(watcher.reply());
    }

    Result<void> ClockCheck::checkAppOffset(qint64 offsetMilliseconds)
    {
        if (std::abs(offsetMilliseconds) > MaxAppOffsetMilliseconds) {
            return Error(Error::Kind::InvalidInput,
                tr("The clock is %1 s off: that is a wrong date or time zone, not drift. Fix the system clock (date, "
                   "time and time zone); Tessera corrects codes by at most 5 minutes.")
                    .arg(seconds(static_cast<double>(std::abs(offsetMilliseconds)) / 1000.0)));
        }
        return {};
    }

    Result<void> ClockCheck::applyAppOffset(Clock& clock, qint64 offsetMilliseconds)
    {
        auto allowed = checkAppOffset(offsetMilliseconds);
        if (allowed) {
            clock.setOffsetMilliseconds(offsetMilliseconds);
        }
        return allowed;
    }

    QString ClockCheck::describeOffset(double offsetSeconds)
    {
        if (std::abs(offsetSeconds) < 0.05) {
            return tr("Your clock is right (within 0.05 s).");
        }
        return offsetSeconds > 0 ? tr("Your clock is %1 s slow.").arg(seconds(std::abs(offsetSeconds)))
                                 : tr("Your clock is %1 s fast.").arg(seconds(std::abs(offsetSeconds)));
    }
}
