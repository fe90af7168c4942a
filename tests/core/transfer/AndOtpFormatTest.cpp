// Reads the project's own fixtures (tests/data/transfer, written by tests/tools/make_transfer_fixtures.py
// from the format notes).
#include "AndOtpFormat.h"
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

TEST(AndOtpFormat, ReadsPlainAndBothEncryptedLayouts)
{
    AndOtpFormat format;
    const QByteArray plain = readData(QStringLiteral("andotp_plain.json"));
    EXPECT_EQ(format.detect(plain), Format::Certain);
    EXPECT_FALSE(format.isEncrypted(plain));
    for (const char* name : {"andotp_plain.json", "andotp_encrypted_new.bin"}) {
        const QByteArray data = readData(QString::fromLatin1(name));
        auto result = format.read(data, Password);
        ASSERT_TRUE(result.ok()) << name << ": " << result.error().message().toStdString();
        EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString()) << name;
        ASSERT_EQ(result->unreadable.size(), 1);
        EXPECT_TRUE(result->unreadable.first().reason.contains(u"mOTP"));
        EXPECT_EQ(bySecret(*result, QStringLiteral("MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")).tags,
            QStringList{QStringLiteral("Work")});
    }
    // The old layout stored "Issuer - name" labels without an issuer field.
    const QByteArray old = readData(QStringLiteral("andotp_encrypted_old.bin"));
    EXPECT_EQ(format.detect(old), Format::Possible);
    EXPECT_TRUE(format.isEncrypted(old));
    auto result = format.read(old, Password);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString());
    expectWrongPassword(format, readData(QStringLiteral("andotp_encrypted_new.bin")));
    expectWrongPassword(format, old);
}

TEST(AndOtpFormat, HostileIterationCountFallsBackWithoutHanging)
{
    AndOtpFormat format;
    QByteArray data = readData(QStringLiteral("andotp_encrypted_new.bin"));
    data[0] = '\xFF'; // 4 billion iterations: not tried
    auto result = format.read(data, Password);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), Error::Kind::WrongPassword);
}
