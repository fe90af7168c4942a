#include "VaultCliFixture.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace tessera::test
{
    VaultCliFixture::VaultCliFixture()
        : m_vaultPath(QDir(m_dir.path()).filePath(QStringLiteral("vault.tessera")))
        , m_passwordFile(QDir(m_dir.path()).filePath(QStringLiteral("password.txt")))
    {
        QFile file(m_passwordFile);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(password().toUtf8() + "\n");
    }

    QString VaultCliFixture::file(const QString& name) const
    {
        return QDir(m_dir.path()).filePath(name);
    }

    QStringList VaultCliFixture::minimumKdf()
    {
        return {QStringLiteral("--kdf-ops"), QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("8")};
    }

    CliRun VaultCliFixture::run(const QStringList& arguments, const QByteArray& standardInput) const
    {
        return runCli(
            QStringList{QStringLiteral("--vault"), m_vaultPath, QStringLiteral("--password-file"), m_passwordFile}
                + arguments,
            standardInput);
    }

    CliRun VaultCliFixture::runBare(const QStringList& arguments, const QByteArray& standardInput) const
    {
        return runCli(QStringList{QStringLiteral("--vault"), m_vaultPath} + arguments, standardInput);
    }

    CliRun VaultCliFixture::runProcess(const QStringList& arguments, const QByteArray& standardInput) const
    {
        return runCliProcess(
            QStringList{QStringLiteral("--vault"), m_vaultPath, QStringLiteral("--password-file"), m_passwordFile}
                + arguments,
            standardInput);
    }

    QList<Account> VaultCliFixture::vaultAccounts(Vault::Filter filter) const
    {
        QList<Account> accounts;
        // tessera-cli runs here with a fixed clock in 2023: a real clock would find its trash expired.
        VaultOptions options;
        options.purgeExpiredTrashOnUnlock = false;
        Vault vault(m_vaultPath, options);
        const auto unlocked = vault.unlock(Credential::password(password()));
        EXPECT_TRUE(unlocked.ok()) << (unlocked.ok() ? std::string() : unlocked.error().message().toStdString());
        if (!unlocked.ok()) {
            return accounts;
        }
        for (const AccountSummary& summary : vault.accounts(filter)) {
            auto account = vault.account(summary.id);
            EXPECT_TRUE(account.ok());
            if (account.ok()) {
                accounts.append(*account);
            }
        }
        return accounts;
    }

    QByteArray VaultCliFixture::vaultBytes() const
    {
        QFile file(m_vaultPath);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    QString VaultCliFixture::init()
    {
        const CliRun result = run(QStringList{QStringLiteral("init")} + minimumKdf());
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.out.trimmed();
    }

    QString VaultCliFixture::add(
        const QString& issuer, const QString& account, const QString& secret, const QStringList& extra)
    {
        const CliRun result = run(QStringList{QStringLiteral("add"), QStringLiteral("--issuer"), issuer,
                                      QStringLiteral("--account"), account, QStringLiteral("--secret"), secret}
            + extra);
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return result.out.trimmed();
    }
}
