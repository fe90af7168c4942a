#include "OtpGenerator.h"
#include "OtpParameters.h"

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    // RFC 6238 reference seeds: the ASCII digits repeated to the hash's output length.
    QByteArray seed(int length)
    {
        QByteArray out;
        while (out.size() < length) {
            out.append("1234567890");
        }
        return out.left(length);
    }

    OtpParameters totp(HashAlgorithm algorithm, const QByteArray& secret, int digits = 8, int period = 30)
    {
        return OtpParameters::create(OtpType::Totp, secret, algorithm, digits, period).value();
    }

    struct Row
    {
        qint64 time;
        const char* sha1;
        const char* sha256;
        const char* sha512;
    };

    const Row Rfc6238Table[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000LL, "65353130", "77737706", "47863826"},
    };
}

class Rfc6238 : public ::testing::TestWithParam<Row>
{
};

TEST_P(Rfc6238, Sha1With20ByteSeed)
{
    EXPECT_EQ(
        OtpGenerator::code(totp(HashAlgorithm::Sha1, seed(20)), GetParam().time), QString::fromLatin1(GetParam().sha1));
}

TEST_P(Rfc6238, Sha256With32ByteSeed)
{
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha256, seed(32)), GetParam().time),
        QString::fromLatin1(GetParam().sha256));
}

TEST_P(Rfc6238, Sha512With64ByteSeed)
{
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha512, seed(64)), GetParam().time),
        QString::fromLatin1(GetParam().sha512));
}

TEST_P(Rfc6238, SixDigitFormIsTheLastSixDigits)
{
    const QString eight = QString::fromLatin1(GetParam().sha1);
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha1, seed(20), 6), GetParam().time), eight.right(6));
}

INSTANTIATE_TEST_SUITE_P(Table, Rfc6238, ::testing::ValuesIn(Rfc6238Table));

TEST(Totp, TwentyByteSeedTrapGivesTheWrongSha256AndSha512Codes)
{
    // Appendix B's prose names only the 20-byte seed; with it the table's SHA-256/512 codes do not appear.
    const QString sha256 = OtpGenerator::code(totp(HashAlgorithm::Sha256, seed(20)), 59);
    const QString sha512 = OtpGenerator::code(totp(HashAlgorithm::Sha512, seed(20)), 59);
    EXPECT_EQ(sha256, QStringLiteral("32247374"));
    EXPECT_EQ(sha512, QStringLiteral("69342147"));
    EXPECT_NE(sha256, QStringLiteral("46119246"));
    EXPECT_NE(sha512, QStringLiteral("90693936"));
}

TEST(Totp, TimeStepUses64BitArithmetic)
{
    const auto parameters = totp(HashAlgorithm::Sha1, seed(20));
    EXPECT_EQ(OtpGenerator::timeStep(parameters, 20000000000LL), 0x27BC86AAULL);
    EXPECT_EQ(OtpGenerator::timeStep(parameters, 1111111109), 0x23523ECULL);
}

TEST(Totp, PyotpVectorsForPeriodsAndAlgorithms)
{
    const QByteArray secret("12345"); // GEZDGNBV
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha1, secret, 6), 0), QStringLiteral("734055"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha1, secret, 6), 30), QStringLiteral("662488"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha1, secret, 6), 60), QStringLiteral("289363"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha1, secret, 6, 60), 30), QStringLiteral("734055"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha1, secret, 6, 60), 60), QStringLiteral("662488"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha256, secret, 6), 0), QStringLiteral("918961"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha256, secret, 6), 9000), QStringLiteral("934470"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha512, secret, 6), 0), QStringLiteral("816660"));
    EXPECT_EQ(OtpGenerator::code(totp(HashAlgorithm::Sha512, secret, 6), 9000), QStringLiteral("524153"));
}

TEST(Totp, GoogleAuthenticatorWikiKeyAtKnownTime)
{
    // dim13's end-to-end check: JBSWY3DPEHPK3PXP at 2009-11-10 23:00:00 UTC.
    const auto parameters = totp(HashAlgorithm::Sha1, QByteArray::fromHex("48656c6c6f21deadbeef"), 6);
    EXPECT_EQ(OtpGenerator::code(parameters, 1257894000), QStringLiteral("528064"));
}

TEST(Totp, NextCodeIsTheFollowingPeriod)
{
    const auto parameters = totp(HashAlgorithm::Sha1, seed(20));
    EXPECT_EQ(OtpGenerator::nextCode(parameters, 1111111109 - 30), QStringLiteral("07081804"));
}

TEST(Totp, SecondsRemainingCountsDownToThePeriodBoundary)
{
    const auto thirty = totp(HashAlgorithm::Sha1, seed(20), 6, 30);
    EXPECT_EQ(OtpGenerator::secondsRemaining(thirty, 0), 30);
    EXPECT_EQ(OtpGenerator::secondsRemaining(thirty, 29), 1);
    EXPECT_EQ(OtpGenerator::secondsRemaining(thirty, 30), 30);
    const auto day = totp(HashAlgorithm::Sha1, seed(20), 6, 86400);
    EXPECT_EQ(OtpGenerator::secondsRemaining(day, 86399), 1);
    const auto one = totp(HashAlgorithm::Sha1, seed(20), 6, 1);
    EXPECT_EQ(OtpGenerator::secondsRemaining(one, 12345), 1);
    EXPECT_NE(OtpGenerator::code(one, 100), OtpGenerator::code(one, 101));
}
