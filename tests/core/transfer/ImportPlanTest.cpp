#include "ImportPlan.h"
#include "TransferTestSupport.h"

#include <QElapsedTimer>
#include <QSet>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

    QList<Account> existingAccounts()
    {
        QList<Account> existing = richAccounts();
        existing.removeAt(4); // the Ünïcode account is not in the vault yet
        existing[1].position = 7;
        return existing;
    }
}

TEST(ImportPlan, ClassifiesNewDuplicateAndUnreadable)
{
    ImportResult incoming;
    incoming.accounts = fixtureAccounts();
    incoming.accounts[0].issuer = QStringLiteral("Renamed Bank"); // same secret and settings: still a duplicate
    Account movedCounter = incoming.accounts[2];
    incoming.accounts[2] = Account(incoming.accounts[2].parameters.withCounter(99));
    incoming.accounts[2].issuer = movedCounter.issuer;
    Account otherDigits(
        OtpParameters::create(OtpType::Totp, fixtureAccounts()[1].parameters.secret(), HashAlgorithm::Sha256, 6, 60)
            .value());
    incoming.accounts.append(otherDigits);
    incoming.accounts.append(fixtureAccounts()[4]); // twice in the same import
    incoming.unreadable.append({QStringLiteral("Yandex (yuri)"), QStringLiteral("It is a Yandex account.")});
    incoming.warnings.append(QStringLiteral("Code 2 of 3 is missing."));

    ImportPlan plan = ImportPlan::create(incoming, existingAccounts());
    const auto& items = plan.items();
    ASSERT_EQ(items.size(), 8);
    EXPECT_EQ(items[0].status, ImportPlan::Status::Duplicate);
    EXPECT_EQ(items[0].duplicateOf, richAccounts()[0].id);
    EXPECT_TRUE(items[0].reason.contains(u"Example Bank (alice@example.com)"));
    EXPECT_EQ(items[1].status, ImportPlan::Status::Duplicate);
    EXPECT_EQ(items[2].status, ImportPlan::Status::Duplicate); // the HOTP counter moves: not compared
    EXPECT_EQ(items[3].status, ImportPlan::Status::Duplicate);
    EXPECT_TRUE(items[3].reason.contains(u"in the trash"));
    EXPECT_EQ(items[4].status, ImportPlan::Status::New);
    EXPECT_EQ(items[5].status, ImportPlan::Status::New); // 6 digits instead of 8: another credential
    EXPECT_EQ(items[6].status, ImportPlan::Status::Duplicate);
    EXPECT_TRUE(items[6].duplicateInImport);
    EXPECT_TRUE(items[6].reason.contains(u"earlier in this import"));
    EXPECT_EQ(items[7].status, ImportPlan::Status::Unreadable);
    EXPECT_EQ(items[7].label, u"Yandex (yuri)");
    EXPECT_EQ(plan.count(ImportPlan::Status::New), 2);
    EXPECT_EQ(plan.count(ImportPlan::Status::Duplicate), 5);
    EXPECT_EQ(plan.count(ImportPlan::Status::Unreadable), 1);
    EXPECT_EQ(plan.warnings(), incoming.warnings);
}

TEST(ImportPlan, SkipsDuplicatesByDefaultAndImportsThemOnRequest)
{
    ImportResult incoming;
    incoming.accounts = fixtureAccounts();
    for (Account& account : incoming.accounts) {
        account.createdAt = QDateTime(); // as foreign formats give them: no times
        account.modifiedAt = QDateTime();
    }
    ImportPlan plan = ImportPlan::create(incoming, existingAccounts());
    EXPECT_EQ(plan.duplicatePolicy(), ImportPlan::DuplicatePolicy::Skip);
    EXPECT_EQ(plan.addCount(), 1);
    const QList<Account> onlyNew = plan.accountsToAdd(Now);
    ASSERT_EQ(onlyNew.size(), 1);
    EXPECT_EQ(onlyNew.first().parameters, fixtureAccounts()[4].parameters);
    EXPECT_EQ(onlyNew.first().position, 8); // after the existing maximum (7)
    EXPECT_EQ(onlyNew.first().createdAt, Now);
    EXPECT_EQ(onlyNew.first().modifiedAt, Now);

    plan.setDuplicatePolicy(ImportPlan::DuplicatePolicy::Import);
    EXPECT_EQ(plan.addCount(), 5);
    ASSERT_TRUE(plan.setIncluded(1, false).ok());
    ASSERT_TRUE(plan.setIncluded(4, false).ok());
    EXPECT_EQ(plan.addCount(), 3);
    EXPECT_FALSE(plan.setIncluded(99, true).ok());
}

