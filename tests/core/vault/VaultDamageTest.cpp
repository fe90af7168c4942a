#include "TmpfsMount.h"
#include "Vault.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <map>

using namespace tessera;
using tessera::test::makeAccount;
using tessera::test::readFile;
using tessera::test::VaultDir;
using tessera::test::writeFile;

namespace
{
    VaultOptions quietOptions()
    {
        VaultOptions options;
        options.purgeExpiredTrashOnUnlock = false;
        options.busyTimeoutMs = 500;
        return options;
    }

    QList<Account> sampleAccounts()
    {
        QList<Account> accounts;
        for (int i = 0; i < 6; ++i) {
            Account account
                = makeAccount(QStringLiteral("Issuer %1").arg(i), QStringLiteral("user%1@example.org").arg(i), i);
            account.note = QStringLiteral("note %1").arg(i);
            account.id = QUuid(QStringLiteral("{00000000-0000-4000-8000-0000000000%1}").arg(i + 10));
            accounts.append(account);
        }
        accounts.append(tessera::test::fullAccount());
        return accounts;
    }

    /// Makes a vault with the sample accounts and returns them as stored (with times and positions).
    QHash<QUuid, Account> makeSampleVault(const QString& path)
    {
        auto vault = tessera::test::createVault(path, quietOptions());
        EXPECT_TRUE(vault);
        QHash<QUuid, Account> stored;
        if (!vault) {
            return stored;
        }
        EXPECT_TRUE(vault->addAll(sampleAccounts()).ok());
        for (const auto& summary : vault->accounts(Vault::Filter::All)) {
            stored.insert(summary.id, vault->account(summary.id).value());
        }
        return stored;
    }

    enum class Outcome
    {
        Refused,  ///< unlock failed with a specific error
        Reported, ///< unlock succeeded and reported integrity issues
        Harmless, ///< unlock succeeded with every account exactly as written
    };
}

TEST(VaultDamage, EveryFlippedByteIsDetectedOrHarmlessNeverASilentlyWrongSecret)
{
    VaultDir dir;
    const QString original = dir.path(QStringLiteral("original.tessera"));
    const QHash<QUuid, Account> expected = makeSampleVault(original);
    ASSERT_EQ(expected.size(), 7);
    const QByteArray pristine = readFile(original);
    ASSERT_GT(pristine.size(), 4096);

    // Every byte of the SQLite header, then a stride through the whole file: each account record,
    // slot and manifest byte range is hit several times.
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < 100; ++i) {
        offsets.append(i);
    }
    for (qsizetype i = 100; i < pristine.size(); i += 23) {
        offsets.append(i);
    }

    const QString damaged = dir.path(QStringLiteral("damaged.tessera"));
    std::map<Outcome, int> outcomes;
    std::map<Error::Kind, int> kinds;
    for (const qsizetype offset : offsets) {
        QByteArray bytes = pristine;
        bytes[offset] = static_cast<char>(bytes[offset] ^ 0x5A);
        QFile::remove(damaged);
        writeFile(damaged, bytes);

        Vault vault(damaged, quietOptions());
        auto unlocked = vault.unlock(Credential::password(tessera::test::testPassword()));
        Outcome outcome = Outcome::Harmless;
        if (!unlocked.ok()) {
            outcome = Outcome::Refused;
            ++kinds[unlocked.error().kind()];
            EXPECT_FALSE(unlocked.error().message().isEmpty());
            EXPECT_NE(unlocked.error().kind(), Error::Kind::WrongPassword)
                << "offset " << offset
                << ": damage must not look like a wrong password: " << unlocked.error().message().toStdString();
        } else if (!vault.integrityIssues().isEmpty()) {
            outcome = Outcome::Reported;
            // What is still shown must be exactly what was written.
            for (const auto& summary : vault.accounts(Vault::Filter::All)) {
                auto account = vault.account(summary.id);
                ASSERT_TRUE(account.ok()) << offset;
                ASSERT_TRUE(expected.contains(summary.id)) << offset;
                EXPECT_EQ(*account, expected.constFind(summary.id).value()) << "offset " << offset;
            }
            EXPECT_TRUE(vault.isReadOnly());
        } else {
            const auto all = vault.accounts(Vault::Filter::All);
            ASSERT_EQ(all.size(), expected.size()) << "offset " << offset << " lost an account silently";
            for (const auto& summary : all) {
                auto account = vault.account(summary.id);
                ASSERT_TRUE(account.ok()) << offset;
                ASSERT_EQ(*account, expected.constFind(summary.id).value())
                    << "offset " << offset << " changed an account silently";
            }
        }
        ++outcomes[outcome];
        vault.lock();
        ASSERT_EQ(readFile(damaged), bytes) << "offset " << offset << ": opening a damaged vault wrote to it";
    }
    EXPECT_GT(outcomes[Outcome::Refused] + outcomes[Outcome::Reported], 0);
    std::cout << "flipped " << offsets.size() << " offsets of " << pristine.size() << " bytes: refused "
              << outcomes[Outcome::Refused] << ", reported " << outcomes[Outcome::Reported] << ", harmless "
              << outcomes[Outcome::Harmless] << std::endl;
}

