#include "PasswordKdf.h"

#include "ProcessRunner.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

using namespace tessera;

TEST(PasswordKdf, MatchesTheReferenceImplementation)
{
    // Debian's `argon2` (the reference implementation): echo -n password | argon2 somesaltsomesalt -id -t 2 -k 8192 -p
    // 1 -l 32 -r
    const auto key = PasswordKdf::derive("password", "somesaltsomesalt", {2, 8ULL << 20});
    ASSERT_TRUE(key.ok()) << key.error().message().toStdString();
    EXPECT_EQ(
        key->toByteArray().toHex(), QByteArray("fd7e44552d83db6b9c2bc9dbd6d88fe0facd11df4654ac21fe8013fd7a05ebc3"));
}

TEST(PasswordKdf, AgreesWithTheArgon2ToolOnUtf8Passwords)
{
    tessera::test::requireTool(QStringLiteral("argon2"));
    // Non-ASCII passwords reach the KDF as UTF-8 bytes with their byte length (OTPClient's old bug).
    for (const QString& password :
        {QStringLiteral("correct horse"), QStringLiteral("pässwörd ✓ 日本"), QStringLiteral(" ")}) {
        const QByteArray utf8 = password.toUtf8();
        const auto tool = tessera::test::runProcess(QStringLiteral("argon2"),
            {QStringLiteral("Tessera-test-sal"), QStringLiteral("-id"), QStringLiteral("-t"), QStringLiteral("1"),
                QStringLiteral("-k"), QStringLiteral("8192"), QStringLiteral("-p"), QStringLiteral("1"),
                QStringLiteral("-l"), QStringLiteral("32"), QStringLiteral("-r")},
            utf8);
        ASSERT_EQ(tool.exitCode, 0) << tool.err.toStdString();
        const auto ours = PasswordKdf::derive(utf8, "Tessera-test-sal", PasswordKdf::minimum());
        ASSERT_TRUE(ours.ok());
        EXPECT_EQ(ours->toByteArray().toHex(), tool.out.trimmed()) << password.toStdString();
    }
}

TEST(PasswordKdf, BoundsRefuseHostileParametersWithoutRunning)
{
    const auto tooManyPasses = PasswordKdf::derive("pw", "0123456789abcdef", {21, 8ULL << 20});
    ASSERT_FALSE(tooManyPasses.ok());
    EXPECT_EQ(tooManyPasses.error().kind(), Error::Kind::Unsupported);
    EXPECT_TRUE(tooManyPasses.error().message().contains(QStringLiteral("21 passes")));
    EXPECT_FALSE(PasswordKdf::derive("pw", "0123456789abcdef", {0, 8ULL << 20}).ok());
    EXPECT_FALSE(PasswordKdf::derive("pw", "0123456789abcdef", {1, (8ULL << 20) - 1}).ok());
    const auto huge = PasswordKdf::derive("pw", "0123456789abcdef", {1, 64ULL << 30});
    ASSERT_FALSE(huge.ok());
    EXPECT_TRUE(huge.error().message().contains(QStringLiteral("65536 MiB")));
    EXPECT_FALSE(PasswordKdf::derive("pw", "short", PasswordKdf::minimum()).ok());
}

TEST(PasswordKdf, PresetsAreLibsodiumsAndParse)
{
    EXPECT_EQ(PasswordKdf::preset(PasswordKdf::Preset::Fast), (PasswordKdf::Parameters{2, 64ULL << 20}));
    EXPECT_EQ(PasswordKdf::preset(PasswordKdf::Preset::Standard), (PasswordKdf::Parameters{3, 256ULL << 20}));
    EXPECT_EQ(PasswordKdf::preset(PasswordKdf::Preset::Strong), (PasswordKdf::Parameters{4, 1ULL << 30}));
    EXPECT_EQ(PasswordKdf::parsePreset(u"strong"), PasswordKdf::Preset::Strong);
    EXPECT_EQ(PasswordKdf::parsePreset(u"paranoid"), std::nullopt);
    for (const auto preset : {PasswordKdf::Preset::Fast, PasswordKdf::Preset::Standard, PasswordKdf::Preset::Strong}) {
        EXPECT_TRUE(PasswordKdf::checkBounds(PasswordKdf::preset(preset)).ok());
        EXPECT_EQ(PasswordKdf::parsePreset(PasswordKdf::presetName(preset)), preset);
    }
}

TEST(PasswordKdf, DifferentSaltsAndPasswordsGiveDifferentKeys)
{
    const auto a = PasswordKdf::derive("pw", "0123456789abcdef", PasswordKdf::minimum());
    const auto b = PasswordKdf::derive("pw", "0123456789abcdeF", PasswordKdf::minimum());
    const auto c = PasswordKdf::derive("pW", "0123456789abcdef", PasswordKdf::minimum());
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_FALSE(a->equals(*b));
    EXPECT_FALSE(a->equals(*c));
}

TEST(PasswordKdf, AnEmptyPasswordIsDerivedLikeAnyOther)
{
    // A null view (an empty password file) must not reach libsodium as a null pointer (UBSan found it).
    const auto null = PasswordKdf::derive(QByteArrayView(), "0123456789abcdef", PasswordKdf::minimum());
    const auto empty = PasswordKdf::derive("", "0123456789abcdef", PasswordKdf::minimum());
    ASSERT_TRUE(null.ok());
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(null->equals(*empty));
}
