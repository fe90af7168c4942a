#include "CodeVerifier.h"
#include "OtpGenerator.h"

#include <gtest/gtest.h>

using tessera::CodeVerifier;
using tessera::HashAlgorithm;
using tessera::OtpGenerator;
using tessera::OtpParameters;
using tessera::OtpType;

namespace
{
    // RFC 6238's SHA-1 key; at 59 s its 8-digit code is 94287082.
    OtpParameters totp(int digits = 8)
    {
        return *OtpParameters::create(
            OtpType::Totp, QByteArrayLiteral("12345678901234567890"), HashAlgorithm::Sha1, digits, 30);
    }
}

TEST(CodeVerifier, AcceptsTheCurrentCodeWithSeparators)
{
    const auto match = CodeVerifier::match(totp(), u"9428 7082", 59);
    ASSERT_TRUE(match.has_value());
    EXPECT_EQ(match->offset, 0);
    EXPECT_TRUE(CodeVerifier::match(totp(), u"9428-7082", 59).has_value());
}

TEST(CodeVerifier, AcceptsTheCodeOnePeriodEitherSideAndSaysWhich)
{
    const OtpParameters parameters = totp();
    const qint64 now = 1'111'111'109; // RFC 6238: 07081804
    const QString previous = OtpGenerator::code(parameters, now - 30);
    const QString next = OtpGenerator::code(parameters, now + 30);
    EXPECT_EQ(CodeVerifier::match(parameters, u"07081804", now)->offset, 0);
    EXPECT_EQ(CodeVerifier::match(parameters, previous, now)->offset, -1);
    EXPECT_EQ(CodeVerifier::match(parameters, next, now)->offset, 1);
    const QString twoAgo = OtpGenerator::code(parameters, now - 60);
    EXPECT_FALSE(CodeVerifier::match(parameters, twoAgo, now).has_value());
    EXPECT_EQ(CodeVerifier::match(parameters, twoAgo, now, 2)->offset, -2);
}

TEST(CodeVerifier, RefusesWrongLengthsLettersAndOtherCodes)
{
    EXPECT_FALSE(CodeVerifier::match(totp(), u"9428708", 59).has_value());
    EXPECT_FALSE(CodeVerifier::match(totp(), u"942870822", 59).has_value());
    EXPECT_FALSE(CodeVerifier::match(totp(), u"9428708a", 59).has_value());
    EXPECT_FALSE(CodeVerifier::match(totp(), u"", 59).has_value());
    EXPECT_FALSE(CodeVerifier::match(totp(), u"00000000", 59).has_value());
    // Arabic-Indic digits are digits to Qt, not to a code.
    EXPECT_FALSE(CodeVerifier::match(totp(), u"\u0669\u0664\u0662\u0668\u0667\u0660\u0668\u0662", 59).has_value());
}

TEST(CodeVerifier, HotpLooksAheadOfTheCounterOnly)
{
    // RFC 4226 appendix D: counter 0..3 give 755224, 287082, 359152, 969429.
    const auto parameters = *OtpParameters::create(
        OtpType::Hotp, QByteArrayLiteral("12345678901234567890"), HashAlgorithm::Sha1, 6, 30, 1);
    EXPECT_EQ(CodeVerifier::match(parameters, u"287082", 0)->offset, 0);
    EXPECT_EQ(CodeVerifier::match(parameters, u"359152", 0)->offset, 1);
    EXPECT_FALSE(CodeVerifier::match(parameters, u"755224", 0).has_value());
    EXPECT_FALSE(CodeVerifier::match(parameters, u"969429", 0).has_value());
    EXPECT_EQ(CodeVerifier::match(parameters, u"969429", 0, 2)->offset, 2);
}

TEST(CodeVerifier, SteamCodesIgnoreCase)
{
    const auto parameters = *OtpParameters::create(OtpType::Steam, QByteArrayLiteral("12345678901234567890"));
    const QString code = OtpGenerator::code(parameters, 1'700'000'000);
    ASSERT_EQ(code.size(), 5);
    EXPECT_TRUE(CodeVerifier::match(parameters, code.toLower(), 1'700'000'000).has_value());
    EXPECT_EQ(CodeVerifier::normalized(parameters, code.toLower()), code);
}
