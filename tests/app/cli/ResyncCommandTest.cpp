#include "VaultCliFixture.h"

#include "OtpGenerator.h"
#include "OtpUri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::VaultCliFixture;

namespace
{
    constexpr qint64 T = 1'700'000'000; // the harness's clock, in seconds
    const QString Secret = QStringLiteral("JBSWY3DPEHPK3PXP");

    OtpParameters parameters(const QString& query)
    {
        const QString uri = QStringLiteral("otpauth://") + query + QStringLiteral("&secret=") + Secret;
        return OtpUri::parse(uri).value().parameters();
    }

    QString totpAt(qint64 periods, const QString& query = QStringLiteral("totp/x?digits=6"))
    {
        return OtpGenerator::code(parameters(query), T + periods * 30);
    }

    QString hotpAt(quint64 counter)
    {
        return OtpGenerator::codeForCounter(parameters(QStringLiteral("hotp/x?counter=0")), counter);
    }

    QJsonObject listed(const VaultCliFixture& f)
    {
        const auto list = f.run({QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        return QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
    }
}

TEST(ResyncCommand, FindsTotpOffsetsInBothDirections)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("GitHub"), QStringLiteral("alice"), Secret);
    const QString at = QString::number(T);

    const auto ahead = f.run({QStringLiteral("resync"), QStringLiteral("github"), QStringLiteral("--code"), totpAt(3),
        QStringLiteral("--at"), at});
    ASSERT_EQ(ahead.exitCode, 0) << ahead.err.toStdString();
    EXPECT_TRUE(ahead.out.startsWith(QStringLiteral("offset: +3 periods (about +90 s)\n"))) << ahead.out.toStdString();
    EXPECT_TRUE(ahead.out.contains(QStringLiteral("3 periods ahead"))) << ahead.out.toStdString();

    const auto behind = f.run({QStringLiteral("resync"), QStringLiteral("github"), QStringLiteral("--code"), totpAt(-2),
        QStringLiteral("--code"), totpAt(-1), QStringLiteral("--at"), at});
    ASSERT_EQ(behind.exitCode, 0) << behind.err.toStdString();
    EXPECT_TRUE(behind.out.startsWith(QStringLiteral("offset: -2 periods (about -60 s)\n")))
        << behind.out.toStdString();

    // --at moves the search: the same code is 7 periods ahead of a time 4 periods earlier.
    const auto moved = f.run({QStringLiteral("resync"), QStringLiteral("github"), QStringLiteral("--code"), totpAt(3),
        QStringLiteral("--at"), QString::number(T - 4 * 30)});
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_TRUE(moved.out.startsWith(QStringLiteral("offset: +7 periods"))) << moved.out.toStdString();

    // Without --at: the command's clock. The current code matches now; --apply has nothing to save.
    const auto now = f.run({QStringLiteral("resync"), QStringLiteral("github"), QStringLiteral("--code"), totpAt(0),
        QStringLiteral("--apply")});
    ASSERT_EQ(now.exitCode, 0) << now.err.toStdString();
    EXPECT_TRUE(now.out.startsWith(QStringLiteral("offset: 0 periods"))) << now.out.toStdString();
    EXPECT_TRUE(now.err.contains(QStringLiteral("Nothing to save"))) << now.err.toStdString();
}

TEST(ResyncCommand, WrongSettingsAreFoundAndApplySavesThem)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"), Secret); // imported as 6 digits; the provider uses 8
    const QString eight = QStringLiteral("totp/x?digits=8");
    const QStringList resync{QStringLiteral("resync"), QStringLiteral("bank"), QStringLiteral("--code"),
        totpAt(0, eight), QStringLiteral("--code"), totpAt(1, eight), QStringLiteral("--at"), QString::number(T)};

    const auto found = f.run(resync);
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.startsWith(QStringLiteral("settings: SHA1, 8 digits, 30 s period")))
        << found.out.toStdString();
    EXPECT_TRUE(found.err.contains(QStringLiteral("--apply"))) << found.err.toStdString();
    EXPECT_EQ(listed(f).value(QStringLiteral("digits")).toInt(), 6) << "nothing saved without --apply";

    const auto applied = f.run(resync + QStringList{QStringLiteral("--apply")});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("Saved: Bank (joe) now uses SHA1, 8 digits, 30 s period.")))
        << applied.out.toStdString();
    EXPECT_EQ(listed(f).value(QStringLiteral("digits")).toInt(), 8);
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("bank"), QStringLiteral("--at"), QString::number(T)}).out,
        totpAt(0, eight) + QLatin1Char('\n'));
}

