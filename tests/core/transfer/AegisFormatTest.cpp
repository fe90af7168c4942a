#include "AegisFormat.h"
#include "TestPaths.h"
#include "TransferTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    const QString Password = QStringLiteral("fixture-password");

    QJsonObject parse(const QByteArray& data)
    {
        return QJsonDocument::fromJson(data).object();
    }

    /// Compares with (or, with TESSERA_UPDATE_GOLDEN=1, rewrites) an expected export under
    /// tests/data/transfer/expected.
    void expectGolden(const QString& name, const QByteArray& actual)
    {
        const QString path = dataPath(QStringLiteral("transfer/expected/") + name);
        if (qEnvironmentVariableIsSet("TESSERA_UPDATE_GOLDEN")) {
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(actual);
            return;
        }
        EXPECT_EQ(readFile(path), actual) << "the " << name.toStdString() << " export changed";
    }
}

TEST(AegisFormat, ReadsPlainFixture)
{
    AegisFormat format;
    const QByteArray data = readData(QStringLiteral("aegis_plain.json"));
    EXPECT_EQ(format.detect(data), Format::Certain);
    EXPECT_FALSE(format.isEncrypted(data));
    auto result = format.read(data, std::nullopt);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString());
    ASSERT_EQ(result->unreadable.size(), 2);
    EXPECT_EQ(result->unreadable[0].label, u"Yandex (yuri)");
    EXPECT_TRUE(result->unreadable[0].reason.contains(u"Yandex"));
    EXPECT_EQ(result->unreadable[1].label, u"Mobile (mo)");
    EXPECT_TRUE(result->unreadable[1].reason.contains(u"mOTP"));
    const Account* alice = findBySecret(result->accounts, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    ASSERT_NE(alice, nullptr);
    EXPECT_EQ(alice->tags, QStringList{QStringLiteral("Finance")});
    EXPECT_EQ(alice->note, u"note of alice@example.com");
    EXPECT_FALSE(alice->id.isNull());
    const Account* bob = findBySecret(result->accounts, QStringLiteral("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"));
    ASSERT_NE(bob, nullptr);
    EXPECT_TRUE(bob->favorite);
}

TEST(AegisFormat, ReadsContentVersionOneWithLegacyGroup)
{
    AegisFormat format;
    auto result = format.read(readData(QStringLiteral("aegis_v1_plain.json")), std::nullopt);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->accounts.size(), 2);
    EXPECT_EQ(result->accounts[0].tags, QStringList{QStringLiteral("Legacy")});
    EXPECT_EQ(result->accounts[1].parameters.type(), OtpType::Hotp);
    EXPECT_EQ(result->accounts[1].parameters.counter(), 42U);
}

TEST(AegisFormat, ReadsEncryptedFixtureSkippingBiometricSlot)
{
    AegisFormat format;
    const QByteArray data = readData(QStringLiteral("aegis_encrypted.json"));
    EXPECT_EQ(format.detect(data), Format::Certain);
    EXPECT_TRUE(format.isEncrypted(data));
    auto result = format.read(data, Password);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString());
    EXPECT_EQ(result->unreadable.size(), 2);

    auto wrong = format.read(data, QStringLiteral("not the password"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind(), Error::Kind::WrongPassword);
    EXPECT_TRUE(wrong.error().message().contains(u"password"));
    auto missing = format.read(data, std::nullopt);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind(), Error::Kind::WrongPassword);
    EXPECT_TRUE(missing.error().message().contains(u"encrypted"));
}

