#pragma once

#include "Account.h"
#include "Random.h"
#include "RecoveryKey.h"
#include "Vault.h"
#include "VaultOptions.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>
#include <QVariantList>

#include <memory>

namespace tessera::test
{
    /// The password every test vault uses.
    QString testPassword();

    /// A deterministic generator (xorshift), so tests that need repeatable keys get them.
    class SeededRandom final : public Random
    {
    public:
        explicit SeededRandom(quint64 seed);
        void fill(unsigned char* buffer, std::size_t size) override;

    private:
        quint64 m_state;
    };

    /// A folder for one test, removed afterwards, and the vault path inside it.
    struct VaultDir
    {
        QTemporaryDir dir;
        [[nodiscard]] QString path(const QString& name = QStringLiteral("vault.tessera")) const;
    };

    /// A TOTP account with a 20-byte secret derived from `seed`.
    Account makeAccount(const QString& issuer, const QString& name, int seed = 1);
    /// An account with every field of Account and RecoveryInfo set to a non-default value.
    Account fullAccount();

    /// Creates a vault with the minimum KDF parameters (fast, but a real Argon2id) and leaves it
    /// unlocked; fails the test on error. The recovery key is stored in `recoveryKey` when given.
    std::unique_ptr<Vault> createVault(
        const QString& path, VaultOptions options = {}, std::unique_ptr<RecoveryKey>* recoveryKey = nullptr);
    /// A fresh Vault object on the same file, unlocked with the test password.
    std::unique_ptr<Vault> openVault(const QString& path, VaultOptions options = {});

    QByteArray readFile(const QString& path);
    void writeFile(const QString& path, const QByteArray& bytes);

    /// Executes one SQL statement on the file through a separate connection (to damage it on purpose).
    void execSql(const QString& path, const QString& sql, const QVariantList& values = {});
    /// The first column of the first row of a query on the file.
    QVariant querySql(const QString& path, const QString& sql);
}
