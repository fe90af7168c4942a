#include "OtpGenerator.h"

#include <gtest/gtest.h>

using tessera::OtpGenerator;

TEST(OtpGenerator, GroupsDigitsForReading)
{
    EXPECT_EQ(OtpGenerator::grouped(QStringLiteral("1234")), QStringLiteral("1234"));
    EXPECT_EQ(OtpGenerator::grouped(QStringLiteral("FR8RV")), QStringLiteral("FR8RV"));
    EXPECT_EQ(OtpGenerator::grouped(QStringLiteral("123456")), QStringLiteral("123 456"));
    EXPECT_EQ(OtpGenerator::grouped(QStringLiteral("1234567")), QStringLiteral("123 4567"));
    EXPECT_EQ(OtpGenerator::grouped(QStringLiteral("12345678")), QStringLiteral("1234 5678"));
    EXPECT_EQ(OtpGenerator::grouped(QStringLiteral("123456789")), QStringLiteral("123 456 789"));
    EXPECT_EQ(OtpGenerator::grouped(QStringLiteral("1234567890")), QStringLiteral("123 456 7890"));
}
