#include "Base32.h"
#include "OtpGenerator.h"
#include "OtpParameters.h"

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    QString steamCode(const char* secret, qint64 time)
    {
        const auto parameters
            = OtpParameters::create(OtpType::Steam, Base32::decode(QString::fromLatin1(secret)).value()).value();
        return OtpGenerator::code(parameters, time);
    }
}

TEST(Steam, CodesCapturedFromTheRealSteamApp)
{
    EXPECT_EQ(steamCode("63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 1511200518), QStringLiteral("FR8RV"));
    EXPECT_EQ(steamCode("63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 1511200714), QStringLiteral("9P3VP"));
}

TEST(Steam, PyotpVectors)
{
    EXPECT_EQ(steamCode("BASE32SECRET3232", 0), QStringLiteral("2TC8B"));
    EXPECT_EQ(steamCode("BASE32SECRET3232", 30), QStringLiteral("YKKK4"));
    EXPECT_EQ(steamCode("BASE32SECRET3232", 60), QStringLiteral("M4HQB"));
    EXPECT_EQ(steamCode("BASE32SECRET3232", 90), QStringLiteral("DTVB3"));
    EXPECT_EQ(steamCode("BASE32SECRET3232", 1662883100), QStringLiteral("N3G63"));
    EXPECT_EQ(steamCode("BASE32SECRET3232", 946681223), QStringLiteral("7VP3X"));
    EXPECT_EQ(steamCode("FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW", 0), QStringLiteral("C5V56"));
    EXPECT_EQ(steamCode("FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW", 30), QStringLiteral("QJY8Y"));
    EXPECT_EQ(steamCode("FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW", 60), QStringLiteral("R3WQY"));
    EXPECT_EQ(steamCode("FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW", 90), QStringLiteral("JG3T3"));
    EXPECT_EQ(steamCode("FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW", 1662884261), QStringLiteral("V6WKJ"));
    EXPECT_EQ(steamCode("FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW", 946681223), QStringLiteral("4MK54"));
}

TEST(Steam, ForcesSha1FiveCharactersAndThirtySeconds)
{
    const auto parameters
        = OtpParameters::create(OtpType::Steam, QByteArray("secret"), HashAlgorithm::Sha512, 8, 60).value();
    EXPECT_EQ(parameters.algorithm(), HashAlgorithm::Sha1);
    EXPECT_EQ(parameters.digits(), 5);
    EXPECT_EQ(parameters.period(), 30);
}