TEST(AegisFormat, RefusesNewerVersionsAndHostileSlots)
{
    AegisFormat format;
    QJsonObject root = parse(readData(QStringLiteral("aegis_plain.json")));
    root.insert(QStringLiteral("version"), 2);
    auto newer = format.read(QJsonDocument(root).toJson(), std::nullopt);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().kind(), Error::Kind::Unsupported);

    root = parse(readData(QStringLiteral("aegis_plain.json")));
    QJsonObject db = root.value(u"db").toObject();
    db.insert(QStringLiteral("version"), 4);
    root.insert(QStringLiteral("db"), db);
    auto newerContent = format.read(QJsonDocument(root).toJson(), std::nullopt);
    ASSERT_FALSE(newerContent.ok());
    EXPECT_EQ(newerContent.error().kind(), Error::Kind::Unsupported);

    for (const auto& [key, value] : {std::pair{QStringLiteral("n"), 1 << 22}, std::pair{QStringLiteral("n"), 1000},
             std::pair{QStringLiteral("r"), 64}, std::pair{QStringLiteral("p"), 100}}) {
        QJsonObject encrypted = parse(readData(QStringLiteral("aegis_encrypted.json")));
        QJsonObject header = encrypted.value(u"header").toObject();
        QJsonArray slotList = header.value(u"slots").toArray();
        QJsonObject slot = slotList[1].toObject();
        slot.insert(key, value);
        slotList[1] = slot;
        header.insert(QStringLiteral("slots"), slotList);
        encrypted.insert(QStringLiteral("header"), header);
        auto hostile = format.read(QJsonDocument(encrypted).toJson(), Password);
        ASSERT_FALSE(hostile.ok()) << key.toStdString();
        EXPECT_EQ(hostile.error().kind(), Error::Kind::Unsupported);
        EXPECT_TRUE(hostile.error().message().contains(u"scrypt")) << hostile.error().message().toStdString();
    }
}

TEST(AegisFormat, WrongEntryTypesAreUnreadableNotFatal)
{
    AegisFormat format;
    QJsonObject root = parse(readData(QStringLiteral("aegis_plain.json")));
    QJsonObject db = root.value(u"db").toObject();
    QJsonArray entries = db.value(u"entries").toArray();
    QJsonObject first = entries[0].toObject();
    QJsonObject info = first.value(u"info").toObject();
    info.insert(QStringLiteral("digits"), QStringLiteral("six"));
    first.insert(QStringLiteral("info"), info);
    entries[0] = first;
    QJsonObject second = entries[1].toObject();
    QJsonObject info2 = second.value(u"info").toObject();
    info2.insert(QStringLiteral("secret"), QStringLiteral("not base32!"));
    second.insert(QStringLiteral("info"), info2);
    entries[1] = second;
    QJsonObject third = entries[2].toObject();
    QJsonObject info3 = third.value(u"info").toObject();
    info3.insert(QStringLiteral("digits"), 3);
    third.insert(QStringLiteral("info"), info3);
    entries[2] = third;
    entries.append(42);
    db.insert(QStringLiteral("entries"), entries);
    root.insert(QStringLiteral("db"), db);
    auto result = format.read(QJsonDocument(root).toJson(), std::nullopt);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->accounts.size(), 2);
    ASSERT_EQ(result->unreadable.size(), 6);
    EXPECT_EQ(result->unreadable[0].label, u"Example Bank (alice@example.com)");
    EXPECT_EQ(result->unreadable[0].reason, u"The field 'digits' should be a number, not text.");
    EXPECT_TRUE(result->unreadable[1].reason.contains(u"base32"));
    EXPECT_TRUE(result->unreadable[2].reason.contains(u"3-digit"));
    EXPECT_EQ(result->unreadable[5].label, u"entry 8");
}

