#include "TestPaths.h"
#include "Vault.h"
#include "VaultFormat.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    // tests/data/vault/README.md describes the fixture.
    const QString FixturePassword = QStringLiteral("schema1-password");
    const QString FixtureRecoveryKey
        = QStringLiteral("PIN6-VU4L-HFQ4-3M77-XKOD-AFDU-JWPZ-RCQP-XZ23-OAF4-MWV7-I34N-B3GA-WV27");
    const QUuid Alice(QStringLiteral("af6c4217-bba8-40d4-ae27-62ef45310fa1"));
    const QUuid Carol(QStringLiteral("e9c13922-eeda-490d-bfb9-d6371b154c5a"));
    const QUuid Bob(QStringLiteral("54531c62-da59-47d7-8e8b-a42ef4b016d6"));

    /// A day after the fixture was written, so Bob is not purged from the trash.
    VaultOptions fixtureOptions()
    {
        VaultOptions options;
        options.now = [] { return QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch(); };
        return options;
    }

    /// The schema-1 fixture copied into the test's folder (opening it migrates it).
    QString copyFixture(const VaultDir& dir)
    {
        const QString path = dir.path();
        EXPECT_TRUE(QFile::copy(tessera::test::dataPath(QStringLiteral("vault/schema1.tessera")), path));
        ::chmod(QFile::encodeName(path).constData(), 0600);
        return path;
    }

    int schemaVersionOf(const QString& path)
    {
        return tessera::test::querySql(path, QStringLiteral("SELECT version FROM schema_version")).toInt();
    }

    int tableCount(const QString& path, const QString& table)
    {
        return tessera::test::querySql(
            path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(table))
            .toInt();
    }
}

TEST(VaultMigration, AVaultWrittenBySchemaOneOpensAndIsMigrated)
{
    VaultDir dir;
    const QString path = copyFixture(dir);
    ASSERT_EQ(schemaVersionOf(path), 1);
    ASSERT_EQ(tableCount(path, QStringLiteral("backups")), 0);
    const qint64 generation
        = tessera::test::querySql(path, QStringLiteral("SELECT generation FROM manifest")).toLongLong();

    Vault vault(path, fixtureOptions());
    auto unlocked = vault.unlock(Credential::password(FixturePassword));
    ASSERT_TRUE(unlocked.ok()) << unlocked.error().message().toStdString();
    EXPECT_TRUE(vault.integrityIssues().isEmpty());
    EXPECT_FALSE(vault.isReadOnly());

    // Every account as the old version wrote it.
    EXPECT_EQ(vault.accountCount(Vault::Filter::Active), 2);
    EXPECT_EQ(vault.accountCount(Vault::Filter::Trash), 1);
    auto alice = vault.account(Alice);
    ASSERT_TRUE(alice.ok());
    EXPECT_EQ(alice->issuer, QStringLiteral("Example Bank"));
    EXPECT_EQ(alice->accountName, QStringLiteral("alice@example.com"));
    EXPECT_EQ(vault.code(Alice, 59).value(), QStringLiteral("287082")); // RFC 6238's SHA1 vector
    auto carol = vault.account(Carol);
    ASSERT_TRUE(carol.ok());
    EXPECT_EQ(carol->parameters.type(), OtpType::Hotp);
    EXPECT_EQ(carol->parameters.counter(), 42U);
    auto bob = vault.account(Bob);
    ASSERT_TRUE(bob.ok());
    EXPECT_TRUE(bob->isTrashed());
    EXPECT_EQ(bob->note, QStringLiteral("kept in the trash"));

    // Migrated to the current schema, in place, without touching an account.
    EXPECT_EQ(schemaVersionOf(path), VaultFormat::SchemaVersion);
    EXPECT_EQ(tableCount(path, QStringLiteral("backups")), 1);
    EXPECT_EQ(tableCount(path, QStringLiteral("backup_accounts")), 1);
    EXPECT_EQ(
        tessera::test::querySql(path, QStringLiteral("SELECT generation FROM manifest")).toLongLong(), generation);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));

    // The new bookkeeping works on the migrated file and survives a reopen.
    EXPECT_TRUE(vault.backups().value().isEmpty());
    auto recorded = vault.recordBackup(BackupKind::UriList, dir.path(QStringLiteral("uris.txt")), {Alice, Carol});
    ASSERT_TRUE(recorded.ok()) << recorded.error().message().toStdString();
    vault.lock();

    Vault again(path, fixtureOptions());
    ASSERT_TRUE(again.unlock(Credential::recoveryKey(RecoveryKey::parse(FixtureRecoveryKey).value())).ok());
    const auto records = again.backups();
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 1);
    EXPECT_EQ(records->first(), *recorded);
    EXPECT_EQ(schemaVersionOf(path), VaultFormat::SchemaVersion);
}

