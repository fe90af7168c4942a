#include "Vault.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::makeAccount;
using tessera::test::VaultDir;

TEST(VaultConcurrency, TwoInstancesInterleavingWritesLoseNothing)
{
    VaultDir dir;
    auto a = tessera::test::createVault(dir.path());
    auto b = tessera::test::openVault(dir.path());
    ASSERT_TRUE(a && b);
    for (int i = 0; i < 40; ++i) {
        Vault& writer = i % 2 == 0 ? *a : *b;
        ASSERT_TRUE(writer.add(makeAccount(QStringLiteral("Item %1").arg(i), QStringLiteral("x"), i)).ok()) << i;
    }
    EXPECT_EQ(a->accountCount(), 39); // a has not looked since its last write...
    ASSERT_TRUE(a->refresh().ok());
    EXPECT_EQ(a->accountCount(), 40); // ...and sees everything after refresh()
    EXPECT_EQ(b->accountCount(), 40);
    EXPECT_TRUE(a->integrityIssues().isEmpty());
    auto fresh = tessera::test::openVault(dir.path());
    ASSERT_TRUE(fresh);
    EXPECT_EQ(fresh->accountCount(), 40);
    EXPECT_TRUE(fresh->integrityIssues().isEmpty());
}

TEST(VaultConcurrency, ModifyAppliesToTheLatestRecordSoBothEditsSurvive)
{
    VaultDir dir;
    auto a = tessera::test::createVault(dir.path());
    const QUuid id = a->add(makeAccount(QStringLiteral("Shared"), QStringLiteral("s"))).value();
    auto b = tessera::test::openVault(dir.path());
    ASSERT_TRUE(a->modify(id, [](Account& x) { x.note = QStringLiteral("from A"); }).ok());
    ASSERT_TRUE(b->modify(id, [](Account& x) { x.tags = {QStringLiteral("from B")}; }).ok());
    auto fresh = tessera::test::openVault(dir.path());
    const Account merged = fresh->account(id).value();
    EXPECT_EQ(merged.note, QStringLiteral("from A"));
    EXPECT_EQ(merged.tags, QStringList{QStringLiteral("from B")});
}

TEST(VaultConcurrency, RefreshNoticesAnotherProcessAndSignalsOnlyThen)
{
    VaultDir dir;
    auto a = tessera::test::createVault(dir.path());
    auto b = tessera::test::openVault(dir.path());
    QSignalSpy external(a.get(), &Vault::changedExternally);
    QSignalSpy changed(a.get(), &Vault::accountsChanged);
    EXPECT_FALSE(a->refresh().value());
    EXPECT_EQ(external.count(), 0);
    const QUuid id = b->add(makeAccount(QStringLiteral("From B"), QStringLiteral("b"))).value();
    EXPECT_TRUE(a->refresh().value());
    EXPECT_EQ(external.count(), 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().value<QList<QUuid>>(), QList<QUuid>{id});
    EXPECT_FALSE(a->refresh().value());
    ASSERT_TRUE(b->changePassword(Credential::password(QStringLiteral("x")), PasswordKdf::minimum()).ok());
    EXPECT_FALSE(a->refresh().value()); // a slot change is not an account change
}

TEST(VaultConcurrency, AFileReplacedByRenameIsFollowed)
{
    VaultDir dir;
    auto a = tessera::test::createVault(dir.path());
    ASSERT_TRUE(a->add(makeAccount(QStringLiteral("Kept"), QStringLiteral("k"))).ok());
    const QString backup = dir.path(QStringLiteral("backup.tessera"));
    ASSERT_TRUE(QFile::copy(dir.path(), backup));
    ASSERT_TRUE(a->add(makeAccount(QStringLiteral("Later"), QStringLiteral("l"))).ok());
    EXPECT_EQ(a->accountCount(), 2);
    // Restore the backup the way file managers and sync tools do: a new file renamed over the old.
    ASSERT_EQ(::rename(QFile::encodeName(backup).constData(), QFile::encodeName(dir.path()).constData()), 0);
    QSignalSpy external(a.get(), &Vault::changedExternally);
    EXPECT_TRUE(a->refresh().value());
    EXPECT_EQ(external.count(), 1);
    EXPECT_EQ(a->accountCount(), 1);
    ASSERT_TRUE(a->add(makeAccount(QStringLiteral("After restore"), QStringLiteral("r"))).ok());
    auto fresh = tessera::test::openVault(dir.path());
    EXPECT_EQ(fresh->accountCount(), 2);

    // A different vault put in its place locks this one rather than mixing them.
    VaultDir otherDir;
    ASSERT_TRUE(tessera::test::createVault(otherDir.path()));
    ASSERT_EQ(::rename(QFile::encodeName(otherDir.path()).constData(), QFile::encodeName(dir.path()).constData()), 0);
    auto refused = a->refresh();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Conflict);
    EXPECT_FALSE(a->isUnlocked());
}

TEST(VaultConcurrency, AWriterWaitsForAnotherAndGivesUpCleanly)
{
    VaultDir dir;
    VaultOptions options;
    options.busyTimeoutMs = 300;
    auto vault = tessera::test::createVault(dir.path(), options);
    ASSERT_TRUE(vault);
    const QString name = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(dir.path());
        ASSERT_TRUE(holder.open());
        QSqlQuery begin(holder);
        ASSERT_TRUE(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const QByteArray before = tessera::test::readFile(dir.path());
        auto busy = vault->add(makeAccount(QStringLiteral("Blocked"), QStringLiteral("b")));
        ASSERT_FALSE(busy.ok());
        EXPECT_EQ(busy.error().kind(), Error::Kind::Io);
        EXPECT_TRUE(busy.error().message().contains(QStringLiteral("busy"))) << busy.error().message().toStdString();
        EXPECT_EQ(tessera::test::readFile(dir.path()), before);
        QSqlQuery rollback(holder);
        ASSERT_TRUE(rollback.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_TRUE(vault->add(makeAccount(QStringLiteral("Now"), QStringLiteral("n"))).ok());
}