TEST(AegisFormat, PlainExportFollowsVaultMd)
{
    AegisFormat format;
    FixedRandom random(11);
    ExportOptions options;
    options.random = &random;
    auto written = format.write(richAccounts(), options);
    ASSERT_TRUE(written.ok());
    expectGolden(QStringLiteral("aegis_plain_export.json"), written->data);
    const QJsonObject root = parse(written->data);
    EXPECT_EQ(root.value(u"version").toInt(), 1);
    EXPECT_TRUE(root.value(u"header").toObject().value(u"slots").isNull());
    EXPECT_TRUE(root.value(u"header").toObject().value(u"params").isNull());
    const QJsonObject db = root.value(u"db").toObject();
    EXPECT_EQ(db.value(u"version").toInt(), 3);
    const QJsonArray entries = db.value(u"entries").toArray();
    ASSERT_EQ(entries.size(), 4); // the trashed Steam account is left out
    ASSERT_EQ(written->leftOut.size(), 1);
    EXPECT_EQ(written->leftOut.first().reason, u"It is in the trash.");
    EXPECT_EQ(written->warnings.size(), 1); // recovery information is lost
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        for (const char* key : {"type", "uuid", "name", "issuer", "note", "favorite", "icon", "info", "groups"}) {
            EXPECT_TRUE(entry.contains(QLatin1String(key))) << key;
        }
        EXPECT_TRUE(entry.value(u"icon").isNull());
    }
    const QJsonArray groups = db.value(u"groups").toArray();
    ASSERT_EQ(groups.size(), 3); // Finance, Personal, Work
    EXPECT_EQ(entries[0].toObject().value(u"uuid").toString(), u"00000000-0000-4000-8000-000000000001");
    EXPECT_EQ(entries[0].toObject().value(u"groups").toArray().size(), 2);

    auto back = format.read(written->data, std::nullopt);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->accounts.size(), 4);
    EXPECT_EQ(back->accounts[0].tags, (QStringList{QStringLiteral("Finance"), QStringLiteral("Personal")}));
    EXPECT_EQ(back->accounts[0].note, richAccounts()[0].note);
    EXPECT_TRUE(back->accounts[0].favorite);
    EXPECT_EQ(back->accounts[0].id, richAccounts()[0].id);
}

TEST(AegisFormat, EncryptedExportHasOnePasswordSlot)
{
    AegisFormat format;
    FixedRandom random(12);
    ExportOptions options;
    options.random = &random;
    options.password = QStringLiteral("export pässword");
    auto written = format.write(richAccounts(), options);
    ASSERT_TRUE(written.ok());
    expectGolden(QStringLiteral("aegis_encrypted_export.json"), written->data);
    const QJsonObject root = parse(written->data);
    const QJsonObject header = root.value(u"header").toObject();
    const QJsonArray slotList = header.value(u"slots").toArray();
    ASSERT_EQ(slotList.size(), 1);
    const QJsonObject slot = slotList.first().toObject();
    EXPECT_EQ(slot.value(u"type").toInt(), 1);
    EXPECT_EQ(slot.value(u"n").toInt(), 32768);
    EXPECT_EQ(slot.value(u"r").toInt(), 8);
    EXPECT_EQ(slot.value(u"p").toInt(), 1);
    EXPECT_EQ(slot.value(u"salt").toString().size(), 64);
    EXPECT_EQ(slot.value(u"key").toString().size(), 64);
    EXPECT_EQ(slot.value(u"key_params").toObject().value(u"nonce").toString().size(), 24);
    EXPECT_EQ(slot.value(u"key_params").toObject().value(u"tag").toString().size(), 32);
    EXPECT_TRUE(slot.value(u"repaired").toBool());
    EXPECT_FALSE(slot.value(u"is_backup").toBool(true));
    EXPECT_FALSE(QUuid::fromString(slot.value(u"uuid").toString()).isNull());
    EXPECT_EQ(header.value(u"params").toObject().value(u"nonce").toString().size(), 24);
    EXPECT_TRUE(root.value(u"db").isString());

    auto back = format.read(written->data, options.password);
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
    QList<Account> active = richAccounts();
    active.removeAt(3); // in the trash: left out
    EXPECT_EQ(compareAccounts(active, back->accounts), QString());
    EXPECT_EQ(format.read(written->data, QStringLiteral("export password")).error().kind(), Error::Kind::WrongPassword);
}