TEST(ImportPlan, IdsStayUniqueAndRenamesApply)
{
    ImportResult incoming;
    incoming.accounts = richAccounts(); // the same ids as the vault's accounts
    incoming.accounts.append(richAccounts()[0]);
    incoming.accounts.last().id = QUuid();
    ImportPlan plan = ImportPlan::create(incoming, existingAccounts());
    plan.setDuplicatePolicy(ImportPlan::DuplicatePolicy::Import);
    ASSERT_TRUE(plan.rename(0, QStringLiteral("  Second Bank "), QStringLiteral("alice (old phone)")).ok());
    EXPECT_EQ(plan.items()[0].label, u"Second Bank (alice (old phone))");
    EXPECT_FALSE(plan.rename(0, QString(), QStringLiteral("  ")).ok());

    const QList<Account> added = plan.accountsToAdd(Now);
    ASSERT_EQ(added.size(), 6);
    QSet<QUuid> ids;
    for (const Account& account : existingAccounts()) {
        ids.insert(account.id);
    }
    for (const Account& account : added) {
        EXPECT_FALSE(account.id.isNull());
        EXPECT_FALSE(ids.contains(account.id));
        ids.insert(account.id);
    }
    EXPECT_EQ(added[0].issuer, u"Second Bank");
    EXPECT_EQ(added[0].accountName, u"alice (old phone)");
    // Times from a Tessera backup are kept; positions follow the existing accounts in import order.
    EXPECT_EQ(added[0].createdAt, richAccounts()[0].createdAt);
    for (qsizetype i = 0; i < added.size(); ++i) {
        EXPECT_EQ(added[i].position, 8 + i);
    }
    EXPECT_EQ(added[0].recovery, richAccounts()[0].recovery);
}

TEST(ImportPlan, UnreadableEntriesCannotBeIncludedOrRenamed)
{
    ImportResult incoming;
    incoming.unreadable.append({QStringLiteral("entry 1"), QStringLiteral("It has no secret.")});
    ImportPlan plan = ImportPlan::create(incoming, {});
    EXPECT_FALSE(plan.isIncluded(0));
    auto include = plan.setIncluded(0, true);
    ASSERT_FALSE(include.ok());
    EXPECT_TRUE(include.error().message().contains(u"no secret"));
    EXPECT_FALSE(plan.rename(0, QStringLiteral("a"), QStringLiteral("b")).ok());
    EXPECT_TRUE(plan.accountsToAdd(Now).isEmpty());
}

TEST(ImportPlan, SameCredentialAndStatusNames)
{
    const QList<Account> accounts = fixtureAccounts();
    Account renamed = accounts[0];
    renamed.issuer = QStringLiteral("Other");
    EXPECT_TRUE(ImportPlan::sameCredential(accounts[0], renamed));
    EXPECT_FALSE(ImportPlan::sameCredential(accounts[0], accounts[1]));
    Account hotp(accounts[2].parameters.withCounter(1000));
    EXPECT_TRUE(ImportPlan::sameCredential(accounts[2], hotp));
    EXPECT_EQ(ImportPlan::statusName(ImportPlan::Status::New), u"new");
    EXPECT_EQ(ImportPlan::statusName(ImportPlan::Status::Duplicate), u"duplicate");
    EXPECT_EQ(ImportPlan::statusName(ImportPlan::Status::Unreadable), u"unreadable");
}

TEST(ImportPlan, TenThousandAgainstTenThousandIsQuick)
{
    ImportResult incoming;
    incoming.accounts = manyAccounts(10000);
    const QList<Account> existing = manyAccounts(10000);
    QElapsedTimer timer;
    timer.start();
    ImportPlan plan = ImportPlan::create(incoming, existing);
    EXPECT_EQ(plan.count(ImportPlan::Status::Duplicate), 10000);
    EXPECT_LT(timer.elapsed(), 3000);
}
