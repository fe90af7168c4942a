// Reads the project's own fixtures (tests/data/transfer, written by tests/tools/make_transfer_fixtures.py
// from the format notes).
#include "TwoFasFormat.h"
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

TEST(TwoFasFormat, ReadsPlainAndBothEncryptedLayouts)
{
    TwoFasFormat format;
    for (const char* name : {"2fas_plain_v4.2fas", "2fas_encrypted_v4.2fas", "2fas_encrypted_ios.2fas"}) {
        const QByteArray data = readData(QString::fromLatin1(name));
        EXPECT_EQ(format.detect(data), Format::Certain) << name;
        const bool encrypted = QByteArrayView(name).contains("encrypted");
        EXPECT_EQ(format.isEncrypted(data), encrypted) << name;
        auto result = format.read(data, encrypted ? std::optional<QString>(Password) : std::nullopt);
        ASSERT_TRUE(result.ok()) << name << ": " << result.error().message().toStdString();
        EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString()) << name;
        ASSERT_EQ(result->unreadable.size(), 1) << name;
        EXPECT_EQ(result->unreadable.first().label, u"Oddity (odd)");
        EXPECT_TRUE(result->unreadable.first().reason.contains(u"SHA224"));
        EXPECT_EQ(bySecret(*result, QStringLiteral("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")).tags,
            QStringList{QStringLiteral("Work")});
        if (encrypted) {
            expectWrongPassword(format, data);
        }
    }
}

TEST(TwoFasFormat, SchemaOneIsTotpWithDefaults)
{
    TwoFasFormat format;
    auto result = format.read(readData(QStringLiteral("2fas_plain_v1.2fas")), std::nullopt);
    ASSERT_TRUE(result.ok());
    const QList<Account> expected = {fixtureAccounts()[0],
        accountFromUri(QStringLiteral("otpauth://totp/Mail%20Co:carol?secret=ONSWG4TFOQQGC3TEEBWG63THMVZA"))};
    EXPECT_EQ(compareAccounts(expected, result->accounts), QString());
}

TEST(TwoFasFormat, DamagedServicesAfterCorrectPasswordIsCorrupt)
{
    TwoFasFormat format;
    QJsonObject root = QJsonDocument::fromJson(readData(QStringLiteral("2fas_encrypted_v4.2fas"))).object();
    QString sealed = root.value(u"servicesEncrypted").toString();
    sealed[5] = sealed[5] == u'A' ? u'B' : u'A';
    root.insert(QStringLiteral("servicesEncrypted"), sealed);
    auto result = format.read(QJsonDocument(root).toJson(), Password);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), Error::Kind::Corrupt);
    root.insert(QStringLiteral("schemaVersion"), 5);
    auto newer = format.read(QJsonDocument(root).toJson(), Password);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().kind(), Error::Kind::Unsupported);
}
