#include "BackupRestore.h"
#include "BackupFixture.h"
#include "BackupFolder.h"

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::BackupFixture;

TEST(BackupRestore, AnAccountDeletedSinceComesBackFromAnAutomaticCopy)
{
    BackupFixture f;
    const QUuid kept = f.add(QStringLiteral("GitHub"), 1);
    const QUuid lost = f.add(QStringLiteral("Forge"), 2);
    const Account lostBefore = f.vault->account(lost).value();
    const Account keptBefore = f.vault->account(kept).value();
    auto written = f.backup->backUpNow();
    ASSERT_TRUE(written.ok());
    ASSERT_TRUE(written->has_value());
    const QString path = (*written)->location;

    // Later: one account purged, the other changed.
    f.now += 3'600'000;
    ASSERT_TRUE(f.vault->purge(lost).ok());
    ASSERT_TRUE(f.vault->modify(kept, [](Account& account) { account.issuer = QStringLiteral("GitHub (new)"); }).ok());
    ASSERT_FALSE(f.vault->account(lost).ok());
    const QByteArray copyBytes = tessera::test::readFile(path);

    // The copy opens read-only with the password of its time.
    auto copy = BackupRestore::openCopy(path);
    ASSERT_FALSE(copy->isUnlocked());
    auto unlocked = copy->unlock(Credential::password(tessera::test::testPassword()));
    ASSERT_TRUE(unlocked.ok()) << unlocked.error().message().toStdString();
    EXPECT_TRUE(copy->isReadOnly());
    EXPECT_EQ(copy->accountCount(), 2);

    auto restored = BackupRestore::bringBack(*f.vault, *copy, {lost, kept});
    ASSERT_TRUE(restored.ok()) << restored.error().message().toStdString();
    ASSERT_EQ(restored->size(), 2);
    EXPECT_EQ(restored->at(0), lost) << "a deleted account comes back under its own id";
    EXPECT_NE(restored->at(1), kept) << "an account still there is not overwritten";

    auto back = f.vault->account(lost);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->issuer, lostBefore.issuer);
    EXPECT_EQ(back->parameters, lostBefore.parameters);
    EXPECT_EQ(f.vault->code(lost, 1'000'000).value(), copy->code(lost, 1'000'000).value());
    EXPECT_EQ(f.vault->account(kept).value().issuer, QStringLiteral("GitHub (new)"));
    EXPECT_EQ(f.vault->account(restored->at(1)).value().issuer, keptBefore.issuer);
    EXPECT_EQ(f.vault->accountCount(), 3);

    // Nothing in the copy changed, and it refuses changes.
    EXPECT_FALSE(copy->add(tessera::test::makeAccount(QStringLiteral("X"), QStringLiteral("y"))).ok());
    copy->lock();
    EXPECT_EQ(tessera::test::readFile(path), copyBytes);
}

TEST(BackupRestore, ACopyOpensWithThePasswordAndRecoveryKeyOfItsTime)
{
    BackupFixture f;
    f.backup.reset();
    f.vault.reset();
    std::unique_ptr<RecoveryKey> recoveryKey;
    const QString path = f.dir.path(QStringLiteral("second.tessera"));
    f.vault = tessera::test::createVault(path, f.vaultOptions(), &recoveryKey);
    ASSERT_TRUE(f.vault);
    f.makeBackup();
    const QUuid a = f.add(QStringLiteral("GitHub"));
    auto written = f.backup->backUpNow();
    ASSERT_TRUE(written.ok());
    const QString copyPath = (*written)->location;

    ASSERT_TRUE(
        f.vault->changePassword(Credential::password(QStringLiteral("a new password")), PasswordKdf::minimum()).ok());
    auto newKey = f.vault->regenerateRecoveryKey();
    ASSERT_TRUE(newKey.ok());

    auto withNew = BackupRestore::openCopy(copyPath);
    auto refused = withNew->unlock(Credential::password(QStringLiteral("a new password")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::WrongPassword);
    EXPECT_FALSE(withNew->unlock(Credential::recoveryKey(*newKey)).ok());

    auto withOld = BackupRestore::openCopy(copyPath);
    ASSERT_TRUE(withOld->unlock(Credential::recoveryKey(*recoveryKey)).ok());
    EXPECT_TRUE(withOld->account(a).ok());
    withOld->lock();
    ASSERT_TRUE(withOld->unlock(Credential::password(tessera::test::testPassword())).ok());

    auto locked = BackupRestore::openCopy(copyPath);
    EXPECT_FALSE(BackupRestore::bringBack(*f.vault, *locked, {a}).ok()) << "the copy must be unlocked";
}
