#include "ClockCheck.h"
#include "FakeNtpServer.h"
#include "FakeTimedated.h"
#include "TestPaths.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>

#include <gtest/gtest.h>

#include <cstdio>
#include <optional>

using tessera::Clock;
using tessera::ClockCheck;
using tessera::SntpServer;
using tessera::test::FakeNtpServer;

namespace
{
    constexpr double Tolerance = 0.050; // the 50 ms

    SntpServer serverOf(const FakeNtpServer& fake)
    {
        return SntpServer(QStringLiteral("127.0.0.1"), fake.port());
    }

    QString errorOf(FakeNtpServer::Behaviour behaviour, int timeoutMilliseconds = 3000)
    {
        const FakeNtpServer fake(0, behaviour);
        EXPECT_NE(fake.port(), 0);
        const auto result = ClockCheck::measure(serverOf(fake), timeoutMilliseconds);
        EXPECT_FALSE(result.ok());
        if (result.ok()) {
            return {};
        }
        EXPECT_EQ(result.error().kind(), tessera::Error::Kind::Io);
        return result.error().message();
    }

    /// A UDP port on 127.0.0.1 that nothing listens on right now.
    quint16 unusedPort()
    {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        return socket.localPort();
    }
}

TEST(ClockCheck, MeasuresAKnownPositiveOffset)
{
    const FakeNtpServer fake(37'500);
    const auto result = ClockCheck::measure(serverOf(fake));
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    std::printf("[ measured ] +37.5 s responder: offset %+.4f s, uncertainty %.4f s\n", result->offsetSeconds,
        result->uncertaintySeconds);
    EXPECT_NEAR(result->offsetSeconds, 37.5, Tolerance);
    EXPECT_GE(result->uncertaintySeconds, 0.0);
    EXPECT_LT(result->uncertaintySeconds, Tolerance);
    EXPECT_NEAR(static_cast<double>(result->offsetMilliseconds()), 37'500.0, 50.0);
    EXPECT_EQ(result->server, fake.address());
    EXPECT_EQ(result->address, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(result->stratum, 2);
    EXPECT_EQ(result->referenceId, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(fake.requestsSeen(), 1);
}

TEST(ClockCheck, MeasuresAKnownNegativeOffset)
{
    const FakeNtpServer fake(-120'000);
    const auto result = ClockCheck::measure(serverOf(fake));
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    std::printf("[ measured ] -120 s responder: offset %+.4f s, uncertainty %.4f s\n", result->offsetSeconds,
        result->uncertaintySeconds);
    EXPECT_NEAR(result->offsetSeconds, -120.0, Tolerance);
    EXPECT_LT(result->uncertaintySeconds, Tolerance);
}

TEST(ClockCheck, MeasuresAgainstTheInjectedLocalClock)
{
    // The local clock is two minutes slow; the server is right.
    const Clock::Source slow = [] { return Clock::systemMilliseconds() - 120'000; };
    const FakeNtpServer fake(0);
    const auto result = ClockCheck::measure(serverOf(fake), 3000, slow);
    ASSERT_TRUE(result.ok());
    EXPECT_NEAR(result->offsetSeconds, 120.0, Tolerance);
}

TEST(ClockCheck, AsyncQueryFinishesExactlyOnce)
{
    const FakeNtpServer fake(-2'250);
    ClockCheck check;
    int finished = 0;
    QEventLoop loop;
    QObject::connect(&check, &ClockCheck::finished, &loop, [&] {
        ++finished;
        loop.quit();
    });
    EXPECT_FALSE(check.isRunning());
    EXPECT_FALSE(check.result().has_value());
    check.start(serverOf(fake));
    EXPECT_TRUE(check.isRunning());
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    ASSERT_EQ(finished, 1);
    EXPECT_FALSE(check.isRunning());
    ASSERT_TRUE(check.result().has_value());
    ASSERT_TRUE(check.result()->ok());
    EXPECT_NEAR(check.result()->value().offsetSeconds, -2.25, Tolerance);

    // Nothing more arrives afterwards.
    QEventLoop settle;
    QTimer::singleShot(100, &settle, &QEventLoop::quit);
    settle.exec();
    EXPECT_EQ(finished, 1);
}

TEST(ClockCheck, StartingAgainAbandonsTheRunningQuery)
{
    const FakeNtpServer silent(0, FakeNtpServer::Behaviour::Silent);
    const FakeNtpServer good(1'000);
    ClockCheck check;
    int finished = 0;
    QEventLoop loop;
    QObject::connect(&check, &ClockCheck::finished, &loop, [&] {
        ++finished;
        loop.quit();
    });
    check.start(serverOf(silent));
    check.start(serverOf(good));
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(finished, 1);
    ASSERT_TRUE(check.result().has_value() && check.result()->ok());
    EXPECT_NEAR(check.result()->value().offsetSeconds, 1.0, Tolerance);
}

TEST(ClockCheck, AbortGivesACancelledResult)
{
    const FakeNtpServer silent(0, FakeNtpServer::Behaviour::Silent);
    ClockCheck check;
    int finished = 0;
    QObject::connect(&check, &ClockCheck::finished, [&] { ++finished; });
    check.start(serverOf(silent));
    check.abort();
    EXPECT_EQ(finished, 1);
    EXPECT_FALSE(check.isRunning());
    ASSERT_TRUE(check.result().has_value());
    ASSERT_FALSE(check.result()->ok());
    EXPECT_TRUE(check.result()->error().message().contains(QStringLiteral("cancelled")));
    check.abort();
    EXPECT_EQ(finished, 1);
}

TEST(ClockCheck, TimesOutWithAClearError)
{
    QElapsedTimer timer;
    timer.start();
    const QString message = errorOf(FakeNtpServer::Behaviour::Silent, 400);
    EXPECT_GE(timer.elapsed(), 350);
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_TRUE(message.contains(QStringLiteral("did not answer within 0.40 s"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("127.0.0.1:")));
}

TEST(ClockCheck, NobodyListeningIsAClearError)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = ClockCheck::measure(SntpServer(QStringLiteral("127.0.0.1"), unusedPort()), 3000);
    EXPECT_LT(timer.elapsed(), 1000); // the ICMP answer, not the timeout
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("port is closed")))
        << result.error().message().toStdString();
}

TEST(ClockCheck, GarbageRepliesGiveClearErrors)
{
    EXPECT_TRUE(errorOf(FakeNtpServer::Behaviour::Garbage).contains(QStringLiteral("not an NTP server")));
    EXPECT_TRUE(errorOf(FakeNtpServer::Behaviour::ClientMode).contains(QStringLiteral("mode 3")));
    EXPECT_TRUE(errorOf(FakeNtpServer::Behaviour::NoTimestamps).contains(QStringLiteral("no time")));
}

TEST(ClockCheck, WrongOriginIsRejected)
{
    const QString message = errorOf(FakeNtpServer::Behaviour::WrongOrigin);
    EXPECT_TRUE(message.contains(QStringLiteral("does not answer Tessera's request"))) << message.toStdString();
}

TEST(ClockCheck, UnsynchronisedServersAndKissOfDeathAreRejected)
{
    EXPECT_TRUE(errorOf(FakeNtpServer::Behaviour::Unsynchronised).contains(QStringLiteral("not synchronised")));
    EXPECT_TRUE(errorOf(FakeNtpServer::Behaviour::KissRate).contains(QStringLiteral("RATE")));
    EXPECT_TRUE(errorOf(FakeNtpServer::Behaviour::KissDeny).contains(QStringLiteral("DENY")));
}

TEST(ClockCheck, AppOffsetIsRefusedBeyondFiveMinutes)
{
    EXPECT_TRUE(ClockCheck::checkAppOffset(0).ok());
    EXPECT_TRUE(ClockCheck::checkAppOffset(300'000).ok());
    EXPECT_TRUE(ClockCheck::checkAppOffset(-300'000).ok());
    const auto tooFar = ClockCheck::checkAppOffset(300'001);
    ASSERT_FALSE(tooFar.ok());
    EXPECT_TRUE(tooFar.error().message().contains(QStringLiteral("wrong date or time zone")));
    EXPECT_TRUE(tooFar.error().message().contains(QStringLiteral("Fix the system clock")));
    EXPECT_FALSE(ClockCheck::checkAppOffset(-3'600'000).ok());

    Clock clock([] { return qint64(1'000'000); });
    ASSERT_TRUE(ClockCheck::applyAppOffset(clock, -47'000).ok());
    EXPECT_EQ(clock.offsetMilliseconds(), -47'000);
    EXPECT_FALSE(ClockCheck::applyAppOffset(clock, 3'600'000).ok());
    EXPECT_EQ(clock.offsetMilliseconds(), -47'000);
}

TEST(ClockCheck, DescribesTheOffsetForPeople)
{
    EXPECT_EQ(ClockCheck::describeOffset(47.2), QStringLiteral("Your clock is 47.2 s slow."));
    EXPECT_EQ(ClockCheck::describeOffset(-1.5), QStringLiteral("Your clock is 1.50 s fast."));
    EXPECT_EQ(ClockCheck::describeOffset(0.01), QStringLiteral("Your clock is right (within 0.05 s)."));
}

TEST(ClockCheck, RealNtpServerOnLoopback)
{
    // Debian's chronyd serving the local clock (-x: it never touches the system clock).
    tessera::test::requireTool(QStringLiteral("chronyd"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // chronyd drops root privileges for its own user, which must still write its files here.
    QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther
            | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup);
    const quint16 port = unusedPort();
    const QString config = dir.filePath(QStringLiteral("chrony.conf"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("port %1\n"
                              "bindaddress 127.0.0.1\n"
                              "local stratum 8\n"
                              "allow 127.0.0.1\n"
                              "cmdport 0\n"
                              "pidfile %2\n"
                              "driftfile %3\n")
                   .arg(port)
                   .arg(dir.filePath(QStringLiteral("chronyd.pid")), dir.filePath(QStringLiteral("drift")))
                   .toUtf8());
    file.close();

    QProcess chronyd;
    chronyd.setProcessChannelMode(QProcess::MergedChannels);
    chronyd.start(QStandardPaths::findExecutable(QStringLiteral("chronyd")),
        {QStringLiteral("-x"), QStringLiteral("-d"), QStringLiteral("-f"), config});
    ASSERT_TRUE(chronyd.waitForStarted(5000)) << chronyd.errorString().toStdString();
    const auto stop = qScopeGuard([&chronyd] {
        chronyd.terminate();
        if (!chronyd.waitForFinished(5000)) {
            chronyd.kill();
            chronyd.waitForFinished(5000);
        }
    });

    // chronyd needs a moment to bind; ask until it answers (or 20 s pass).
    const SntpServer server(QStringLiteral("127.0.0.1"), port);
    QElapsedTimer timer;
    timer.start();
    std::optional<tessera::Result<ClockCheck::Measurement>> result;
    while (timer.elapsed() < 20'000 && chronyd.state() == QProcess::Running) {
        result = ClockCheck::measure(server, 500);
        if (result->ok()) {
            break;
        }
    }
    ASSERT_TRUE(result.has_value()) << chronyd.readAll().toStdString();
    ASSERT_TRUE(result->ok()) << result->error().message().toStdString() << "\n" << chronyd.readAll().toStdString();
    std::printf("[ measured ] chronyd on 127.0.0.1:%u: offset %+.4f s, uncertainty %.4f s, stratum %d\n",
        static_cast<unsigned>(port), result->value().offsetSeconds, result->value().uncertaintySeconds,
        result->value().stratum);
    EXPECT_NEAR(result->value().offsetSeconds, 0.0, Tolerance);
    EXPECT_LT(result->value().uncertaintySeconds, Tolerance);
    EXPECT_EQ(result->value().stratum, 8); // "local stratum 8"
}

TEST(ClockCheck, SystemStatusWithoutABusIsUnknownNotAnError)
{
    const QDBusConnection none = QDBusConnection::connectToBus(
        QStringLiteral("unix:path=/nonexistent/tessera-test-bus"), QStringLiteral("tessera-no-bus"));
    ASSERT_FALSE(none.isConnected());
    const auto status = ClockCheck::systemStatus(none, 1000);
    EXPECT_EQ(status.synchronization, ClockCheck::Synchronization::Unknown);
    EXPECT_FALSE(status.detail.isEmpty());
    QDBusConnection::disconnectFromBus(QStringLiteral("tessera-no-bus"));

    // Whatever this machine has (often no system bus in containers): never an error, always a sentence.
    EXPECT_FALSE(ClockCheck::systemStatus().detail.isEmpty());
    ClockCheck check;
    int emitted = 0;
    QEventLoop loop;
    QObject::connect(&check, &ClockCheck::systemClockChecked, &loop, [&](const ClockCheck::SystemStatus& status) {
        ++emitted;
        EXPECT_FALSE(status.detail.isEmpty());
        loop.quit();
    });
    check.checkSystemClock();
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    EXPECT_EQ(emitted, 1);
}

TEST(ClockCheck, SystemStatusReadsTimedatedOnAPrivateBus)
{
    tessera::test::requireTool(QStringLiteral("dbus-daemon"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig><type>session</type><listen>unix:path=%1</listen><auth>EXTERNAL</auth>\n"
                              "<policy context=\"default\"><allow send_destination=\"*\"/><allow own=\"*\"/>\n"
                              "<allow receive_sender=\"*\"/></policy></busconfig>\n")
                   .arg(dir.filePath(QStringLiteral("bus")))
                   .toUtf8());
    file.close();
    QProcess daemon;
    daemon.start(QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")),
        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    ASSERT_TRUE(daemon.waitForStarted(5000));
    const auto stop = qScopeGuard([&daemon] {
        daemon.terminate();
        daemon.waitForFinished(5000);
    });
    ASSERT_TRUE(daemon.waitForReadyRead(5000));
    const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
    ASSERT_FALSE(address.isEmpty());

    const QDBusConnection client = QDBusConnection::connectToBus(address, QStringLiteral("tessera-client"));
    ASSERT_TRUE(client.isConnected());
    // No timedated on the bus: unknown, with the D-Bus error in the sentence.
    const auto absent = ClockCheck::systemStatus(client, 2000);
    EXPECT_EQ(absent.synchronization, ClockCheck::Synchronization::Unknown);
    EXPECT_TRUE(absent.detail.contains(QStringLiteral("ServiceUnknown"))) << absent.detail.toStdString();

    for (const bool synchronized : {true, false}) {
        QDBusConnection service = QDBusConnection::connectToBus(address, QStringLiteral("tessera-timedated"));
        ASSERT_TRUE(service.isConnected());
        tessera::test::FakeTimedated timedated(synchronized, synchronized);
        ASSERT_TRUE(service.registerObject(
            QStringLiteral("/org/freedesktop/timedate1"), &timedated, QDBusConnection::ExportAllProperties));
        ASSERT_TRUE(service.registerService(QStringLiteral("org.freedesktop.timedate1")));

        const auto status = ClockCheck::systemStatus(client, 2000);
        EXPECT_EQ(status.synchronization,
            synchronized ? ClockCheck::Synchronization::Synchronized : ClockCheck::Synchronization::NotSynchronized);
        ASSERT_TRUE(status.ntpEnabled.has_value());
        EXPECT_EQ(*status.ntpEnabled, synchronized);
        EXPECT_TRUE(status.detail.contains(
            synchronized ? QStringLiteral("is synchronised") : QStringLiteral("Network time is switched off")))
            << status.detail.toStdString();

        service.unregisterService(QStringLiteral("org.freedesktop.timedate1"));
        service.unregisterObject(QStringLiteral("/org/freedesktop/timedate1"));
        QDBusConnection::disconnectFromBus(QStringLiteral("tessera-timedated"));
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("tessera-client"));
}