TEST(VaultDamage, TruncatedFilesAreRefusedAndLeftAlone)
{
    VaultDir dir;
    const QString original = dir.path(QStringLiteral("original.tessera"));
    makeSampleVault(original);
    const QByteArray pristine = readFile(original);
    const QString cut = dir.path(QStringLiteral("cut.tessera"));
    for (const qsizetype length : {qsizetype(0), qsizetype(10), qsizetype(99), qsizetype(100), qsizetype(4096),
             qsizetype(5000), pristine.size() - 4096, pristine.size() - 1}) {
        QFile::remove(cut);
        writeFile(cut, pristine.left(length));
        Vault vault(cut, quietOptions());
        auto unlocked = vault.unlock(Credential::password(tessera::test::testPassword()));
        ASSERT_FALSE(unlocked.ok()) << length;
        EXPECT_EQ(unlocked.error().kind(), Error::Kind::Corrupt) << length << unlocked.error().message().toStdString();
        EXPECT_TRUE(unlocked.error().message().contains(QStringLiteral("truncated"))
            || unlocked.error().message().contains(QStringLiteral("empty")))
            << unlocked.error().message().toStdString();
        EXPECT_EQ(readFile(cut), pristine.left(length));
    }
}

TEST(VaultDamage, NotAVaultMissingOrAFolderAreSpecificErrors)
{
    VaultDir dir;
    const QString text = dir.path(QStringLiteral("notes.txt"));
    writeFile(text, QByteArray(5000, 'x'));
    Vault notVault(text);
    auto refused = notVault.unlock(Credential::password(QStringLiteral("pw")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::InvalidInput);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("not a Tessera vault")));
    EXPECT_EQ(readFile(text), QByteArray(5000, 'x'));

    const QString otherDb = dir.path(QStringLiteral("other.sqlite"));
    tessera::test::execSql(otherDb, QStringLiteral("CREATE TABLE notes (body TEXT)"));
    const QByteArray otherBytes = readFile(otherDb);
    Vault other(otherDb);
    auto otherRefused = other.unlock(Credential::password(QStringLiteral("pw")));
    ASSERT_FALSE(otherRefused.ok());
    EXPECT_TRUE(otherRefused.error().message().contains(QStringLiteral("not a Tessera vault")));
    EXPECT_EQ(readFile(otherDb), otherBytes);

    const QString missing = dir.path(QStringLiteral("missing.tessera"));
    Vault absent(missing);
    auto none = absent.unlock(Credential::password(QStringLiteral("pw")));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().kind(), Error::Kind::Io);
    EXPECT_TRUE(none.error().message().contains(QStringLiteral("There is no vault")));
    EXPECT_FALSE(QFileInfo::exists(missing)); // SQLite was never allowed to create it

    Vault folder(dir.dir.path());
    auto isFolder = folder.unlock(Credential::password(QStringLiteral("pw")));
    ASSERT_FALSE(isFolder.ok());
    EXPECT_TRUE(isFolder.error().message().contains(QStringLiteral("is a folder")));
}

TEST(VaultDamage, AVaultFromANewerTesseraIsRefusedUntouched)
{
    VaultDir dir;
    makeSampleVault(dir.path());
    tessera::test::execSql(dir.path(), QStringLiteral("UPDATE schema_version SET version = 7"));
    const QByteArray before = readFile(dir.path());
    Vault vault(dir.path());
    auto unlocked = vault.unlock(Credential::password(tessera::test::testPassword()));
    ASSERT_FALSE(unlocked.ok());
    EXPECT_EQ(unlocked.error().kind(), Error::Kind::Unsupported);
    EXPECT_TRUE(unlocked.error().message().contains(QStringLiteral("newer version of Tessera")));
    EXPECT_EQ(readFile(dir.path()), before);
}

TEST(VaultDamage, AChangedByteInAnAccountRowIsReportedAndTheVaultBecomesReadOnly)
{
    VaultDir dir;
    const auto expected = makeSampleVault(dir.path());
    const QUuid victim(QStringLiteral("{00000000-0000-4000-8000-000000000012}"));
    // Flip one byte in the middle of that row's ciphertext.
    QByteArray ciphertext = tessera::test::querySql(dir.path(),
        QStringLiteral("SELECT ciphertext FROM accounts WHERE hex(uuid) = '%1'")
            .arg(QString::fromLatin1(victim.toRfc4122().toHex().toUpper())))
                                .toByteArray();
    ASSERT_GT(ciphertext.size(), 40);
    ciphertext[20] = static_cast<char>(ciphertext[20] ^ 0x01);
    tessera::test::execSql(dir.path(), QStringLiteral("UPDATE accounts SET ciphertext = ? WHERE uuid = ?"),
        {ciphertext, victim.toRfc4122()});
    const QByteArray before = readFile(dir.path());
    auto vault = tessera::test::openVault(dir.path(), quietOptions());
    ASSERT_TRUE(vault);
    ASSERT_EQ(vault->integrityIssues().size(), 1);
    const IntegrityIssue issue = vault->integrityIssues().first();
    EXPECT_EQ(issue.kind, IntegrityIssue::Kind::DamagedAccount);
    EXPECT_EQ(issue.accountId, victim);
    EXPECT_TRUE(issue.message().contains(victim.toString(QUuid::WithoutBraces)));
    EXPECT_FALSE(vault->account(victim).ok());
    EXPECT_EQ(vault->accountCount(Vault::Filter::All), expected.size() - 1);
    auto refused = vault->add(makeAccount(QStringLiteral("New"), QStringLiteral("n")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Corrupt);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("integrity problems")));
    vault->lock();
    EXPECT_EQ(readFile(dir.path()), before);
}

