#include "OtpParameters.h"

#include <gtest/gtest.h>

using namespace tessera;

TEST(OtpParameters, AcceptsFourToTenDigitsAndPeriodsFromOneSecondToOneDay)
{
    for (int digits = 4; digits <= 10; ++digits) {
        EXPECT_TRUE(OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, digits).ok()) << digits;
    }
    EXPECT_TRUE(OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 6, 1).ok());
    EXPECT_TRUE(OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 6, 86400).ok());
}

TEST(OtpParameters, RejectsOutOfRangeValuesWithAClearMessage)
{
    auto three = OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 3);
    ASSERT_FALSE(three.ok());
    EXPECT_EQ(three.error().kind(), Error::Kind::InvalidInput);
    EXPECT_TRUE(three.error().message().contains(QStringLiteral("between 4 and 10 digits, not 3")));
    EXPECT_FALSE(OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 11).ok());
    EXPECT_FALSE(OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 6, 0).ok());
    EXPECT_FALSE(OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 6, 86401).ok());
    EXPECT_TRUE(OtpParameters::create(OtpType::Totp, "").error().message().contains(QStringLiteral("empty")));
    EXPECT_TRUE(
        OtpParameters::create(OtpType::Totp, QByteArray(1025, 'x')).error().message().contains(QStringLiteral("1024")));
}

TEST(OtpParameters, HotpKeepsItsCounterOthersIgnoreIt)
{
    const auto hotp = OtpParameters::create(OtpType::Hotp, "k", HashAlgorithm::Sha1, 6, 30, 7).value();
    EXPECT_EQ(hotp.counter(), 7u);
    EXPECT_EQ(hotp.withCounter(8).counter(), 8u);
    EXPECT_FALSE(hotp.isTimeBased());
    const auto totp = OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 6, 30, 7).value();
    EXPECT_EQ(totp.counter(), 0u);
    EXPECT_EQ(totp.withCounter(9).counter(), 0u);
    EXPECT_TRUE(totp.isTimeBased());
}

TEST(OtpParameters, NamesAndParsing)
{
    EXPECT_EQ(OtpParameters::typeName(OtpType::Steam), QStringLiteral("steam"));
    EXPECT_EQ(OtpParameters::algorithmName(HashAlgorithm::Sha256), QStringLiteral("SHA256"));
    EXPECT_EQ(OtpParameters::parseType(u"HOTP"), OtpType::Hotp);
    EXPECT_EQ(OtpParameters::parseType(u"yaotp"), std::nullopt);
    EXPECT_EQ(OtpParameters::parseAlgorithm(u"sha-256"), HashAlgorithm::Sha256);
    EXPECT_EQ(OtpParameters::parseAlgorithm(u"HmacSHA512"), HashAlgorithm::Sha512);
    EXPECT_EQ(OtpParameters::parseAlgorithm(u"MD5"), std::nullopt);
    EXPECT_EQ(OtpParameters::parseAlgorithm(u"SHA224"), std::nullopt);
}

TEST(OtpParameters, EqualityComparesEveryField)
{
    const auto a = OtpParameters::create(OtpType::Totp, "k").value();
    EXPECT_EQ(a, OtpParameters::create(OtpType::Totp, "k").value());
    EXPECT_NE(a, OtpParameters::create(OtpType::Totp, "j").value());
    EXPECT_NE(a, OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha256).value());
    EXPECT_NE(a, OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 8).value());
    EXPECT_NE(a, OtpParameters::create(OtpType::Totp, "k", HashAlgorithm::Sha1, 6, 60).value());
}
