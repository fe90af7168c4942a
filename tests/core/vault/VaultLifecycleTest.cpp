#include "Vault.h"
#include "VaultTestSupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>
#include <thread>

using namespace tessera;
using tessera::test::VaultDir;

TEST(VaultLifecycle, CreateUnlockAndEveryFieldRoundTrips)
{
    VaultDir dir;
    VaultOptions options; // a clock soon after fullAccount() was trashed, so it is not purged
    options.now = [] { return qint64(1'700'000'200'000); };
    auto vault = tessera::test::createVault(dir.path(), options);
    ASSERT_TRUE(vault);
    const Account full = tessera::test::fullAccount();
    auto id = vault->add(full);
    ASSERT_TRUE(id.ok()) << id.error().message().toStdString();
    EXPECT_EQ(*id, full.id);
    const QUuid vaultId = vault->vaultId();
    vault->lock();
    EXPECT_FALSE(vault->isUnlocked());

    auto reopened = tessera::test::openVault(dir.path(), options);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->vaultId(), vaultId);
    EXPECT_TRUE(reopened->integrityIssues().isEmpty());
    auto stored = reopened->account(full.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, full);
    EXPECT_EQ(reopened->accountCount(Vault::Filter::Trash), 1); // fullAccount() is in the trash
    ASSERT_EQ(reopened->passwordParameters(), PasswordKdf::minimum());
}

TEST(VaultLifecycle, CreateRefusesAnExistingFile)
{
    VaultDir dir;
    tessera::test::writeFile(dir.path(), "precious");
    Vault vault(dir.path());
    auto created = vault.create(Credential::password(QStringLiteral("pw")), PasswordKdf::minimum());
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind(), Error::Kind::Conflict);
    EXPECT_EQ(tessera::test::readFile(dir.path()), QByteArray("precious"));
}

TEST(VaultLifecycle, WrongPasswordIsASpecificErrorAndTheFileIsUntouched)
{
    VaultDir dir;
    ASSERT_TRUE(tessera::test::createVault(dir.path()));
    const QByteArray before = tessera::test::readFile(dir.path());
    Vault vault(dir.path());
    auto unlocked = vault.unlock(Credential::password(QStringLiteral("not the password")));
    ASSERT_FALSE(unlocked.ok());
    EXPECT_EQ(unlocked.error().kind(), Error::Kind::WrongPassword);
    EXPECT_EQ(unlocked.error().message(), QStringLiteral("The password is wrong."));
    EXPECT_FALSE(vault.isUnlocked());
    EXPECT_EQ(tessera::test::readFile(dir.path()), before);
}

TEST(VaultLifecycle, RecoveryKeyUnlocksAndSetsANewPassword)
{
    VaultDir dir;
    std::unique_ptr<RecoveryKey> recoveryKey;
    {
        auto vault = tessera::test::createVault(dir.path(), {}, &recoveryKey);
        ASSERT_TRUE(vault);
        ASSERT_TRUE(vault->add(tessera::test::makeAccount(QStringLiteral("Forge"), QStringLiteral("me"))).ok());
    }
    ASSERT_TRUE(recoveryKey);
    // The user forgot the password: the recovery key, typed from the kit, opens the vault.
    auto typed = RecoveryKey::parse(recoveryKey->toString().toLower());
    ASSERT_TRUE(typed.ok());
    Vault vault(dir.path());
    auto unlocked = vault.unlock(Credential::recoveryKey(*typed));
    ASSERT_TRUE(unlocked.ok()) << unlocked.error().message().toStdString();
    EXPECT_EQ(vault.accountCount(), 1);
    EXPECT_EQ(vault.passwordParameters(), PasswordKdf::minimum());
    ASSERT_TRUE(
        vault.changePassword(Credential::password(QStringLiteral("new password")), PasswordKdf::minimum()).ok());
    vault.lock();

    Vault again(dir.path());
    EXPECT_EQ(
        again.unlock(Credential::password(tessera::test::testPassword())).error().kind(), Error::Kind::WrongPassword);
    ASSERT_TRUE(again.unlock(Credential::password(QStringLiteral("new password"))).ok());
    EXPECT_EQ(again.accountCount(), 1);
    again.lock();
    ASSERT_TRUE(again.unlock(Credential::recoveryKey(*recoveryKey)).ok()); // the recovery key still works
}

TEST(VaultLifecycle, RegeneratedRecoveryKeyReplacesTheOldOne)
{
    VaultDir dir;
    std::unique_ptr<RecoveryKey> oldKey;
    auto vault = tessera::test::createVault(dir.path(), {}, &oldKey);
    ASSERT_TRUE(vault);
    auto newKey = vault->regenerateRecoveryKey();
    ASSERT_TRUE(newKey.ok());
    EXPECT_FALSE(newKey->bytes().equals(oldKey->bytes()));
    vault->lock();
    Vault other(dir.path());
    auto withOld = other.unlock(Credential::recoveryKey(*oldKey));
    ASSERT_FALSE(withOld.ok());
    EXPECT_EQ(withOld.error().kind(), Error::Kind::WrongPassword);
    EXPECT_EQ(withOld.error().message(), QStringLiteral("The recovery key does not open this vault."));
    ASSERT_TRUE(other.unlock(Credential::recoveryKey(*newKey)).ok());
    other.lock();
    ASSERT_TRUE(other.unlock(Credential::password(tessera::test::testPassword())).ok());
}

