#include "SntpPacket.h"

#include <QtEndian>

#include <gtest/gtest.h>

using tessera::SntpPacket;

namespace
{
    constexpr qint64 Now = 1'700'000'000'123; // ms
    const quint64 Origin = SntpPacket::toNtpTimestamp(Now, 0x2A);

    QByteArray reply(int leap = 0, int version = 4, int mode = 4, int stratum = 2, quint64 origin = Origin)
    {
        QByteArray packet(48, '\0');
        packet[0] = static_cast<char>((leap << 6) | (version << 3) | mode);
        packet[1] = static_cast<char>(stratum);
        packet.replace(12, 4, QByteArray("\xc0\x00\x02\x01", 4));
        qToBigEndian(origin, packet.data() + 24);
        qToBigEndian(SntpPacket::toNtpTimestamp(Now + 37'500), packet.data() + 32);
        qToBigEndian(SntpPacket::toNtpTimestamp(Now + 37'501), packet.data() + 40);
        return packet;
    }

    QString errorOf(const QByteArray& datagram)
    {
        const auto result = SntpPacket::parseReply(datagram, Origin, Now);
        EXPECT_FALSE(result.ok());
        if (result.ok()) {
            return {};
        }
        EXPECT_EQ(result.error().kind(), tessera::Error::Kind::Io);
        return result.error().message();
    }
}

TEST(SntpPacket, RequestIsVersion4ClientModeWithTheTransmitTimestamp)
{
    const QByteArray request = SntpPacket::request(0x0123456789ABCDEFULL);
    ASSERT_EQ(request.size(), 48);
    EXPECT_EQ(static_cast<quint8>(request.at(0)), 0x23);
    EXPECT_EQ(qFromBigEndian<quint64>(request.constData() + 40), 0x0123456789ABCDEFULL);
    EXPECT_EQ(request.mid(1, 39), QByteArray(39, '\0'));
}

TEST(SntpPacket, TimestampsRoundTripToTheMillisecond)
{
    for (const qint64 ms : {qint64(0), qint64(1), qint64(999), Now, qint64(2'085'978'495'999)}) {
        const quint64 ntp = SntpPacket::toNtpTimestamp(ms);
        EXPECT_NEAR(SntpPacket::toUnixMilliseconds(ntp, ms), static_cast<double>(ms), 0.001) << ms;
    }
    // The NTP epoch: 1900-01-01 is 2208988800 s before 1970.
    EXPECT_EQ(SntpPacket::toNtpTimestamp(0) >> 32U, 2'208'988'800ULL);
    // Noise only touches the bits below a millisecond.
    const quint64 noisy = SntpPacket::toNtpTimestamp(Now, 0xFFFFFFFF);
    EXPECT_NEAR(SntpPacket::toUnixMilliseconds(noisy, Now), static_cast<double>(Now), 0.25);
    EXPECT_NE(noisy, SntpPacket::toNtpTimestamp(Now, 0));
}

TEST(SntpPacket, EraRollOverIn2036)
{
    // 2036-02-07 06:28:16 UTC: NTP seconds wrap to 0. A time just after reads as era 1.
    const qint64 after = 2'085'978'496'000LL + 5'000;
    const quint64 ntp = SntpPacket::toNtpTimestamp(after);
    EXPECT_LT(ntp >> 32U, 10U);
    EXPECT_NEAR(SntpPacket::toUnixMilliseconds(ntp, after - 60'000), static_cast<double>(after), 0.001);
}

TEST(SntpPacket, ParsesAValidReply)
{
    const auto result = SntpPacket::parseReply(reply(), Origin, Now);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_EQ(result->stratum, 2);
    EXPECT_EQ(result->version, 4);
    EXPECT_EQ(result->referenceId, QStringLiteral("192.0.2.1"));
    EXPECT_NEAR(result->receiveMilliseconds, static_cast<double>(Now + 37'500), 0.001);
    EXPECT_NEAR(result->transmitMilliseconds, static_cast<double>(Now + 37'501), 0.001);
    EXPECT_TRUE(SntpPacket::parseReply(reply(0, 3), Origin, Now).ok());
}

TEST(SntpPacket, RejectsGarbage)
{
    EXPECT_TRUE(errorOf(QByteArray()).contains(QStringLiteral("0 bytes")));
    EXPECT_TRUE(errorOf(QByteArray("hello")).contains(QStringLiteral("too few")));
    EXPECT_TRUE(errorOf(reply().left(47)).contains(QStringLiteral("47 bytes")));
    EXPECT_TRUE(errorOf(reply(0, 4, 3)).contains(QStringLiteral("mode 3")));
    EXPECT_TRUE(errorOf(reply(0, 0, 4)).contains(QStringLiteral("version 0")));
    QByteArray noTime = reply();
    noTime.replace(40, 8, QByteArray(8, '\0'));
    EXPECT_TRUE(errorOf(noTime).contains(QStringLiteral("no time")));
    QByteArray backwards = reply();
    qToBigEndian(SntpPacket::toNtpTimestamp(Now), backwards.data() + 40);
    EXPECT_TRUE(errorOf(backwards).contains(QStringLiteral("inconsistent")));
}

TEST(SntpPacket, RejectsRepliesToAnotherRequest)
{
    EXPECT_TRUE(errorOf(reply(0, 4, 4, 2, Origin + 1)).contains(QStringLiteral("originate timestamp")));
    EXPECT_TRUE(errorOf(reply(0, 4, 4, 2, 0)).contains(QStringLiteral("originate timestamp")));
}

TEST(SntpPacket, RejectsUnsynchronisedServers)
{
    EXPECT_TRUE(errorOf(reply(3)).contains(QStringLiteral("not synchronised")));
    EXPECT_TRUE(errorOf(reply(0, 4, 4, 16)).contains(QStringLiteral("stratum 16")));
}

TEST(SntpPacket, ExplainsKissOfDeath)
{
    QByteArray rate = reply(3, 4, 4, 0);
    rate.replace(12, 4, QByteArray("RATE"));
    EXPECT_TRUE(errorOf(rate).contains(QStringLiteral("slow down")));
    QByteArray deny = reply(3, 4, 4, 0);
    deny.replace(12, 4, QByteArray("DENY"));
    EXPECT_TRUE(errorOf(deny).contains(QStringLiteral("refuses")));
    QByteArray other = reply(3, 4, 4, 0);
    other.replace(12, 4, QByteArray("STEP"));
    EXPECT_TRUE(errorOf(other).contains(QStringLiteral("STEP")));
}