TEST(VaultDamage, AChangedByteInASlotIsDamageAndTheOtherSlotStillOpens)
{
    VaultDir dir;
    std::unique_ptr<RecoveryKey> recoveryKey;
    {
        auto vault = tessera::test::createVault(dir.path(), quietOptions(), &recoveryKey);
        ASSERT_TRUE(vault);
    }
    tessera::test::execSql(dir.path(),
        QStringLiteral("UPDATE key_slots SET sealed_key = X'00' || substr(sealed_key, 2) WHERE slot_type = 1"));
    const QByteArray before = readFile(dir.path());
    Vault vault(dir.path(), quietOptions());
    auto unlocked = vault.unlock(Credential::password(tessera::test::testPassword()));
    ASSERT_FALSE(unlocked.ok());
    EXPECT_EQ(unlocked.error().kind(), Error::Kind::Corrupt);
    EXPECT_TRUE(unlocked.error().message().contains(QStringLiteral("password slot is damaged")));
    EXPECT_EQ(readFile(dir.path()), before);
    ASSERT_TRUE(vault.unlock(Credential::recoveryKey(*recoveryKey)).ok());
    EXPECT_FALSE(vault.passwordParameters().has_value());
    ASSERT_TRUE(vault.changePassword(Credential::password(QStringLiteral("fresh")), PasswordKdf::minimum()).ok());
    vault.lock();
    EXPECT_TRUE(vault.unlock(Credential::password(QStringLiteral("fresh"))).ok());
}

TEST(VaultDamage, ReadOnlyLocationReadsButRefusesChangesUntouched)
{
    tessera::test::TmpfsMount mount(2048);
    if (!mount.isMounted()) {
        GTEST_SKIP() << mount.error().toStdString();
    }
    const QString path = mount.path(QStringLiteral("vault.tessera"));
    makeSampleVault(path);
    ASSERT_TRUE(mount.remountReadOnly());
    const QByteArray before = readFile(path);
    auto vault = tessera::test::openVault(path, quietOptions());
    ASSERT_TRUE(vault);
    EXPECT_EQ(vault->accountCount(Vault::Filter::All), 7);
    auto refused = vault->add(makeAccount(QStringLiteral("New"), QStringLiteral("n")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Io);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("read-only")))
        << refused.error().message().toStdString();
    EXPECT_EQ(vault->accountCount(Vault::Filter::All), 7);
    vault->lock();
    EXPECT_EQ(readFile(path), before);

    Vault fresh(mount.path(QStringLiteral("new.tessera")));
    auto created = fresh.create(Credential::password(QStringLiteral("pw")), PasswordKdf::minimum());
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().kind(), Error::Kind::Io);
    EXPECT_TRUE(created.error().message().contains(QStringLiteral("read-only")))
        << created.error().message().toStdString();
    ASSERT_TRUE(mount.remountReadWrite());
}

TEST(VaultDamage, DiskFullIsASpecificErrorAndTheFileIsUnchanged)
{
    tessera::test::TmpfsMount mount(1024);
    if (!mount.isMounted()) {
        GTEST_SKIP() << mount.error().toStdString();
    }
    const QString path = mount.path(QStringLiteral("vault.tessera"));
    makeSampleVault(path);
    auto vault = tessera::test::openVault(path, quietOptions());
    ASSERT_TRUE(vault);
    const QByteArray before = readFile(path);
    const QString filler = mount.fill();

    QList<Account> many;
    for (int i = 0; i < 200; ++i) {
        Account account = makeAccount(QStringLiteral("Bulk %1").arg(i), QStringLiteral("x"), i);
        account.note = QString(200, QLatin1Char('n'));
        many.append(account);
    }
    auto refused = vault->addAll(many);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Io);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("disk is full")))
        << refused.error().message().toStdString();
    EXPECT_EQ(vault->accountCount(Vault::Filter::All), 7);
    EXPECT_EQ(readFile(path), before);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));

    ASSERT_TRUE(QFile::remove(filler));
    ASSERT_TRUE(vault->addAll(many).ok());
    vault->lock();
    auto reopened = tessera::test::openVault(path, quietOptions());
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(reopened->integrityIssues().isEmpty());
    EXPECT_EQ(reopened->accountCount(Vault::Filter::All), 207);
}
