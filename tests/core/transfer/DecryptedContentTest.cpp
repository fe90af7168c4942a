// The entry points behind the key derivation (readDecrypted, used by the "_content" fuzz targets) read exactly
// what read() reads after decrypting, and the containers of encrypted files are checked before a password is
// asked for (which lets the container fuzz targets reach them without running a KDF).
#include "AccountJson.h"
#include "AegisFormat.h"
#include "AndOtpFormat.h"
#include "BitwardenFormat.h"
#include "StratumFormat.h"
#include "TesseraBackupFormat.h"
#include "TransferTestSupport.h"
#include "TwoFasFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    const QString Password = QStringLiteral("fixture-password");

    QJsonObject jsonObject(const QString& fixture)
    {
        return QJsonDocument::fromJson(readData(fixture)).object();
    }

    QByteArray compact(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QByteArray compact(const QJsonArray& array)
    {
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    }

    /// Both reads succeed and give the same accounts, unreadable entries and warnings.
    void expectSameImport(const Result<ImportResult>& decrypted, const Result<ImportResult>& encrypted)
    {
        ASSERT_TRUE(decrypted.ok()) << decrypted.error().message().toStdString();
        ASSERT_TRUE(encrypted.ok()) << encrypted.error().message().toStdString();
        EXPECT_EQ(compareAccounts(encrypted->accounts, decrypted->accounts), QString());
        EXPECT_EQ(decrypted->unreadable, encrypted->unreadable);
        EXPECT_EQ(decrypted->warnings, encrypted->warnings);
        EXPECT_EQ(decrypted->formatId, encrypted->formatId);
    }

    void expectInvalid(const Result<ImportResult>& result, const char* context)
    {
        ASSERT_FALSE(result.ok()) << context;
        EXPECT_EQ(result.error().kind(), Error::Kind::InvalidInput)
            << context << ": " << result.error().message().toStdString();
    }
}

TEST(DecryptedContent, AegisReadsTheVaultContent)
{
    const AegisFormat format;
    const QByteArray content = compact(jsonObject(QStringLiteral("aegis_plain.json")).value(u"db").toObject());
    expectSameImport(
        format.readDecrypted(content), format.read(readData(QStringLiteral("aegis_encrypted.json")), Password));
    expectInvalid(format.readDecrypted("[]"), "a list");
    expectInvalid(format.readDecrypted(""), "nothing");
}

TEST(DecryptedContent, TwoFasReadsTheServicesWithTheFileGroups)
{
    const TwoFasFormat format;
    const QJsonObject plain = jsonObject(QStringLiteral("2fas_plain_v4.2fas"));
    const auto decrypted
        = format.readDecrypted(compact(plain.value(u"services").toArray()), plain.value(u"groups").toArray());
    expectSameImport(decrypted, format.read(readData(QStringLiteral("2fas_encrypted_v4.2fas")), Password));
    ASSERT_TRUE(decrypted.ok());
    const Account* forge = findBySecret(decrypted->accounts, QStringLiteral("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"));
    ASSERT_NE(forge, nullptr);
    EXPECT_EQ(forge->tags, QStringList{QStringLiteral("Work")});
    expectInvalid(format.readDecrypted("{}"), "an object");
}

TEST(DecryptedContent, AndOtpReadsTheList)
{
    const AndOtpFormat format;
    expectSameImport(format.readDecrypted(readData(QStringLiteral("andotp_plain.json"))),
        format.read(readData(QStringLiteral("andotp_encrypted_new.bin")), Password));
    expectInvalid(format.readDecrypted("{}"), "an object");
}

TEST(DecryptedContent, StratumReadsTheBackupObject)
{
    const StratumFormat format;
    expectSameImport(format.readDecrypted(readData(QStringLiteral("stratum_plain.json"))),
        format.read(readData(QStringLiteral("stratum_encrypted.bin")), Password));
    expectInvalid(format.readDecrypted("[]"), "a list");
}

TEST(DecryptedContent, BitwardenReadsTheExportObject)
{
    const BitwardenFormat format;
    expectSameImport(format.readDecrypted(readData(QStringLiteral("bitwarden.json"))),
        format.read(readData(QStringLiteral("bitwarden_encrypted_pbkdf2.json")), Password));
    expectInvalid(format.readDecrypted("login_totp\n"), "CSV");
}

