#include "CliHarness.h"
#include "FakeNtpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUdpSocket>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

using tessera::test::FakeNtpServer;
using tessera::test::runCli;
using tessera::test::runCliProcess;

namespace
{
    constexpr qint64 HarnessNow = 1'700'000'000'000; // runCli's fixed clock

    /// A responder whose time is the harness clock plus an offset, so the measurement is exact.
    std::unique_ptr<FakeNtpServer> fakeAt(
        qint64 offsetMilliseconds, FakeNtpServer::Behaviour behaviour = FakeNtpServer::Behaviour::Normal)
    {
        return std::make_unique<FakeNtpServer>(offsetMilliseconds, behaviour, [] { return HarnessNow; });
    }

    QJsonObject jsonOf(const QString& out)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << out.toStdString();
        return document.object();
    }
}

TEST(ClockCommand, JsonHasServerOffsetUncertaintyAndSynchronized)
{
    const auto fake = fakeAt(37'500);
    const auto run
        = runCli({QStringLiteral("clock"), QStringLiteral("--server"), fake->address(), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.out.count(u'\n'), 1);
    const QJsonObject json = jsonOf(run.out);
    EXPECT_EQ(json.keys(),
        QStringList({QStringLiteral("offset_s"), QStringLiteral("server"), QStringLiteral("synchronized"),
            QStringLiteral("uncertainty_s")}));
    EXPECT_EQ(json.value(QStringLiteral("server")).toString(), fake->address());
    EXPECT_NEAR(json.value(QStringLiteral("offset_s")).toDouble(), 37.5, 0.001);
    EXPECT_NEAR(json.value(QStringLiteral("uncertainty_s")).toDouble(), 0.0, 0.001);
    const QJsonValue synchronized = json.value(QStringLiteral("synchronized"));
    EXPECT_TRUE(synchronized.isBool() || synchronized.isNull());
}

TEST(ClockCommand, PeopleReadOffsetAndUncertaintyInSeconds)
{
    const auto fake = fakeAt(-120'000);
    const auto run = runCli({QStringLiteral("clock"), QStringLiteral("--server=") + fake->address()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("server: %1 (127.0.0.1, stratum 2)\n").arg(fake->address())))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("offset: -120.000 s\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("uncertainty: 0.000 s\n")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("synchronized: ")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Your clock is 120.0 s fast.")));
}

TEST(ClockCommand, BeyondFiveMinutesItSaysTheDateOrTimeZoneIsWrong)
{
    const auto fake = fakeAt(3'600'000);
    const auto run
        = runCli({QStringLiteral("clock"), QStringLiteral("--server"), fake->address(), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NEAR(jsonOf(run.out).value(QStringLiteral("offset_s")).toDouble(), 3600.0, 0.001);
    EXPECT_TRUE(run.err.contains(QStringLiteral("wrong date or time zone"))) << run.err.toStdString();
}

TEST(ClockCommand, UnreachableOrBrokenServersExitFive)
{
    quint16 closedPort = 0;
    {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        closedPort = socket.localPort();
    }
    const auto closed
        = runCli({QStringLiteral("clock"), QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(closedPort)});
    EXPECT_EQ(closed.exitCode, 5);
    EXPECT_TRUE(closed.out.isEmpty());
    EXPECT_EQ(closed.err.count(u'\n'), 1) << closed.err.toStdString();
    EXPECT_TRUE(closed.err.contains(QStringLiteral("port is closed"))) << closed.err.toStdString();

    const auto garbage = fakeAt(0, FakeNtpServer::Behaviour::Garbage);
    const auto broken = runCli({QStringLiteral("clock"), QStringLiteral("--server"), garbage->address()});
    EXPECT_EQ(broken.exitCode, 5);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("not an NTP server")));

    const auto kiss = fakeAt(0, FakeNtpServer::Behaviour::KissDeny);
    EXPECT_EQ(runCli({QStringLiteral("clock"), QStringLiteral("--server"), kiss->address()}).exitCode, 5);
}

TEST(ClockCommand, UsageErrorsExitOne)
{
    const auto badServer = runCli({QStringLiteral("clock"), QStringLiteral("--server"), QStringLiteral("host:0")});
    EXPECT_EQ(badServer.exitCode, 1);
    EXPECT_TRUE(badServer.err.contains(QStringLiteral("HOST:PORT")));
    EXPECT_EQ(runCli({QStringLiteral("clock"), QStringLiteral("extra")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("clock"), QStringLiteral("--server")}).exitCode, 1);
}

TEST(ClockCommand, RealExecutableAgainstTheFakeResponder)
{
    // The real process, the real system clock: the responder runs its own thread meanwhile.
    const FakeNtpServer fake(-120'000);
    const auto run = runCliProcess(
        {QStringLiteral("clock"), QStringLiteral("--server"), fake.address(), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = jsonOf(run.out);
    std::printf("[ measured ] tessera-cli clock vs -120 s responder: offset_s %.4f, uncertainty_s %.4f\n",
        json.value(QStringLiteral("offset_s")).toDouble(), json.value(QStringLiteral("uncertainty_s")).toDouble());
    EXPECT_NEAR(json.value(QStringLiteral("offset_s")).toDouble(), -120.0, 0.050);
    EXPECT_LT(json.value(QStringLiteral("uncertainty_s")).toDouble(), 0.050);
}

TEST(ClockCommand, RealExecutableTimesOutWithExitFive)
{
    const FakeNtpServer silent(0, FakeNtpServer::Behaviour::Silent);
    const auto run = runCliProcess({QStringLiteral("clock"), QStringLiteral("--server"), silent.address()});
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("did not answer within 5"))) << run.err.toStdString();
    EXPECT_GE(silent.requestsSeen(), 1);
}
