// Reads the project's own fixtures (tests/data/transfer, written by tests/tools/make_transfer_fixtures.py
// from the format notes).
#include "StratumFormat.h"
#include "TransferTestSupport.h"

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

TEST(StratumFormat, ReadsPlainEncryptedAndLegacy)
{
    StratumFormat format;
    for (const char* name : {"stratum_plain.json", "stratum_encrypted.bin", "stratum_encrypted_legacy.bin"}) {
        const QByteArray data = readData(QString::fromLatin1(name));
        EXPECT_EQ(format.detect(data), Format::Certain) << name;
        const bool encrypted = QByteArrayView(name).contains("encrypted");
        EXPECT_EQ(format.isEncrypted(data), encrypted);
        auto result = format.read(data, encrypted ? std::optional<QString>(Password) : std::nullopt);
        ASSERT_TRUE(result.ok()) << name << ": " << result.error().message().toStdString();
        EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString()) << name;
        ASSERT_EQ(result->unreadable.size(), 1);
        EXPECT_EQ(result->unreadable.first().label, u"Mobile (mo)");
        EXPECT_EQ(bySecret(*result, QStringLiteral("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")).tags,
            QStringList{QStringLiteral("Work")});
        if (encrypted) {
            expectWrongPassword(format, data);
        }
    }
}

TEST(StratumFormat, TruncatedEncryptedFilesAreInvalid)
{
    StratumFormat format;
    for (const char* name : {"stratum_encrypted.bin", "stratum_encrypted_legacy.bin"}) {
        const QByteArray data = readData(QString::fromLatin1(name));
        auto result = format.read(data.first(40), Password);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind(), Error::Kind::InvalidInput) << name;
    }
}
