#include "OtpGenerator.h"
#include "Vault.h"
#include "VaultFormat.h"
#include "VaultTestSupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::makeAccount;
using tessera::test::VaultDir;

namespace
{
    constexpr qint64 Start = 1'700'000'000'000;

    struct Fixture
    {
        VaultDir dir;
        qint64 now = Start;
        std::unique_ptr<Vault> vault;

        Fixture()
        {
            VaultOptions options;
            options.now = [this] { return now; };
            vault = tessera::test::createVault(dir.path(), options);
        }

        std::unique_ptr<Vault> reopen()
        {
            VaultOptions options;
            options.now = [this] { return now; };
            return tessera::test::openVault(dir.path(), options);
        }
    };

    QStringList issuers(const QList<AccountSummary>& list)
    {
        QStringList out;
        for (const auto& summary : list) {
            out.append(summary.issuer);
        }
        return out;
    }
}

TEST(VaultAccounts, AddAssignsIdsTimesAndPositionsAndListsInOrder)
{
    Fixture f;
    ASSERT_TRUE(f.vault);
    QSignalSpy changed(f.vault.get(), &Vault::accountsChanged);
    auto a = f.vault->add(makeAccount(QStringLiteral("Alpha"), QStringLiteral("a")));
    f.now += 1000;
    auto b = f.vault->add(makeAccount(QStringLiteral("Beta"), QStringLiteral("b")));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_FALSE(a->isNull());
    EXPECT_EQ(changed.count(), 2);
    const auto list = f.vault->accounts();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(issuers(list), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    EXPECT_EQ(list.at(0).createdAt.toMSecsSinceEpoch(), Start);
    EXPECT_EQ(list.at(1).modifiedAt.toMSecsSinceEpoch(), Start + 1000);
    EXPECT_LT(list.at(0).position, list.at(1).position);
    EXPECT_EQ(list.at(0).revision, 1u);

    auto duplicate = makeAccount(QStringLiteral("Again"), QStringLiteral("a"));
    duplicate.id = *a;
    auto refused = f.vault->add(duplicate);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind(), Error::Kind::Conflict);
}

TEST(VaultAccounts, AddAllIsAllOrNothing)
{
    Fixture f;
    ASSERT_TRUE(f.vault);
    ASSERT_TRUE(f.vault->add(makeAccount(QStringLiteral("Existing"), QStringLiteral("e"))).ok());
    QList<Account> batch;
    for (int i = 0; i < 50; ++i) {
        batch.append(makeAccount(QStringLiteral("Import %1").arg(i), QStringLiteral("x"), i));
    }
    batch[30].id = f.vault->accounts().first().id; // one clash spoils the whole import
    auto refused = f.vault->addAll(batch);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(f.vault->accountCount(), 1);
    batch[30].id = QUuid();
    auto ids = f.vault->addAll(batch);
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(ids->size(), 50);
    auto reopened = f.reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->accountCount(), 51);
    EXPECT_EQ(issuers(reopened->accounts()).at(50), QStringLiteral("Import 49"));
}

TEST(VaultAccounts, UpdateAndModifyBumpTheRevisionAndKeepCreation)
{
    Fixture f;
    ASSERT_TRUE(f.vault);
    const QUuid id = f.vault->add(makeAccount(QStringLiteral("Old"), QStringLiteral("n"))).value();
    f.now += 5000;
    Account changed = f.vault->account(id).value();
    changed.issuer = QStringLiteral("New");
    changed.createdAt = QDateTime();
    ASSERT_TRUE(f.vault->update(changed).ok());
    auto modified = f.vault->modify(id, [](Account& account) {
        account.note = QStringLiteral("noted");
        account.recovery.email = QStringLiteral("me@example.org");
    });
    ASSERT_TRUE(modified.ok());
    auto reopened = f.reopen();
    ASSERT_TRUE(reopened);
    const Account stored = reopened->account(id).value();
    EXPECT_EQ(stored.issuer, QStringLiteral("New"));
    EXPECT_EQ(stored.note, QStringLiteral("noted"));
    EXPECT_EQ(stored.recovery.email, QStringLiteral("me@example.org"));
    EXPECT_EQ(stored.createdAt.toMSecsSinceEpoch(), Start);
    EXPECT_EQ(stored.modifiedAt.toMSecsSinceEpoch(), Start + 5000);
    EXPECT_EQ(reopened->accounts().first().revision, 3u);
    EXPECT_EQ(f.vault->update(makeAccount(QStringLiteral("ghost"), QStringLiteral("g"))).error().kind(),
        Error::Kind::NotFound);
}

TEST(VaultAccounts, TrashRestorePurge)
{
    Fixture f;
    ASSERT_TRUE(f.vault);
    const QUuid a = f.vault->add(makeAccount(QStringLiteral("A"), QStringLiteral("a"))).value();
    const QUuid b = f.vault->add(makeAccount(QStringLiteral("B"), QStringLiteral("b"))).value();
    ASSERT_TRUE(f.vault->moveToTrash(a).ok());
    EXPECT_EQ(issuers(f.vault->accounts()), QStringList{QStringLiteral("B")});
    EXPECT_EQ(issuers(f.vault->accounts(Vault::Filter::Trash)), QStringList{QStringLiteral("A")});
    EXPECT_EQ(f.vault->accounts(Vault::Filter::Trash).first().trashedAt.toMSecsSinceEpoch(), Start);
    ASSERT_TRUE(f.vault->restore(a).ok());
    EXPECT_EQ(f.vault->accountCount(Vault::Filter::Trash), 0);
    ASSERT_TRUE(f.vault->purge(b).ok());
    EXPECT_EQ(issuers(f.vault->accounts(Vault::Filter::All)), QStringList{QStringLiteral("A")});
    EXPECT_EQ(f.vault->purge(b).error().kind(), Error::Kind::NotFound);
    auto reopened = f.reopen();
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(reopened->integrityIssues().isEmpty());
    EXPECT_EQ(reopened->accountCount(Vault::Filter::All), 1);
    EXPECT_EQ(tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 1);
}

