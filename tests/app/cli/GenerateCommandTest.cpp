#include "CliHarness.h"
#include "ProcessRunner.h"
#include "TestPaths.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using tessera::test::runCli;
using tessera::test::runCliProcess;

namespace
{
    const QString Rfc6238Sha1
        = QStringLiteral("otpauth://totp/RFC:6238?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8");
}

TEST(GenerateCommand, PrintsTheDigitsAloneOnALine)
{
    const auto run
        = runCli({QStringLiteral("generate"), Rfc6238Sha1, QStringLiteral("--at"), QStringLiteral("1234567890")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QStringLiteral("89005924\n"));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(GenerateCommand, NextPrintsTheFollowingPeriodOnASecondLine)
{
    const auto run = runCli({QStringLiteral("generate"), Rfc6238Sha1, QStringLiteral("--at"),
        QStringLiteral("1111111079"), QStringLiteral("--next")});
    EXPECT_EQ(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines[1], QStringLiteral("07081804"));
}

TEST(GenerateCommand, UsesTheInjectedClockWithoutAt)
{
    const auto run = runCli({QStringLiteral("generate"), Rfc6238Sha1}, {}, 59'000);
    EXPECT_EQ(run.out, QStringLiteral("94287082\n"));
}

TEST(GenerateCommand, HotpUsesTheUriCounter)
{
    const auto run = runCli({QStringLiteral("generate"),
        QStringLiteral("otpauth://hotp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=3"),
        QStringLiteral("--next")});
    EXPECT_EQ(run.out, QStringLiteral("969429\n338314\n"));
}

TEST(GenerateCommand, SteamCodes)
{
    const auto run = runCli(
        {QStringLiteral("generate"), QStringLiteral("otpauth://steam/Steam:me?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK"),
            QStringLiteral("--at=1511200518")});
    EXPECT_EQ(run.out, QStringLiteral("FR8RV\n"));
}

TEST(GenerateCommand, InvalidUriExitsThreeWithOneSentence)
{
    const auto run = runCli({QStringLiteral("generate"), QStringLiteral("otpauth://totp/x?secret=GEZ1GNBV")});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count(u'\n'), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("'1' at position 4")));

    EXPECT_EQ(runCli({QStringLiteral("generate"), QStringLiteral("https://example.com")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("generate"), QStringLiteral("otpauth://hotp/x?secret=GEZDGNBV")}).exitCode, 3);
}

TEST(GenerateCommand, UsageErrorsExitOne)
{
    EXPECT_EQ(runCli({QStringLiteral("generate")}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("generate"), Rfc6238Sha1, Rfc6238Sha1}).exitCode, 1);
    const auto badAt
        = runCli({QStringLiteral("generate"), Rfc6238Sha1, QStringLiteral("--at"), QStringLiteral("yesterday")});
    EXPECT_EQ(badAt.exitCode, 1);
    EXPECT_TRUE(badAt.err.contains(QStringLiteral("'yesterday'")));
    EXPECT_EQ(runCli({QStringLiteral("generate"), Rfc6238Sha1, QStringLiteral("--at=-5")}).exitCode, 1);
}

TEST(GenerateCommand, RealExecutableExitCodesAndStreams)
{
    const auto ok
        = runCliProcess({QStringLiteral("generate"), Rfc6238Sha1, QStringLiteral("--at"), QStringLiteral("59")});
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_EQ(ok.out, QStringLiteral("94287082\n"));
    const auto bad = runCliProcess({QStringLiteral("generate"), QStringLiteral("otpauth://totp/x")});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_TRUE(bad.out.isEmpty());
    EXPECT_TRUE(bad.err.contains(QStringLiteral("no secret")));
}

// The executable agrees with oathtool on random inputs (the end-to-end criterion).
// oathtool's verbose output gives the base32 form of the secret, so the URI is not built by our encoder.
TEST(GenerateCommand, RealExecutableAgreesWithOathtool)
{
    tessera::test::requireTool(QStringLiteral("oathtool"));
    QRandomGenerator random(42);
    const char* modes[] = {"SHA1", "SHA256", "SHA512"};
    for (int i = 0; i < 40; ++i) {
        const QString mode = QString::fromLatin1(modes[random.bounded(3)]);
        const int digits = random.bounded(6, 9);
        const int period = random.bounded(1, 200);
        const qint64 time = random.bounded(0x7FFFFFFF);
        QByteArray secret(random.bounded(10, 64), '\0');
        for (auto& byte : secret) {
            byte = static_cast<char>(random.bounded(256));
        }
        const auto oath = tessera::test::runProcess(QStringLiteral("oathtool"),
            {QStringLiteral("--totp=%1").arg(mode.toLower()), QStringLiteral("--time-step-size=%1s").arg(period),
                QStringLiteral("--now=@%1").arg(time), QStringLiteral("--digits=%1").arg(digits), QStringLiteral("-v"),
                QString::fromLatin1(secret.toHex())});
        ASSERT_EQ(oath.exitCode, 0) << oath.err.toStdString();
        const QStringList lines = QString::fromUtf8(oath.out).trimmed().split(u'\n');
        QString base32;
        for (const QString& line : lines) {
            if (line.startsWith(QStringLiteral("Base32 secret:"))) {
                base32 = line.section(u':', 1).trimmed();
            }
        }
        ASSERT_FALSE(base32.isEmpty()) << oath.out.toStdString();
        const QString theirs = lines.last().trimmed();

        const auto ours = runCliProcess({QStringLiteral("generate"),
            QStringLiteral("otpauth://totp/x?secret=%1&algorithm=%2&digits=%3&period=%4")
                .arg(base32, mode)
                .arg(digits)
                .arg(period),
            QStringLiteral("--at=%1").arg(time)});
        EXPECT_EQ(ours.exitCode, 0) << ours.err.toStdString();
        EXPECT_EQ(ours.out.trimmed(), theirs) << base32.toStdString() << " " << mode.toStdString();
    }
}