TEST(ResyncCommand, FindsTheHotpCounterAndApplySavesIt)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"), Secret, {QStringLiteral("--type"), QStringLiteral("hotp")});
    const QStringList resync{QStringLiteral("resync"), QStringLiteral("bank"), QStringLiteral("--code"), hotpAt(5),
        QStringLiteral("--code"), hotpAt(6)};

    const auto found = f.run(resync);
    ASSERT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.startsWith(QStringLiteral("counter: 5 (next: 7)\n"))) << found.out.toStdString();
    EXPECT_EQ(listed(f).value(QStringLiteral("counter")).toInt(), 0);

    const auto applied = f.run(resync + QStringList{QStringLiteral("--apply")});
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_TRUE(applied.out.contains(QStringLiteral("Saved: the counter of Bank (joe) is now 7.")))
        << applied.out.toStdString();
    EXPECT_EQ(listed(f).value(QStringLiteral("counter")).toInt(), 7);
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("bank")}).out, hotpAt(7) + QLatin1Char('\n'));

    // One code is enough too.
    const auto one = f.run({QStringLiteral("resync"), QStringLiteral("bank"), QStringLiteral("--code"), hotpAt(20)});
    EXPECT_TRUE(one.out.startsWith(QStringLiteral("counter: 20 (next: 21)\n"))) << one.out.toStdString();
}

TEST(ResyncCommand, NothingFoundExitsWithFourAndOneSentence)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("GitHub"), QStringLiteral("alice"), Secret);
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"), Secret, {QStringLiteral("--type"), QStringLiteral("hotp")});

    const auto totp = f.run({QStringLiteral("resync"), QStringLiteral("github"), QStringLiteral("--code"), totpAt(40),
        QStringLiteral("--code"), totpAt(41), QStringLiteral("--at"), QString::number(T)});
    EXPECT_EQ(totp.exitCode, 4) << totp.out.toStdString();
    EXPECT_TRUE(totp.out.isEmpty()) << totp.out.toStdString();
    EXPECT_TRUE(totp.err.startsWith(QStringLiteral("Nothing found: "))) << totp.err.toStdString();
    EXPECT_EQ(totp.err.trimmed().count(QStringLiteral(". ")), 0) << "one sentence: " << totp.err.toStdString();

    const auto hotp = f.run({QStringLiteral("resync"), QStringLiteral("bank"), QStringLiteral("--code"), hotpAt(500),
        QStringLiteral("--apply")});
    EXPECT_EQ(hotp.exitCode, 4) << hotp.out.toStdString();
    EXPECT_TRUE(hotp.err.startsWith(QStringLiteral("Nothing found: no counter from 0 to 99")))
        << hotp.err.toStdString();
    EXPECT_EQ(listed(f).value(QStringLiteral("counter")).toInt(), 0) << "nothing saved";

    EXPECT_EQ(
        f.run({QStringLiteral("resync"), QStringLiteral("nobody"), QStringLiteral("--code"), totpAt(0)}).exitCode, 4);
}

TEST(ResyncCommand, UsageAndInputErrors)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("GitHub"), QStringLiteral("alice"), Secret);
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"), Secret, {QStringLiteral("--type"), QStringLiteral("hotp")});
    const QString code = QStringLiteral("--code");
    EXPECT_EQ(f.run({QStringLiteral("resync"), QStringLiteral("github")}).exitCode, 1);
    EXPECT_EQ(f.run({QStringLiteral("resync"), code, QStringLiteral("123456")}).exitCode, 1);
    EXPECT_EQ(f.run({QStringLiteral("resync"), QStringLiteral("github"), code, QStringLiteral("1"), code,
                        QStringLiteral("2"), code, QStringLiteral("3")})
                  .exitCode,
        1);
    EXPECT_EQ(f.run({QStringLiteral("resync"), QStringLiteral("github"), code, QStringLiteral("123456"),
                        QStringLiteral("--at"), QStringLiteral("soon")})
                  .exitCode,
        1);
    EXPECT_EQ(f.run({QStringLiteral("resync"), QStringLiteral("bank"), code, hotpAt(1), QStringLiteral("--at"),
                        QString::number(T)})
                  .exitCode,
        1);
    const auto letters = f.run({QStringLiteral("resync"), QStringLiteral("github"), code, QStringLiteral("12ab56")});
    EXPECT_EQ(letters.exitCode, 3);
    EXPECT_TRUE(letters.err.contains(QStringLiteral("digit"))) << letters.err.toStdString();
    const auto help = f.run({QStringLiteral("resync"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("resync QUERY [--code C] [--at UNIX_SECONDS] [--apply]")))
        << help.out.toStdString();
}