TEST(VaultLifecycle, ChangingThePasswordTouchesOnlyThePasswordSlot)
{
    VaultDir dir;
    auto vault = tessera::test::createVault(dir.path());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(vault->add(tessera::test::makeAccount(QStringLiteral("A"), QStringLiteral("a"))).ok());
    const auto rowsBefore
        = tessera::test::querySql(dir.path(), QStringLiteral("SELECT group_concat(hex(ciphertext)) FROM accounts"));
    const auto manifestBefore
        = tessera::test::querySql(dir.path(), QStringLiteral("SELECT hex(ciphertext) FROM manifest"));
    const auto recoveryBefore = tessera::test::querySql(
        dir.path(), QStringLiteral("SELECT hex(sealed_key) FROM key_slots WHERE slot_type = 2"));
    const auto passwordBefore = tessera::test::querySql(
        dir.path(), QStringLiteral("SELECT hex(sealed_key) FROM key_slots WHERE slot_type = 1"));
    ASSERT_TRUE(vault->changePassword(Credential::password(QStringLiteral("other")), PasswordKdf::minimum()).ok());
    EXPECT_EQ(tessera::test::querySql(dir.path(), QStringLiteral("SELECT group_concat(hex(ciphertext)) FROM accounts")),
        rowsBefore);
    EXPECT_EQ(
        tessera::test::querySql(dir.path(), QStringLiteral("SELECT hex(ciphertext) FROM manifest")), manifestBefore);
    EXPECT_EQ(tessera::test::querySql(
                  dir.path(), QStringLiteral("SELECT hex(sealed_key) FROM key_slots WHERE slot_type = 2")),
        recoveryBefore);
    EXPECT_NE(tessera::test::querySql(
                  dir.path(), QStringLiteral("SELECT hex(sealed_key) FROM key_slots WHERE slot_type = 1")),
        passwordBefore);
}

TEST(VaultLifecycle, UnlockSplitsTheKdfOntoAWorkerThread)
{
    VaultDir dir;
    ASSERT_TRUE(tessera::test::createVault(dir.path()));
    Vault vault(dir.path());
    QSignalSpy unlockedSpy(&vault, &Vault::unlocked);
    const QString path = dir.path();
    std::optional<Result<SlotKey>> derived;
    std::thread worker([&derived, path] {
        derived.emplace(Vault::deriveUnlockKey(path, Credential::password(tessera::test::testPassword())));
    });
    worker.join();
    ASSERT_TRUE(derived && derived->ok());
    ASSERT_TRUE(vault.unlock(std::move(*derived).value()).ok());
    EXPECT_EQ(unlockedSpy.count(), 1);

    // A key derived for a slot that changed meanwhile is refused (the password was changed elsewhere).
    auto stale = Vault::deriveUnlockKey(path, Credential::password(tessera::test::testPassword()));
    ASSERT_TRUE(stale.ok());
    ASSERT_TRUE(vault.changePassword(Credential::password(tessera::test::testPassword()), PasswordKdf::minimum()).ok());
    Vault second(path);
    auto refused = second.unlock(std::move(stale).value());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Conflict);
}

TEST(VaultLifecycle, LockWipesEveryGuardedAllocation)
{
    VaultDir dir;
    ASSERT_TRUE(tessera::test::createVault(dir.path()));
    {
        auto filler = tessera::test::openVault(dir.path());
        QList<Account> accounts;
        for (int i = 0; i < 300; ++i) {
            accounts.append(tessera::test::makeAccount(QStringLiteral("Issuer %1").arg(i), QStringLiteral("n"), i));
        }
        ASSERT_TRUE(filler->addAll(accounts).ok());
    }
    const auto allocations = SecureBytes::liveAllocations();
    const auto bytes = SecureBytes::liveBytes();
    Vault vault(dir.path());
    QSignalSpy lockedSpy(&vault, &Vault::locked);
    ASSERT_TRUE(vault.unlock(Credential::password(tessera::test::testPassword())).ok());
    EXPECT_GT(SecureBytes::liveBytes(), bytes + 300 * 20);      // the arena holds every record
    EXPECT_LE(SecureBytes::liveAllocations(), allocations + 2); // master key + arena
    ASSERT_TRUE(vault.code(vault.accounts().first().id, 1'700'000'000).ok());
    ASSERT_TRUE(vault.add(tessera::test::makeAccount(QStringLiteral("late"), QStringLiteral("x"))).ok());
    vault.lock();
    EXPECT_EQ(lockedSpy.count(), 1);
    EXPECT_EQ(SecureBytes::liveAllocations(), allocations);
    EXPECT_EQ(SecureBytes::liveBytes(), bytes);
    EXPECT_TRUE(vault.accounts().isEmpty());
    EXPECT_FALSE(vault.account(QUuid::createUuid()).ok());
}

TEST(VaultLifecycle, PasswordsAreComparedInTheirComposedUnicodeForm)
{
    VaultDir dir;
    Vault vault(dir.path());
    const QString composed = QStringLiteral("caf\u00e9 cr\u00e8me");
    const QString decomposed = QStringLiteral("cafe\u0301 cre\u0300me");
    ASSERT_NE(composed, decomposed);
    ASSERT_TRUE(vault.create(Credential::password(decomposed), PasswordKdf::minimum()).ok());
    vault.lock();
    EXPECT_TRUE(vault.unlock(Credential::password(composed)).ok());
    vault.lock();
    EXPECT_TRUE(vault.unlock(Credential::password(decomposed)).ok());
}
