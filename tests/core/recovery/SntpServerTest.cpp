#include "SntpServer.h"

#include <gtest/gtest.h>

using tessera::SntpServer;

TEST(SntpServer, DefaultIsThePoolOnPort123)
{
    EXPECT_EQ(SntpServer::defaultServer().host(), QStringLiteral("pool.ntp.org"));
    EXPECT_EQ(SntpServer::defaultServer().port(), 123);
    EXPECT_EQ(SntpServer::defaultServer().toString(), QStringLiteral("pool.ntp.org:123"));
}

TEST(SntpServer, ParsesHostAndPortForms)
{
    const auto host = SntpServer::parse(QStringLiteral(" time.example.org "));
    ASSERT_TRUE(host.ok());
    EXPECT_EQ(host->host(), QStringLiteral("time.example.org"));
    EXPECT_EQ(host->port(), 123);

    const auto withPort = SntpServer::parse(QStringLiteral("127.0.0.1:11123"));
    ASSERT_TRUE(withPort.ok());
    EXPECT_EQ(withPort->host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(withPort->port(), 11123);

    const auto v6 = SntpServer::parse(QStringLiteral("[::1]:4123"));
    ASSERT_TRUE(v6.ok());
    EXPECT_EQ(v6->host(), QStringLiteral("::1"));
    EXPECT_EQ(v6->port(), 4123);
    EXPECT_EQ(v6->toString(), QStringLiteral("[::1]:4123"));

    const auto bareV6 = SntpServer::parse(QStringLiteral("fe80::1"));
    ASSERT_TRUE(bareV6.ok());
    EXPECT_EQ(bareV6->port(), 123);
}

TEST(SntpServer, RejectsWhatIsNotHostPort)
{
    for (const QString& text : {QString(), QStringLiteral("host:"), QStringLiteral("host:0"),
             QStringLiteral("host:65536"), QStringLiteral("host:ntp"), QStringLiteral("bad host"),
             QStringLiteral("[::1"), QStringLiteral("[::1]x"), QStringLiteral("[example.org]:123"),
             QStringLiteral("not::an::address::at::all::x::y::z"), QStringLiteral("-host")}) {
        const auto result = SntpServer::parse(text);
        EXPECT_FALSE(result.ok()) << text.toStdString();
        if (!result.ok()) {
            EXPECT_TRUE(result.error().message().contains(QStringLiteral("HOST:PORT")));
        }
    }
}
