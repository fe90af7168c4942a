#include "VaultTestSupport.h"

#include "PasswordKdf.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <atomic>

namespace tessera::test
{
    QString testPassword()
    {
        return QStringLiteral("correct horse battery staple ✓");
    }

    SeededRandom::SeededRandom(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 1)
    { }

    void SeededRandom::fill(unsigned char* buffer, std::size_t size)
    {
        for (std::size_t i = 0; i < size; ++i) {
            m_state ^= m_state << 13;
            m_state ^= m_state >> 7;
            m_state ^= m_state << 17;
            buffer[i] = static_cast<unsigned char>(m_state >> 24);
        }
    }

    QString VaultDir::path(const QString& name) const
    {
        return QDir(dir.path()).filePath(name);
    }

    Account makeAccount(const QString& issuer, const QString& name, int seed)
    {
        QByteArray secret(20, '\0');
        for (int i = 0; i < secret.size(); ++i) {
            secret[i] = static_cast<char>((seed * 31 + i * 7) & 0xFF);
        }
        Account account(OtpParameters::create(OtpType::Totp, secret).value());
        account.issuer = issuer;
        account.accountName = name;
        return account;
    }

    Account fullAccount()
    {
        Account account(OtpParameters::create(OtpType::Hotp, QByteArray("full-field-secret-42"), HashAlgorithm::Sha512,
            8, OtpParameters::DefaultPeriod, 987'654'321'012ULL)
                            .value());
        account.id = QUuid(QStringLiteral("{6f1c1f7e-2a43-4b8e-9d2e-5a0b7c3d9e11}"));
        account.issuer = QStringLiteral("Ünïcødé Bank 🏦");
        account.accountName = QStringLiteral("jane.doe+2fa@example.org");
        account.note = QStringLiteral("Line one\nLine two\twith tab");
        account.tags = {QStringLiteral("finance"), QStringLiteral("critical"), QStringLiteral("日本")};
        account.favorite = true;
        account.position = -77;
        account.trashedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'123'456, Qt::UTC);
        account.createdAt = QDateTime::fromMSecsSinceEpoch(1'600'000'000'001, Qt::UTC);
        account.modifiedAt = QDateTime::fromMSecsSinceEpoch(1'650'000'000'002, Qt::UTC);
        account.lastVerifiedAt = QDateTime::fromMSecsSinceEpoch(1'690'000'000'003, Qt::UTC);
        account.recovery.email = QStringLiteral("recovery@example.org");
        account.recovery.phone = QStringLiteral("+44 20 7946 0958");
        account.recovery.phoneCheckedOn = QDate(2024, 2, 29);
        account.recovery.recoveryCodes = {
            {QStringLiteral("abcd-efgh"), false, QDateTime()},
            {QStringLiteral("ijkl-mnop"), true, QDateTime::fromMSecsSinceEpoch(1'695'000'000'004, Qt::UTC)},
        };
        account.recovery.secondFactor = SecondFactor::SecurityKey;
        account.recovery.recoveryUrl = QStringLiteral("https://bank.example/recover?x=1&y=2");
        account.recovery.note = QStringLiteral("Call the branch; ask for form 7B.");
        return account;
    }

    std::unique_ptr<Vault> createVault(
        const QString& path, VaultOptions options, std::unique_ptr<RecoveryKey>* recoveryKey)
    {
        auto vault = std::make_unique<Vault>(path, std::move(options));
        auto created = vault->create(Credential::password(testPassword()), PasswordKdf::minimum());
        EXPECT_TRUE(created.ok()) << (created.ok() ? std::string() : created.error().message().toStdString());
        if (!created.ok()) {
            return nullptr;
        }
        if (recoveryKey != nullptr) {
            *recoveryKey = std::make_unique<RecoveryKey>(std::move(created).value());
        }
        return vault;
    }

    std::unique_ptr<Vault> openVault(const QString& path, VaultOptions options)
    {
        auto vault = std::make_unique<Vault>(path, std::move(options));
        auto unlocked = vault->unlock(Credential::password(testPassword()));
        EXPECT_TRUE(unlocked.ok()) << (unlocked.ok() ? std::string() : unlocked.error().message().toStdString());
        if (!unlocked.ok()) {
            return nullptr;
        }
        return vault;
    }

    QByteArray readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "cannot read " << path.toStdString();
            return {};
        }
        return file.readAll();
    }

    void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    namespace
    {
        QString nextName()
        {
            static std::atomic<int> counter{0};
            return QStringLiteral("tessera-test-sql-%1").arg(++counter);
        }

        template <typename Body> void withConnection(const QString& path, Body body)
        {
            const QString name = nextName();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                ASSERT_TRUE(db.open());
                body(db);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    void execSql(const QString& path, const QString& sql, const QVariantList& values)
    {
        withConnection(path, [&sql, &values](QSqlDatabase& db) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.prepare(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
            for (const QVariant& value : values) {
                query.addBindValue(value);
            }
            ASSERT_TRUE(query.exec()) << sql.toStdString() << ": " << query.lastError().text().toStdString();
        });
    }

    QVariant querySql(const QString& path, const QString& sql)
    {
        QVariant value;
        withConnection(path, [&](QSqlDatabase& db) {
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
            if (query.next()) {
                value = query.value(0);
            }
        });
        return value;
    }
}
