#include "Base32.h"
#include "OtpGenerator.h"
#include "OtpParameters.h"

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    OtpParameters rfcHotp(int digits = 6)
    {
        return OtpParameters::create(
            OtpType::Hotp, QByteArray("12345678901234567890"), HashAlgorithm::Sha1, digits, 30, 0)
            .value();
    }
}

// RFC 4226 Appendix D: every row of the table.
TEST(Hotp, MatchesTheFullRfc4226Table)
{
    const char* expected[]
        = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
    const OtpParameters parameters = rfcHotp();
    for (quint64 count = 0; count < 10; ++count) {
        EXPECT_EQ(OtpGenerator::codeForCounter(parameters, count), QString::fromLatin1(expected[count])) << count;
        EXPECT_EQ(OtpGenerator::code(parameters.withCounter(count), 0), QString::fromLatin1(expected[count]));
    }
}

TEST(Hotp, TruncatedDecimalValuesMatchTheRfcIntermediateColumn)
{
    // The "decimal" column, read through 10-digit codes (no reduction below 2^31).
    const char* decimal[] = {"1284755224", "1094287082", "0137359152", "1726969429", "1640338314", "0868254676",
        "1918287922", "0082162583", "0673399871", "0645520489"};
    const OtpParameters parameters = rfcHotp(10);
    for (quint64 count = 0; count < 10; ++count) {
        EXPECT_EQ(OtpGenerator::codeForCounter(parameters, count), QString::fromLatin1(decimal[count]));
    }
}

TEST(Hotp, NextCodeUsesTheFollowingCounter)
{
    const OtpParameters parameters = rfcHotp().withCounter(4);
    EXPECT_EQ(OtpGenerator::code(parameters, 0), QStringLiteral("338314"));
    EXPECT_EQ(OtpGenerator::nextCode(parameters, 0), QStringLiteral("254676"));
}

TEST(Hotp, PyotpUnpaddedSecretVectors)
{
    // pyotp: N3OVNIBRERIO5OHGVCMDGS4V4RJ3AUZOUN34J6FRM4P6JIFCG3ZA (32 bytes), HOTP 0..4.
    const QByteArray secret
        = Base32::decode(QStringLiteral("N3OVNIBRERIO5OHGVCMDGS4V4RJ3AUZOUN34J6FRM4P6JIFCG3ZA")).value();
    ASSERT_EQ(secret.size(), 32);
    const auto parameters = OtpParameters::create(OtpType::Hotp, secret).value();
    const char* expected[] = {"737863", "390601", "363354", "936780", "654019"};
    for (quint64 count = 0; count < 5; ++count) {
        EXPECT_EQ(OtpGenerator::codeForCounter(parameters, count), QString::fromLatin1(expected[count]));
    }
}
