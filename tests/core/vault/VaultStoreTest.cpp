#include "VaultStore.h"
#include "VaultFile.h"
#include "VaultFormat.h"
#include "VaultTestSupport.h"

#include <QSqlDatabase>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    /// An empty file with Tessera's schema, as the creation transaction builds it (no keys).
    void makeSchemaOnly(const QString& path)
    {
        ASSERT_TRUE(VaultFile::createExclusive(path).ok());
        VaultStore store(path);
        ASSERT_TRUE(store.openNew().ok());
        ASSERT_TRUE(store.beginWrite().ok());
        ASSERT_TRUE(store.applyMigrations(VaultStore::builtinMigrations(), 1).ok());
        ASSERT_TRUE(store.setApplicationId().ok());
        ASSERT_TRUE(store.writeVaultId(QUuid::createUuid()).ok());
        ASSERT_TRUE(store.commit().ok());
    }
}

TEST(VaultStore, CurrentSchemaVersionWithRollbackJournalAndApplicationId)
{
    VaultDir dir;
    auto vault = tessera::test::createVault(dir.path());
    ASSERT_TRUE(vault);
    vault->lock();
    EXPECT_EQ(tessera::test::querySql(dir.path(), QStringLiteral("SELECT version FROM schema_version")).toInt(),
        VaultFormat::SchemaVersion);
    EXPECT_EQ(tessera::test::querySql(dir.path(), QStringLiteral("PRAGMA journal_mode")).toString(),
        QStringLiteral("delete"));
    EXPECT_EQ(tessera::test::querySql(dir.path(), QStringLiteral("PRAGMA application_id")).toLongLong(),
        static_cast<qint64>(VaultFormat::ApplicationId));
    const QStringList tables = {QStringLiteral("accounts"), QStringLiteral("backup_accounts"),
        QStringLiteral("backups"), QStringLiteral("key_slots"), QStringLiteral("manifest"), QStringLiteral("meta"),
        QStringLiteral("quarantine"), QStringLiteral("schema_version")};
    for (const QString& table : tables) {
        EXPECT_EQ(tessera::test::querySql(dir.path(),
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'").arg(table))
                      .toInt(),
            1)
            << table.toStdString();
    }
    EXPECT_EQ(tessera::test::querySql(dir.path(), QStringLiteral("SELECT count(*) FROM key_slots")).toInt(), 2);
    EXPECT_FALSE(QFileInfo::exists(dir.path() + QStringLiteral("-journal")));
    EXPECT_FALSE(QFileInfo::exists(dir.path() + QStringLiteral("-wal")));
}

TEST(VaultStore, EachStoreHasItsOwnConnectionRemovedWhenClosed)
{
    VaultDir dir;
    makeSchemaOnly(dir.path());
    QString firstName;
    {
        VaultStore a(dir.path());
        VaultStore b(dir.path());
        ASSERT_TRUE(a.open().ok());
        ASSERT_TRUE(b.open().ok());
        EXPECT_NE(a.connectionName(), b.connectionName());
        EXPECT_TRUE(QSqlDatabase::contains(a.connectionName()));
        firstName = a.connectionName();
        a.close();
        EXPECT_FALSE(QSqlDatabase::contains(firstName));
        EXPECT_TRUE(b.isOpen());
    }
    for (const QString& name : QSqlDatabase::connectionNames()) {
        EXPECT_FALSE(name.startsWith(QStringLiteral("tessera-vault-"))) << name.toStdString();
    }
}

TEST(VaultStore, MigrationsRunForwardInsideOneTransaction)
{
    VaultDir dir;
    makeSchemaOnly(dir.path());
    VaultStore store(dir.path());
    ASSERT_TRUE(store.open().ok());

    VaultStore::Migration failing{1, QStringLiteral("a step that fails half-way"),
        {QStringLiteral("CREATE TABLE extra (x INTEGER)"), QStringLiteral("INSERT INTO no_such_table VALUES (1)")}};
    auto failed = store.migrate({failing}, 2);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(store.schemaVersion().value(), 1);
    EXPECT_EQ(
        tessera::test::querySql(dir.path(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'extra'"))
            .toInt(),
        0);

    VaultStore::Migration adding{1, QStringLiteral("add a table"), {QStringLiteral("CREATE TABLE extra (x INTEGER)")}};
    VaultStore::Migration more{2, QStringLiteral("add a column"), {QStringLiteral("ALTER TABLE extra ADD COLUMN y")}};
    ASSERT_TRUE(store.migrate({adding, more}, 3).ok());
    EXPECT_EQ(store.schemaVersion().value(), 3);

    auto missingStep = store.migrate({adding}, 4);
    ASSERT_FALSE(missingStep.ok());
    EXPECT_EQ(missingStep.error().kind(), Error::Kind::Unsupported);
    EXPECT_EQ(store.schemaVersion().value(), 3);
}

TEST(VaultStore, NewerSchemaIsRefusedAndNotTouched)
{
    VaultDir dir;
    makeSchemaOnly(dir.path());
    tessera::test::execSql(
        dir.path(), QStringLiteral("UPDATE schema_version SET version = %1").arg(VaultFormat::SchemaVersion + 1));
    const QByteArray before = tessera::test::readFile(dir.path());
    VaultStore store(dir.path());
    auto opened = store.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind(), Error::Kind::Unsupported);
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("newer version of Tessera")));
    EXPECT_EQ(tessera::test::readFile(dir.path()), before);
}

TEST(VaultStore, AnSqliteFileOfAnotherProgramIsNotAVault)
{
    VaultDir dir;
    const QString other = dir.path(QStringLiteral("other.db"));
    tessera::test::execSql(other, QStringLiteral("CREATE TABLE t (x)"));
    VaultStore store(other);
    auto opened = store.open();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind(), Error::Kind::InvalidInput);
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("not a Tessera vault")));
}