TEST(VaultAccounts, TrashOlderThanThirtyDaysIsPurgedOnUnlockByItsAuthenticatedTime)
{
    Fixture f;
    ASSERT_TRUE(f.vault);
    const QUuid old = f.vault->add(makeAccount(QStringLiteral("Old"), QStringLiteral("o"))).value();
    const QUuid recent = f.vault->add(makeAccount(QStringLiteral("Recent"), QStringLiteral("r"))).value();
    ASSERT_TRUE(f.vault->moveToTrash(old).ok());
    f.now += 20LL * 24 * 3600 * 1000;
    ASSERT_TRUE(f.vault->moveToTrash(recent).ok());
    f.vault->lock();

    f.now = Start + 29LL * 24 * 3600 * 1000;
    EXPECT_EQ(f.reopen()->accountCount(Vault::Filter::Trash), 2);
    f.now = Start + 31LL * 24 * 3600 * 1000;
    auto reopened = f.reopen();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(issuers(reopened->accounts(Vault::Filter::Trash)), QStringList{QStringLiteral("Recent")});
    EXPECT_FALSE(reopened->account(old).ok());

    // Nothing outside the ciphertext drives deletion: there is no plain column to change.
    EXPECT_EQ(tessera::test::querySql(
                  f.dir.path(), QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('accounts')"))
                  .toString(),
        QStringLiteral("uuid,format,revision,nonce,ciphertext"));
}

TEST(VaultAccounts, HotpCounterAdvanceIsSavedAtOnce)
{
    Fixture f;
    ASSERT_TRUE(f.vault);
    Account hotp(OtpParameters::create(OtpType::Hotp, QByteArray("12345678901234567890"), HashAlgorithm::Sha1, 6, 30, 0)
                     .value());
    hotp.issuer = QStringLiteral("Counter");
    const QUuid id = f.vault->add(hotp).value();
    // RFC 4226 appendix D: counters 0, 1, 2.
    EXPECT_EQ(f.vault->code(id, 0).value(), QStringLiteral("755224"));
    EXPECT_EQ(f.vault->takeHotpCode(id).value(), QStringLiteral("755224"));
    EXPECT_EQ(f.vault->code(id, 0).value(), QStringLiteral("287082"));
    auto other = f.reopen(); // another process sees the advanced counter at once
    ASSERT_TRUE(other);
    EXPECT_EQ(other->takeHotpCode(id).value(), QStringLiteral("287082"));
    EXPECT_EQ(f.vault->takeHotpCode(id).value(), QStringLiteral("359152")); // reloads before writing
    EXPECT_EQ(f.vault->account(id)->parameters.counter(), 3u);

    const QUuid totp = f.vault->add(makeAccount(QStringLiteral("T"), QStringLiteral("t"))).value();
    EXPECT_EQ(f.vault->takeHotpCode(totp).error().kind(), Error::Kind::InvalidInput);
    const Account totpAccount = f.vault->account(totp).value();
    EXPECT_EQ(f.vault->code(totp, 1'700'000'000).value(), OtpGenerator::code(totpAccount.parameters, 1'700'000'000));
    EXPECT_EQ(
        f.vault->nextCode(totp, 1'700'000'000).value(), OtpGenerator::code(totpAccount.parameters, 1'700'000'030));
}

TEST(VaultAccounts, ReorderRewritesOnlyTheAccountsThatMove)
{
    Fixture f;
    ASSERT_TRUE(f.vault);
    QList<Account> batch;
    for (int i = 0; i < 10; ++i) {
        batch.append(makeAccount(QStringLiteral("N%1").arg(i), QStringLiteral("x"), i));
    }
    const QList<QUuid> ids = f.vault->addAll(batch).value();
    QList<QUuid> order = ids;
    order.move(9, 0); // the last one to the top
    ASSERT_TRUE(f.vault->reorder(order).ok());
    QStringList expected;
    for (const QUuid& id : order) {
        expected.append(f.vault->account(id)->issuer);
    }
    EXPECT_EQ(issuers(f.vault->accounts()), expected);
    int rewritten = 0;
    for (const auto& summary : f.vault->accounts()) {
        rewritten += summary.revision > 1 ? 1 : 0;
    }
    EXPECT_EQ(rewritten, 1);

    // Many moves into the same gap eventually renumber, and the order still holds.
    for (int round = 0; round < 15; ++round) {
        QList<QUuid> current;
        for (const auto& summary : f.vault->accounts()) {
            current.append(summary.id);
        }
        current.move(current.size() - 1, 1);
        ASSERT_TRUE(f.vault->reorder(current).ok());
        QList<QUuid> after;
        for (const auto& summary : f.vault->accounts()) {
            after.append(summary.id);
        }
        ASSERT_EQ(after, current) << round;
    }
    EXPECT_EQ(f.vault->reorder({QUuid::createUuid()}).error().kind(), Error::Kind::NotFound);
    auto reopened = f.reopen();
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(reopened->integrityIssues().isEmpty());
}
