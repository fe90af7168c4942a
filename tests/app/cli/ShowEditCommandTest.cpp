#include "VaultCliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using tessera::test::VaultCliFixture;

TEST(ShowCommand, DetailsWithoutTheSecretUnlessTheUriIsAskedFor)
{
    VaultCliFixture f;
    f.init();
    const QString id = f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    const auto show = f.run({QStringLiteral("show"), QStringLiteral("github")});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_TRUE(show.out.contains(QStringLiteral("Issuer:         GitHub")));
    EXPECT_TRUE(show.out.contains(QStringLiteral("TOTP, SHA1, 6 digits, 30 s")));
    EXPECT_TRUE(show.out.contains(id));
    EXPECT_FALSE(show.out.contains(QStringLiteral("JBSWY3DPEHPK3PXP")));

    const auto uri = f.run({QStringLiteral("show"), QStringLiteral("github"), QStringLiteral("--uri")});
    EXPECT_EQ(uri.out,
        QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub&algorithm=SHA1&digits=6&"
                       "period=30\n"));

    const auto json = f.run({QStringLiteral("show"), QStringLiteral("github"), QStringLiteral("--json")});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("id")).toString(), id);
    EXPECT_FALSE(object.contains(QStringLiteral("uri")));
    EXPECT_FALSE(json.out.contains(QStringLiteral("JBSWY3DPEHPK3PXP")));
    const auto both
        = f.run({QStringLiteral("show"), QStringLiteral("github"), QStringLiteral("--json"), QStringLiteral("--uri")});
    EXPECT_TRUE(QJsonDocument::fromJson(both.out.toUtf8())
                    .object()
                    .value(QStringLiteral("uri"))
                    .toString()
                    .contains(QStringLiteral("secret=JBSWY3DPEHPK3PXP")));
}

TEST(EditCommand, ChangesEveryFieldItOffersAndNothingElse)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"));
    const QString codes = f.file(QStringLiteral("codes.txt"));
    QFile file(codes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("aaaa-1111\n\n  bbbb-2222  \naaaa-1111\n");
    file.close();
    const auto edit = f.run({QStringLiteral("edit"), QStringLiteral("bank"), QStringLiteral("--issuer"),
        QStringLiteral("Big Bank"), QStringLiteral("--account"), QStringLiteral("joe.b"), QStringLiteral("--note"),
        QStringLiteral("branch 12"), QStringLiteral("--tags"), QStringLiteral("money, family ,money"),
        QStringLiteral("--email"), QStringLiteral("joe@example.org"), QStringLiteral("--phone"),
        QStringLiteral("+1 (555) 010-9999"), QStringLiteral("--recovery-url"), QStringLiteral("https://bank.example/r"),
        QStringLiteral("--add-recovery-codes"), codes, QStringLiteral("--second-factor"),
        QStringLiteral("security-key")});
    ASSERT_EQ(edit.exitCode, 0) << edit.err.toStdString();
    EXPECT_TRUE(edit.err.contains(QStringLiteral("Updated Big Bank (joe.b)")));
    // Adding the same codes again keeps one copy of each.
    ASSERT_EQ(f.run({QStringLiteral("edit"), QStringLiteral("big bank"), QStringLiteral("--add-recovery-codes"), codes})
                  .exitCode,
        0);

    const auto json = f.run({QStringLiteral("show"), QStringLiteral("big bank"), QStringLiteral("--json")});
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("issuer")).toString(), QStringLiteral("Big Bank"));
    EXPECT_EQ(object.value(QStringLiteral("account")).toString(), QStringLiteral("joe.b"));
    EXPECT_EQ(object.value(QStringLiteral("note")).toString(), QStringLiteral("branch 12"));
    EXPECT_EQ(object.value(QStringLiteral("tags")).toArray(),
        (QJsonArray{QStringLiteral("money"), QStringLiteral("family")}));
    const QJsonObject recovery = object.value(QStringLiteral("recovery")).toObject();
    EXPECT_EQ(recovery.value(QStringLiteral("email")).toString(), QStringLiteral("joe@example.org"));
    EXPECT_EQ(recovery.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 (555) 010-9999"));
    EXPECT_EQ(recovery.value(QStringLiteral("phone_checked_on")).toString(), QStringLiteral("2023-11-14"));
    EXPECT_EQ(recovery.value(QStringLiteral("url")).toString(), QStringLiteral("https://bank.example/r"));
    EXPECT_EQ(recovery.value(QStringLiteral("second_factor")).toString(), QStringLiteral("security-key"));
    const QJsonArray stored = recovery.value(QStringLiteral("recovery_codes")).toArray();
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("bbbb-2222"));
    EXPECT_FALSE(stored.at(1).toObject().value(QStringLiteral("used")).toBool());

    const auto human = f.run({QStringLiteral("show"), QStringLiteral("big bank")});
    EXPECT_TRUE(human.out.contains(QStringLiteral("Recovery codes: 2 (2 unused)")));
    EXPECT_TRUE(human.out.contains(QStringLiteral("+1 (555) 010-9999 (checked 2023-11-14)")));

    // Clearing the tags.
    ASSERT_EQ(
        f.run({QStringLiteral("edit"), QStringLiteral("big bank"), QStringLiteral("--tags"), QString()}).exitCode, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(
        f.run({QStringLiteral("show"), QStringLiteral("big bank"), QStringLiteral("--json")}).out.toUtf8())
                    .object()
                    .value(QStringLiteral("tags"))
                    .toArray()
                    .isEmpty());
}

