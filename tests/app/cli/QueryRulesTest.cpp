#include "AccountQuery.h"
#include "VaultCliFixture.h"

#include <gtest/gtest.h>

using tessera::AccountSummary;
using tessera::Error;
using tessera::cli::AccountQuery;
using tessera::test::VaultCliFixture;

namespace
{
    AccountSummary summary(const QString& issuer, const QString& name)
    {
        AccountSummary s;
        s.id = QUuid::createUuid();
        s.issuer = issuer;
        s.accountName = name;
        return s;
    }
}

TEST(AccountQuery, TheContractOrderIdThenExactThenSubstring)
{
    const QList<AccountSummary> all = {summary(QStringLiteral("GitHub"), QStringLiteral("alice")),
        summary(QStringLiteral("GitHub"), QStringLiteral("bob")),
        summary(QStringLiteral("GitLab"), QStringLiteral("alice")),
        summary(QStringLiteral("Mail"), QStringLiteral("github"))};
    // An exact id, with or without braces, any case.
    EXPECT_EQ(AccountQuery::resolve(all, all[2].id.toString().toUpper()).value().id, all[2].id);
    EXPECT_EQ(AccountQuery::resolve(all, all[2].id.toString(QUuid::WithoutBraces)).value().id, all[2].id);
    // "issuer:account", case-insensitive.
    EXPECT_EQ(AccountQuery::resolve(all, QStringLiteral("github:BOB")).value().id, all[1].id);
    // An exact issuer or account name beats substrings; several exact matches are ambiguous.
    EXPECT_EQ(AccountQuery::resolve(all, QStringLiteral("gitlab")).value().id, all[2].id);
    auto exactTwice = AccountQuery::resolve(all, QStringLiteral("alice"));
    ASSERT_FALSE(exactTwice.ok());
    EXPECT_EQ(exactTwice.error().kind(), Error::Kind::Ambiguous);
    auto github = AccountQuery::resolve(all, QStringLiteral("github"));
    ASSERT_FALSE(github.ok()); // issuer GitHub twice, and account "github" once: three exact matches
    EXPECT_EQ(github.error().message().count(QStringLiteral("\n  ")), 3);
    // Else a substring of "issuer account".
    EXPECT_EQ(AccountQuery::resolve(all, QStringLiteral("hub b")).value().id, all[1].id);
    EXPECT_EQ(AccountQuery::resolve(all, QStringLiteral("mail git")).value().id, all[3].id);
    auto none = AccountQuery::resolve(all, QStringLiteral("nothing"));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().kind(), Error::Kind::NotFound);
}

TEST(QueryRules, NoMatchOrSeveralExitFourWithCandidatesOnStderr)
{
    VaultCliFixture f;
    f.init();
    const QString alice = f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    const QString bob = f.add(QStringLiteral("GitHub"), QStringLiteral("bob"));
    const auto several = f.run({QStringLiteral("code"), QStringLiteral("github")});
    EXPECT_EQ(several.exitCode, 4);
    EXPECT_TRUE(several.out.isEmpty());
    EXPECT_TRUE(several.err.contains(alice + QStringLiteral("  GitHub (alice)")));
    EXPECT_TRUE(several.err.contains(bob + QStringLiteral("  GitHub (bob)")));
    const auto none = f.run({QStringLiteral("show"), QStringLiteral("gitlab")});
    EXPECT_EQ(none.exitCode, 4);
    EXPECT_TRUE(none.err.contains(QStringLiteral("No account matches 'gitlab'")));
    EXPECT_EQ(f.run({QStringLiteral("code"), bob.toUpper()}).exitCode, 0);
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("GITHUB:ALICE")}).exitCode, 0);
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("hub bo")}).exitCode, 0);
}

TEST(QueryRules, TrashedAccountsAreOnlyMatchedByRestoreAndPurge)
{
    VaultCliFixture f;
    f.init();
    const QString id = f.add(QStringLiteral("Old"), QStringLiteral("one"));
    ASSERT_EQ(f.run({QStringLiteral("rm"), QStringLiteral("old")}).exitCode, 0);
    for (const QString& command : {QStringLiteral("code"), QStringLiteral("show"), QStringLiteral("rm")}) {
        EXPECT_EQ(f.run({command, QStringLiteral("old")}).exitCode, 4) << command.toStdString();
        EXPECT_EQ(f.run({command, id}).exitCode, 4) << command.toStdString();
    }
    EXPECT_EQ(f.run({QStringLiteral("edit"), id, QStringLiteral("--note"), QStringLiteral("x")}).exitCode, 4);
    ASSERT_EQ(f.run({QStringLiteral("restore"), QStringLiteral("old")}).exitCode, 0);
    EXPECT_EQ(f.run({QStringLiteral("code"), QStringLiteral("old")}).exitCode, 0);
    // restore and purge see only the trash.
    const auto notTrashed = f.run({QStringLiteral("purge"), QStringLiteral("old")});
    EXPECT_EQ(notTrashed.exitCode, 4);
    EXPECT_TRUE(notTrashed.err.contains(QStringLiteral("in the trash")));
    EXPECT_EQ(f.run({QStringLiteral("restore"), QStringLiteral("old")}).exitCode, 4);
}
