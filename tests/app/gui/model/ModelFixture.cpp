#include "ModelFixture.h"

#include "Account.h"
#include "Credential.h"
#include "OtpGenerator.h"
#include "PasswordKdf.h"

namespace tessera::gui::test
{
    const QString ModelFixture::Password = QStringLiteral("correct horse battery staple");

    void ModelFixture::SetUp()
    {
        ASSERT_TRUE(directory.isValid());
        VaultOptions options;
        options.now = [this] { return clock.nowMilliseconds(); };
        holder = std::make_unique<VaultHolder>(directory.filePath(QStringLiteral("test.tessera")), options);
        auto created = holder->vault().create(Credential::password(Password), PasswordKdf::minimum());
        ASSERT_TRUE(created.ok()) << created.error().message().toStdString();
    }

    void ModelFixture::TearDown()
    {
        holder.reset();
    }

    QUuid ModelFixture::addTotp(const QString& issuer, const QString& name, int period, int digits)
    {
        auto parameters = OtpParameters::create(OtpType::Totp, QByteArray(20, static_cast<char>('a' + m_secretSeed++)),
            HashAlgorithm::Sha1, digits, period);
        EXPECT_TRUE(parameters.ok());
        return add(issuer, name, std::move(parameters).value());
    }

    QUuid ModelFixture::addHotp(const QString& issuer, const QString& name, quint64 counter)
    {
        auto parameters = OtpParameters::create(OtpType::Hotp, QByteArray(20, static_cast<char>('A' + m_secretSeed++)),
            HashAlgorithm::Sha1, OtpParameters::DefaultDigits, OtpParameters::DefaultPeriod, counter);
        EXPECT_TRUE(parameters.ok());
        return add(issuer, name, std::move(parameters).value());
    }

    QUuid ModelFixture::add(const QString& issuer, const QString& name, OtpParameters parameters)
    {
        Account account(std::move(parameters));
        account.issuer = issuer;
        account.accountName = name;
        auto id = vault().add(account);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message().toStdString());
        return id.ok() ? *id : QUuid();
    }

    QString ModelFixture::expectedCode(const QUuid& id) const
    {
        auto code = holder->vault().code(id, unixSeconds());
        EXPECT_TRUE(code.ok());
        return code.ok() ? OtpGenerator::grouped(*code) : QString();
    }
}