TEST(EditCommand, UsageErrors)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"));
    EXPECT_EQ(f.run({QStringLiteral("edit"), QStringLiteral("bank")}).exitCode, 1);
    EXPECT_EQ(f.run({QStringLiteral("edit"), QStringLiteral("bank"), QStringLiteral("--second-factor"),
                        QStringLiteral("sms")})
                  .exitCode,
        1);
    EXPECT_EQ(f.run({QStringLiteral("edit"), QStringLiteral("bank"), QStringLiteral("--add-recovery-codes"),
                        f.file(QStringLiteral("missing.txt"))})
                  .exitCode,
        3);
    EXPECT_EQ(f.run({QStringLiteral("edit"), QStringLiteral("nobody"), QStringLiteral("--note"), QStringLiteral("x")})
                  .exitCode,
        4);
}

TEST(TrashCommands, RmRestorePurge)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Temp"), QStringLiteral("t"));
    const auto rm = f.run({QStringLiteral("rm"), QStringLiteral("temp")});
    ASSERT_EQ(rm.exitCode, 0);
    EXPECT_TRUE(rm.err.contains(QStringLiteral("Moved Temp (t) to the trash")));
    const auto restore = f.run({QStringLiteral("restore"), QStringLiteral("temp")});
    ASSERT_EQ(restore.exitCode, 0);
    EXPECT_TRUE(restore.err.contains(QStringLiteral("Restored Temp (t)")));
    ASSERT_EQ(f.run({QStringLiteral("rm"), QStringLiteral("temp")}).exitCode, 0);
    const auto purge = f.run({QStringLiteral("purge"), QStringLiteral("temp")});
    ASSERT_EQ(purge.exitCode, 0);
    EXPECT_TRUE(purge.err.contains(QStringLiteral("Deleted Temp (t) for good")));
    EXPECT_TRUE(f.run({QStringLiteral("list"), QStringLiteral("--trash"), QStringLiteral("--json")})
                    .out.trimmed()
                    .startsWith(QStringLiteral("[")));
    EXPECT_EQ(f.run({QStringLiteral("restore"), QStringLiteral("temp")}).exitCode, 4);
    EXPECT_EQ(f.run({QStringLiteral("rm")}).exitCode, 1);
}
