// Reads the project's own fixtures (tests/data/transfer, written by tests/tools/make_transfer_fixtures.py
// from the format notes).
#include "BitwardenFormat.h"
#include "TransferTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    const QString Password = QStringLiteral("fixture-password");

    void expectWrongPassword(const Format& format, const QByteArray& data)
    {
        auto wrong = format.read(data, QStringLiteral("wrong password"));
        ASSERT_FALSE(wrong.ok()) << format.id().toStdString();
        EXPECT_EQ(wrong.error().kind(), Error::Kind::WrongPassword) << wrong.error().message().toStdString();
        EXPECT_TRUE(wrong.error().message().contains(u"password"));
        auto missing = format.read(data, std::nullopt);
        ASSERT_FALSE(missing.ok());
        EXPECT_EQ(missing.error().kind(), Error::Kind::WrongPassword);
    }

    const Account& bySecret(const ImportResult& result, const QString& base32)
    {
        const Account* account = findBySecret(result.accounts, base32);
        EXPECT_NE(account, nullptr) << base32.toStdString();
        static const Account none(OtpParameters::create(OtpType::Totp, QByteArray(10, 'x')).value());
        return account != nullptr ? *account : none;
    }
}

TEST(BitwardenFormat, ReadsJsonCsvAndPasswordProtectedExports)
{
    BitwardenFormat format;
    for (const char* name :
        {"bitwarden.json", "bitwarden.csv", "bitwarden_encrypted_pbkdf2.json", "bitwarden_encrypted_argon2.json"}) {
        const QByteArray data = readData(QString::fromLatin1(name));
        EXPECT_EQ(format.detect(data), Format::Certain) << name;
        const bool encrypted = QByteArrayView(name).contains("encrypted");
        EXPECT_EQ(format.isEncrypted(data), encrypted) << name;
        auto result = format.read(data, encrypted ? std::optional<QString>(Password) : std::nullopt);
        ASSERT_TRUE(result.ok()) << name << ": " << result.error().message().toStdString();
        EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString()) << name;
        ASSERT_EQ(result->unreadable.size(), 1) << name;
        EXPECT_EQ(result->unreadable.first().label, u"Yandex (yuri)");
        EXPECT_TRUE(result->unreadable.first().reason.contains(u"Yandex"));
        const Account& alice = bySecret(*result, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        EXPECT_TRUE(alice.note.startsWith(u"bank notes")) << name;
        EXPECT_EQ(bySecret(*result, QStringLiteral("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")).tags,
            QStringList{QStringLiteral("Work")});
        if (encrypted) {
            expectWrongPassword(format, data);
        }
    }
    auto csv = format.read(readData(QStringLiteral("bitwarden.csv")), std::nullopt);
    ASSERT_TRUE(csv.ok());
    EXPECT_EQ(bySecret(*csv, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).note,
        u"bank notes, with \"quotes\"\nand a second line");
}

TEST(BitwardenFormat, AccountRestrictedExportIsRefusedWithAdvice)
{
    BitwardenFormat format;
    auto result
        = format.read(R"({"encrypted": true, "encKeyValidation_DO_NOT_EDIT": "2.x|y|z", "data": "2.a|b|c"})", Password);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), Error::Kind::Unsupported);
    EXPECT_TRUE(result.error().message().contains(u"Password protected"));
}

TEST(BitwardenFormat, HostileKdfParametersAreRefused)
{
    BitwardenFormat format;
    QJsonObject root = QJsonDocument::fromJson(readData(QStringLiteral("bitwarden_encrypted_pbkdf2.json"))).object();
    root.insert(QStringLiteral("kdfIterations"), 2000000000);
    auto pbkdf2 = format.read(QJsonDocument(root).toJson(), Password);
    ASSERT_FALSE(pbkdf2.ok());
    EXPECT_EQ(pbkdf2.error().kind(), Error::Kind::Unsupported);
    root = QJsonDocument::fromJson(readData(QStringLiteral("bitwarden_encrypted_argon2.json"))).object();
    root.insert(QStringLiteral("kdfMemory"), 4096);
    auto argon2 = format.read(QJsonDocument(root).toJson(), Password);
    ASSERT_FALSE(argon2.ok());
    EXPECT_EQ(argon2.error().kind(), Error::Kind::Unsupported);
}