TEST(DecryptedContent, TesseraBackupReadsTheWholeAccounts)
{
    const TesseraBackupFormat format;
    const QList<Account> accounts = richAccounts();
    QJsonArray list;
    for (const Account& account : accounts) {
        list.append(AccountJson::toJson(account));
    }
    const QJsonObject content{
        {QStringLiteral("format"), QStringLiteral("tessera-backup")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("accounts"), list},
    };
    auto result = format.readDecrypted(compact(content));
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    ASSERT_EQ(result->accounts.size(), accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        EXPECT_EQ(result->accounts[i], accounts[i]) << describe(accounts[i]).toStdString();
    }
    QJsonObject newer = content;
    newer.insert(QStringLiteral("version"), 2);
    auto refused = format.readDecrypted(compact(newer));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Unsupported);
}

TEST(DecryptedContent, DamagedTwoFasContainerIsReportedBeforeThePassword)
{
    const TwoFasFormat format;
    QJsonObject root = jsonObject(QStringLiteral("2fas_encrypted_v4.2fas"));
    const auto needsPassword = format.read(compact(root), std::nullopt);
    ASSERT_FALSE(needsPassword.ok());
    EXPECT_EQ(needsPassword.error().kind(), Error::Kind::WrongPassword);

    QJsonObject damaged = root;
    damaged.insert(QStringLiteral("servicesEncrypted"), QStringLiteral("no-colons-here"));
    expectInvalid(format.read(compact(damaged), std::nullopt), "services without a password");
    expectInvalid(format.read(compact(damaged), Password), "services with the password");
    damaged = root;
    damaged.insert(QStringLiteral("reference"), QStringLiteral("AAAA:!!:AAAA"));
    expectInvalid(format.read(compact(damaged), std::nullopt), "reference without a password");
}

TEST(DecryptedContent, DamagedBitwardenContainerIsReportedBeforeThePassword)
{
    const BitwardenFormat format;
    const QJsonObject root = jsonObject(QStringLiteral("bitwarden_encrypted_pbkdf2.json"));
    const auto needsPassword = format.read(compact(root), std::nullopt);
    ASSERT_FALSE(needsPassword.ok());
    EXPECT_EQ(needsPassword.error().kind(), Error::Kind::WrongPassword);

    QJsonObject damaged = root;
    damaged.insert(QStringLiteral("data"), QStringLiteral("3.not-an-encstring"));
    expectInvalid(format.read(compact(damaged), std::nullopt), "data without a password");
    damaged = root;
    damaged.insert(QStringLiteral("salt"), 12);
    expectInvalid(format.read(compact(damaged), std::nullopt), "salt without a password");

    // A hostile key derivation is refused without asking for a password, and without running it.
    QJsonObject hostile = root;
    hostile.insert(QStringLiteral("kdfIterations"), 2000000000);
    auto pbkdf2 = format.read(compact(hostile), std::nullopt);
    ASSERT_FALSE(pbkdf2.ok());
    EXPECT_EQ(pbkdf2.error().kind(), Error::Kind::Unsupported);
    hostile = jsonObject(QStringLiteral("bitwarden_encrypted_argon2.json"));
    hostile.insert(QStringLiteral("kdfMemory"), 4096);
    auto argon2 = format.read(compact(hostile), std::nullopt);
    ASSERT_FALSE(argon2.ok());
    EXPECT_EQ(argon2.error().kind(), Error::Kind::Unsupported);
    hostile.insert(QStringLiteral("kdfType"), 9);
    auto unknown = format.read(compact(hostile), std::nullopt);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind(), Error::Kind::Unsupported);
}

TEST(DecryptedContent, CutOffStratumFileIsReportedBeforeThePassword)
{
    const StratumFormat format;
    for (const char* name : {"stratum_encrypted.bin", "stratum_encrypted_legacy.bin"}) {
        const QByteArray data = readData(QString::fromLatin1(name));
        const auto whole = format.read(data, std::nullopt);
        ASSERT_FALSE(whole.ok()) << name;
        EXPECT_EQ(whole.error().kind(), Error::Kind::WrongPassword) << name;
        expectInvalid(format.read(data.first(40), std::nullopt), name);
        // The AES-GCM layout needs its 16-byte tag after magic, salt and IV; AES-CBC whole blocks.
        const bool legacy = QByteArrayView(name).contains("legacy");
        expectInvalid(format.read(data.first(legacy ? data.size() - 1 : 16 + 16 + 12 + 15), std::nullopt), name);
    }
}
