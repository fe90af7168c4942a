#include "VaultCliFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using tessera::test::VaultCliFixture;

// Codes cross-checked with oathtool: oathtool --totp -b JBSWY3DPEHPK3PXP -N @1700000000 -w 1
// and oathtool --hotp -b JBSWY3DPEHPK3PXP -c 0 -w 2.

TEST(CodeCommand, TotpDigitsAloneWithNextOnASecondLine)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    const auto code = f.run(
        {QStringLiteral("code"), QStringLiteral("github"), QStringLiteral("--at"), QStringLiteral("1700000000")});
    ASSERT_EQ(code.exitCode, 0) << code.err.toStdString();
    EXPECT_EQ(code.out, QStringLiteral("324550\n"));
    const auto next = f.run({QStringLiteral("code"), QStringLiteral("github"), QStringLiteral("--at"),
        QStringLiteral("1700000000"), QStringLiteral("--next")});
    EXPECT_EQ(next.out, QStringLiteral("324550\n367665\n"));
    // Without --at: the command's clock (the harness pins it at 1,700,000,000 s).
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("github")}).out, QStringLiteral("324550\n"));
    const auto json = f.run({QStringLiteral("code"), QStringLiteral("github"), QStringLiteral("--at"),
        QStringLiteral("1700000000"), QStringLiteral("--json"), QStringLiteral("--next")});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("code")).toString(), QStringLiteral("324550"));
    EXPECT_EQ(object.value(QStringLiteral("next")).toString(), QStringLiteral("367665"));
    EXPECT_EQ(object.value(QStringLiteral("remaining_s")).toInt(), 10);
    EXPECT_EQ(object.value(QStringLiteral("issuer")).toString(), QStringLiteral("GitHub"));
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("github"), QStringLiteral("--at"), QStringLiteral("-5")})
                  .exitCode,
        1);
}

TEST(CodeCommand, HotpAdvancesAndSavesTheCounter)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"), QStringLiteral("JBSWY3DPEHPK3PXP"),
        {QStringLiteral("--type"), QStringLiteral("hotp")});
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("bank")}).out, QStringLiteral("282760\n"));
    const auto second = f.run({QStringLiteral("code"), QStringLiteral("bank"), QStringLiteral("--json")});
    const QJsonObject object = QJsonDocument::fromJson(second.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("code")).toString(), QStringLiteral("996554"));
    EXPECT_EQ(object.value(QStringLiteral("counter")).toInt(), 1);
    EXPECT_FALSE(object.contains(QStringLiteral("remaining_s")));
    const auto list = f.run({QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("\"counter\": 2"))) << list.out.toStdString();
    const auto withNext = f.run({QStringLiteral("code"), QStringLiteral("bank"), QStringLiteral("--next")});
    const QStringList lines = withNext.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_NE(lines.at(0), lines.at(1));
    // The second line was only shown: the next call gives it as the current code.
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("bank")}).out, lines.at(1) + QLatin1Char('\n'));
}
