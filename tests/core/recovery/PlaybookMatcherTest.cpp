#include "PlaybookMatcher.h"

#include <gtest/gtest.h>

using tessera::Playbook;
using tessera::PlaybookMatcher;

namespace
{
    PlaybookMatcher matcher()
    {
        auto all = Playbook::loadAll();
        EXPECT_TRUE(all.ok()) << (all.ok() ? std::string() : all.error().message().toStdString());
        return PlaybookMatcher(all.ok() ? std::move(all).value() : QList<Playbook>());
    }

    QStringList ids(const QList<Playbook>& playbooks)
    {
        QStringList out;
        for (const Playbook& playbook : playbooks) {
            out.append(playbook.id());
        }
        return out;
    }
}

TEST(PlaybookMatcher, MatchesProviderNamesTitlesAndAliases)
{
    const PlaybookMatcher m = matcher();
    const QStringList bothAws{QStringLiteral("aws-iam-user"), QStringLiteral("aws-root")};
    EXPECT_EQ(ids(m.match(QStringLiteral("Amazon Web Services"))), bothAws);
    EXPECT_EQ(ids(m.match(QStringLiteral("AWS"))), bothAws);
    EXPECT_EQ(ids(m.match(QStringLiteral("aws (prod)"))), bothAws);
    EXPECT_EQ(ids(m.match(QStringLiteral("AWS root user"))), QStringList{QStringLiteral("aws-root")});
    EXPECT_EQ(ids(m.match(QStringLiteral("AWS IAM user"))), QStringList{QStringLiteral("aws-iam-user")});
    EXPECT_EQ(ids(m.match(QStringLiteral("GitHub"))), QStringList{QStringLiteral("github")});
    EXPECT_EQ(ids(m.match(QStringLiteral("github.com"))), QStringList{QStringLiteral("github")});
    EXPECT_EQ(ids(m.match(QStringLiteral("Gmail"))), QStringList{QStringLiteral("google")});
    EXPECT_EQ(ids(m.match(QStringLiteral("Google"))), QStringList{QStringLiteral("google")});
    EXPECT_EQ(ids(m.match(QStringLiteral("iCloud"))), QStringList{QStringLiteral("apple")});
    EXPECT_EQ(ids(m.match(QStringLiteral("Microsoft"))),
        (QStringList{QStringLiteral("microsoft-personal"), QStringLiteral("microsoft-work")}));
    EXPECT_EQ(ids(m.match(QStringLiteral("Microsoft 365"))), QStringList{QStringLiteral("microsoft-work")});
    EXPECT_EQ(ids(m.match(QStringLiteral("Outlook.com"))), QStringList{QStringLiteral("microsoft-personal")});
}

TEST(PlaybookMatcher, UnknownIssuersFallBackToTheGenericPlaybook)
{
    const PlaybookMatcher m = matcher();
    for (const QString& issuer : {QStringLiteral("Example Corp"), QStringLiteral("Githubber"), QString(),
             QStringLiteral("Any provider"), QStringLiteral("  ")}) {
        EXPECT_TRUE(m.match(issuer).isEmpty()) << issuer.toStdString();
        EXPECT_EQ(ids(m.matchOrGeneric(issuer)), QStringList{QStringLiteral("generic")}) << issuer.toStdString();
    }
    EXPECT_TRUE(PlaybookMatcher({}).matchOrGeneric(QStringLiteral("GitHub")).isEmpty());
}

TEST(PlaybookMatcher, Normalise)
{
    EXPECT_EQ(PlaybookMatcher::normalise(QStringLiteral("  AWS (Prod) ")), QStringLiteral("aws prod"));
    EXPECT_EQ(PlaybookMatcher::normalise(QStringLiteral("aws-root")), QStringLiteral("aws root"));
    EXPECT_EQ(PlaybookMatcher::normalise(QStringLiteral("Ünïcode—Bank")), QStringLiteral("ünïcode bank"));
}
