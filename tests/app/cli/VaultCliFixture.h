#pragma once

#include "Account.h"
#include "CliHarness.h"
#include "Vault.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tessera::test
{
    /// A temporary folder with a password file, and tessera-cli run in-process against a vault in
    /// it (the minimum KDF parameters, so tests stay fast).
    class VaultCliFixture
    {
    public:
        VaultCliFixture();

        [[nodiscard]] QString file(const QString& name) const;
        [[nodiscard]] const QString& vaultPath() const { return m_vaultPath; }
        [[nodiscard]] const QString& passwordFile() const { return m_passwordFile; }
        [[nodiscard]] static QString password() { return QStringLiteral("hunter2 but longer ✓"); }

        /// tessera-cli --vault V --password-file P ARGS...
        [[nodiscard]] CliRun run(const QStringList& arguments, const QByteArray& standardInput = {}) const;
        /// tessera-cli --vault V ARGS... (the password comes from standard input or elsewhere)
        [[nodiscard]] CliRun runBare(const QStringList& arguments, const QByteArray& standardInput = {}) const;
        /// The real executable: tessera-cli --vault V --password-file P ARGS...
        [[nodiscard]] CliRun runProcess(const QStringList& arguments, const QByteArray& standardInput = {}) const;

        /// init with the minimum KDF; returns the recovery key (the test fails if init does).
        QString init();
        /// add --issuer I --account A --secret S [extra...]; returns the id.
        QString add(const QString& issuer,
            const QString& account,
            const QString& secret = QStringLiteral("JBSWY3DPEHPK3PXP"),
            const QStringList& extra = {});

        /// The accounts in the vault, read directly (not through tessera-cli); the test fails if it
        /// cannot be unlocked.
        [[nodiscard]] QList<Account> vaultAccounts(Vault::Filter filter = Vault::Filter::All) const;
        /// The vault file's bytes, to check that a failed command wrote nothing.
        [[nodiscard]] QByteArray vaultBytes() const;

        static QStringList minimumKdf();

    private:
        QTemporaryDir m_dir;
        QString m_vaultPath;
        QString m_passwordFile;
    };
}
