#include "VaultCliFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <gtest/gtest.h>

using tessera::test::VaultCliFixture;

TEST(AddCommand, FromAUriOrFromFieldsPrintsTheId)
{
    VaultCliFixture f;
    f.init();
    const auto uri = f.run({QStringLiteral("add"),
        QStringLiteral("otpauth://totp/ACME:jane?secret=JBSWY3DPEHPK3PXP&issuer=ACME&digits=8&algorithm=SHA256")});
    ASSERT_EQ(uri.exitCode, 0) << uri.err.toStdString();
    EXPECT_FALSE(QUuid(uri.out.trimmed()).isNull());
    EXPECT_TRUE(uri.err.contains(QStringLiteral("Added ACME (jane)")));
    const QString hotp = f.add(QStringLiteral("Bank"), QStringLiteral("joe"), QStringLiteral("GEZDGNBVGY3TQOJQ"),
        {QStringLiteral("--type"), QStringLiteral("hotp"), QStringLiteral("--counter"), QStringLiteral("7")});
    const QString steam = f.add(QStringLiteral("Steam"), QStringLiteral("gamer"), QStringLiteral("GEZDGNBVGY3TQOJQ"),
        {QStringLiteral("--type"), QStringLiteral("steam")});
    EXPECT_FALSE(QUuid(hotp).isNull());

    const auto list = f.run({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 3);
    const QJsonObject acme = array.at(0).toObject();
    EXPECT_EQ(acme.value(QStringLiteral("issuer")).toString(), QStringLiteral("ACME"));
    EXPECT_EQ(acme.value(QStringLiteral("digits")).toInt(), 8);
    EXPECT_EQ(acme.value(QStringLiteral("algorithm")).toString(), QStringLiteral("SHA256"));
    const QJsonObject bank = array.at(1).toObject();
    EXPECT_EQ(bank.value(QStringLiteral("id")).toString(), hotp);
    EXPECT_EQ(bank.value(QStringLiteral("counter")).toInt(), 7);
    EXPECT_TRUE(bank.value(QStringLiteral("period")).isNull());
    EXPECT_EQ(array.at(2).toObject().value(QStringLiteral("digits")).toInt(), 5);
    EXPECT_EQ(array.at(2).toObject().value(QStringLiteral("id")).toString(), steam);
}

TEST(AddCommand, BadInputExitsWithTheContractCodes)
{
    VaultCliFixture f;
    f.init();
    EXPECT_EQ(f.run({QStringLiteral("add"), QStringLiteral("otpauth://totp/x?secret=!!!")}).exitCode, 3);
    EXPECT_EQ(f.run({QStringLiteral("add"), QStringLiteral("not a uri")}).exitCode, 3);
    EXPECT_EQ(f.run({QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X"), QStringLiteral("--secret"),
                        QStringLiteral("01!")})
                  .exitCode,
        3);
    EXPECT_EQ(f.run({QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X"), QStringLiteral("--secret"),
                        QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--digits"), QStringLiteral("12")})
                  .exitCode,
        3);
    EXPECT_EQ(f.run({QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X")}).exitCode, 1);
    EXPECT_EQ(
        f.run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP")}).exitCode, 1);
    EXPECT_EQ(f.run({QStringLiteral("add"), QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP"),
                        QStringLiteral("--issuer"), QStringLiteral("X")})
                  .exitCode,
        1);
    EXPECT_EQ(f.run({QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("X"), QStringLiteral("--secret"),
                        QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--type"), QStringLiteral("motp")})
                  .exitCode,
        1);
    const auto list = f.run({QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.isEmpty());
    EXPECT_TRUE(list.err.contains(QStringLiteral("no accounts")));
}

TEST(ListCommand, JsonHasExactlyTheContractKeysAndNoSecrets)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    const auto tagged = f.run(
        {QStringLiteral("edit"), QStringLiteral("github"), QStringLiteral("--tags"), QStringLiteral("work,code")});
    ASSERT_EQ(tagged.exitCode, 0) << tagged.err.toStdString();
    const auto list = f.run({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_FALSE(list.out.contains(QStringLiteral("JBSWY3DPEHPK3PXP")));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(list.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonObject first = document.array().first().toObject();
    QStringList keys = first.keys();
    keys.sort();
    EXPECT_EQ(keys,
        (QStringList{QStringLiteral("account"), QStringLiteral("algorithm"), QStringLiteral("counter"),
            QStringLiteral("digits"), QStringLiteral("favorite"), QStringLiteral("id"), QStringLiteral("issuer"),
            QStringLiteral("period"), QStringLiteral("tags"), QStringLiteral("type")}));
    EXPECT_EQ(
        first.value(QStringLiteral("tags")).toArray(), (QJsonArray{QStringLiteral("work"), QStringLiteral("code")}));
    EXPECT_EQ(first.value(QStringLiteral("favorite")).toBool(), false);
    EXPECT_EQ(first.value(QStringLiteral("period")).toInt(), 30);
    EXPECT_TRUE(first.value(QStringLiteral("counter")).isNull());

    const auto human = f.run({QStringLiteral("list")});
    EXPECT_TRUE(human.out.contains(QStringLiteral("GitHub (alice)  totp")));
    EXPECT_FALSE(human.out.contains(QStringLiteral("JBSWY3DPEHPK3PXP")));
}

TEST(ListCommand, TrashIsListedSeparately)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Keep"), QStringLiteral("k"));
    f.add(QStringLiteral("Gone"), QStringLiteral("g"));
    ASSERT_EQ(f.run({QStringLiteral("rm"), QStringLiteral("gone")}).exitCode, 0);
    EXPECT_FALSE(f.run({QStringLiteral("list")}).out.contains(QStringLiteral("Gone")));
    const auto trash = f.run({QStringLiteral("list"), QStringLiteral("--trash")});
    EXPECT_TRUE(trash.out.contains(QStringLiteral("Gone (g)")));
    EXPECT_TRUE(trash.out.contains(QStringLiteral("trashed 2023-11-14")));
    const auto json = f.run({QStringLiteral("list"), QStringLiteral("--trash"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject().value(QStringLiteral("trashed_at")),
        QJsonValue(QStringLiteral("2023-11-14T22:13:20.000Z")));
}
