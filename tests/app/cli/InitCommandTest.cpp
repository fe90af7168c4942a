#include "RecoveryKey.h"
#include "Vault.h"
#include "VaultCliFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <sys/stat.h>

using tessera::test::VaultCliFixture;

namespace
{
    const QRegularExpression RecoveryKeyPattern(QStringLiteral("^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$"));

    unsigned modeOf(const QString& path)
    {
        struct stat info = {};
        ::stat(QFile::encodeName(path).constData(), &info);
        return info.st_mode & 0777;
    }
}

TEST(InitCommand, CreatesAnOwnerOnlyVaultAndPrintsTheRecoveryKeyOnce)
{
    VaultCliFixture f;
    const auto run = f.run(QStringList{QStringLiteral("init")} + VaultCliFixture::minimumKdf());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString key = run.out.trimmed();
    EXPECT_TRUE(RecoveryKeyPattern.match(key).hasMatch()) << key.toStdString();
    EXPECT_EQ(run.out.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Created the vault")));
    EXPECT_EQ(modeOf(f.vaultPath()), 0600u);

    // The printed key really opens the vault.
    tessera::Vault vault(f.vaultPath());
    ASSERT_TRUE(vault.unlock(tessera::Credential::recoveryKey(tessera::RecoveryKey::parse(key).value())).ok());
    EXPECT_EQ(vault.passwordParameters(), tessera::PasswordKdf::minimum());
}

TEST(InitCommand, RefusesAnExistingFileWithExitFive)
{
    VaultCliFixture f;
    f.init();
    const QByteArray before = [&f] {
        QFile file(f.vaultPath());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    const auto again = f.run(QStringList{QStringLiteral("init")} + VaultCliFixture::minimumKdf());
    EXPECT_EQ(again.exitCode, 5);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists"))) << again.err.toStdString();
    EXPECT_TRUE(again.out.isEmpty());
    QFile file(f.vaultPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST(InitCommand, WritesTheRecoveryKeyToANewOwnerOnlyFile)
{
    VaultCliFixture f;
    const QString keyFile = f.file(QStringLiteral("recovery.txt"));
    const auto run = f.run(QStringList{QStringLiteral("init"), QStringLiteral("--recovery-key-out"), keyFile}
        + VaultCliFixture::minimumKdf());
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(modeOf(keyFile), 0600u);
    QFile file(keyFile);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(RecoveryKeyPattern.match(QString::fromUtf8(file.readAll()).trimmed()).hasMatch());

    // The key opens the vault through --recovery-key-file.
    const auto list = tessera::test::runCli({QStringLiteral("--vault"), f.vaultPath(),
        QStringLiteral("--recovery-key-file"), keyFile, QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();

    // An existing key file is never overwritten, and then no vault is made either.
    VaultCliFixture g;
    const QString taken = g.file(QStringLiteral("taken.txt"));
    QFile existing(taken);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("old key\n");
    existing.close();
    const auto refused = g.run(QStringList{QStringLiteral("init"), QStringLiteral("--recovery-key-out"), taken}
        + VaultCliFixture::minimumKdf());
    EXPECT_EQ(refused.exitCode, 5);
    EXPECT_FALSE(QFileInfo::exists(g.vaultPath()));
}

TEST(InitCommand, KdfOptionsAreCheckedAsUsage)
{
    VaultCliFixture f;
    const QStringList bad[] = {
        {QStringLiteral("--kdf"), QStringLiteral("turbo")},
        {QStringLiteral("--kdf"), QStringLiteral("fast"), QStringLiteral("--kdf-ops"), QStringLiteral("2")},
        {QStringLiteral("--kdf-ops"), QStringLiteral("2")},
        {QStringLiteral("--kdf-ops"), QStringLiteral("0"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("8")},
        {QStringLiteral("--kdf-ops"), QStringLiteral("21"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("8")},
        {QStringLiteral("--kdf-ops"), QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("7")},
        {QStringLiteral("--kdf-ops"), QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("4096")},
        {QStringLiteral("--kdf-ops"), QStringLiteral("x"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("8")},
    };
    for (const QStringList& options : bad) {
        const auto run = f.run(QStringList{QStringLiteral("init")} + options);
        EXPECT_EQ(run.exitCode, 1) << options.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFileInfo::exists(f.vaultPath()));
    }
    const auto withRecovery
        = f.runBare({QStringLiteral("--recovery-key-file"), f.file(QStringLiteral("k")), QStringLiteral("init")});
    EXPECT_EQ(withRecovery.exitCode, 1);
}

TEST(InitCommand, FastPresetAndPasswordFromStandardInput)
{
    VaultCliFixture f;
    const auto run = f.runBare({QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("fast")},
        QByteArray("from stdin\nsecond line is ignored\n"));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    tessera::Vault vault(f.vaultPath());
    ASSERT_TRUE(vault.unlock(tessera::Credential::password(QStringLiteral("from stdin"))).ok());
    EXPECT_EQ(vault.passwordParameters(), tessera::PasswordKdf::preset(tessera::PasswordKdf::Preset::Fast));
}

TEST(InitCommand, EmptyOrMissingPasswordIsRefused)
{
    VaultCliFixture f;
    const auto empty = f.runBare(QStringList{QStringLiteral("init")} + VaultCliFixture::minimumKdf(), QByteArray("\n"));
    EXPECT_EQ(empty.exitCode, 3);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("empty")));
    const auto none = f.runBare(QStringList{QStringLiteral("init")} + VaultCliFixture::minimumKdf());
    EXPECT_EQ(none.exitCode, 3);
    EXPECT_TRUE(none.err.contains(QStringLiteral("No password")));
    const auto missingFile = f.runBare(
        QStringList{QStringLiteral("--password-file"), f.file(QStringLiteral("nope")), QStringLiteral("init")}
        + VaultCliFixture::minimumKdf());
    EXPECT_EQ(missingFile.exitCode, 3);
    EXPECT_FALSE(QFileInfo::exists(f.vaultPath()));
}