TEST(VaultMigration, AWrongPasswordLeavesASchemaOneFileUntouched)
{
    VaultDir dir;
    const QString path = copyFixture(dir);
    const QByteArray before = tessera::test::readFile(path);
    Vault vault(path, fixtureOptions());
    auto unlocked = vault.unlock(Credential::password(QStringLiteral("not the password")));
    ASSERT_FALSE(unlocked.ok());
    EXPECT_EQ(unlocked.error().kind(), Error::Kind::WrongPassword);
    EXPECT_EQ(tessera::test::readFile(path), before); // migrations run only after the key is proven
}

TEST(VaultMigration, AMigrationThatFailsChangesNothing)
{
    VaultDir dir;
    const QString path = copyFixture(dir);
    // A table in the way of the migration's second statement: the whole migration must roll back.
    tessera::test::execSql(path, QStringLiteral("CREATE TABLE backup_accounts (x INTEGER)"));
    Vault vault(path, fixtureOptions());
    auto unlocked = vault.unlock(Credential::password(FixturePassword));
    ASSERT_FALSE(unlocked.ok());
    EXPECT_FALSE(vault.isUnlocked());
    EXPECT_EQ(schemaVersionOf(path), 1);
    EXPECT_EQ(tableCount(path, QStringLiteral("backups")), 0) << "the first statement was rolled back too";
}

TEST(VaultMigration, ASchemaOneCopyOpenedReadOnlyIsReadButNeverMigrated)
{
    VaultDir dir;
    const QString path = copyFixture(dir);
    const QByteArray before = tessera::test::readFile(path);
    VaultOptions options = fixtureOptions();
    options.readOnly = true;
    options.now = [] { return QDateTime(QDate(2027, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); };
    Vault vault(path, options);
    ASSERT_TRUE(vault.unlock(Credential::password(FixturePassword)).ok());
    EXPECT_TRUE(vault.isReadOnly());
    EXPECT_EQ(vault.accountCount(Vault::Filter::All), 3) << "no purge of the trash in a read-only copy";
    EXPECT_EQ(vault.code(Alice, 59).value(), QStringLiteral("287082"));
    EXPECT_TRUE(vault.backups().value().isEmpty()) << "a file without the bookkeeping tables has no records";

    EXPECT_FALSE(vault.add(tessera::test::makeAccount(QStringLiteral("X"), QStringLiteral("y"))).ok());
    EXPECT_FALSE(vault.recordBackup(BackupKind::Pdf, QString(), {Alice}).ok());
    EXPECT_FALSE(vault.changePassword(Credential::password(QStringLiteral("new")), PasswordKdf::minimum()).ok());
    EXPECT_FALSE(vault.takeHotpCode(Carol).ok());
    vault.lock();
    EXPECT_EQ(tessera::test::readFile(path), before);
    EXPECT_EQ(schemaVersionOf(path), 1);
}

TEST(VaultMigration, ASchemaNewerThanThisVersionIsRefusedUntouched)
{
    VaultDir dir;
    auto created = tessera::test::createVault(dir.path());
    ASSERT_TRUE(created);
    created->lock();
    tessera::test::execSql(
        dir.path(), QStringLiteral("UPDATE schema_version SET version = %1").arg(VaultFormat::SchemaVersion + 1));
    const QByteArray before = tessera::test::readFile(dir.path());
    for (const bool readOnly : {false, true}) {
        VaultOptions options;
        options.readOnly = readOnly;
        Vault vault(dir.path(), options);
        auto unlocked = vault.unlock(Credential::password(tessera::test::testPassword()));
        ASSERT_FALSE(unlocked.ok());
        EXPECT_EQ(unlocked.error().kind(), Error::Kind::Unsupported);
        EXPECT_TRUE(unlocked.error().message().contains(QStringLiteral("newer version of Tessera")));
    }
    EXPECT_EQ(tessera::test::readFile(dir.path()), before);
}

TEST(VaultMigration, ANewVaultStartsAtTheCurrentSchema)
{
    VaultDir dir;
    auto vault = tessera::test::createVault(dir.path());
    ASSERT_TRUE(vault);
    EXPECT_EQ(schemaVersionOf(dir.path()), VaultFormat::SchemaVersion);
    EXPECT_EQ(tableCount(dir.path(), QStringLiteral("backups")), 1);
    EXPECT_EQ(tableCount(dir.path(), QStringLiteral("backup_accounts")), 1);
}
