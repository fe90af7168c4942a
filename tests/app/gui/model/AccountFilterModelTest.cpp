#include "ModelFixture.h"

#include "list/AccountRoles.h"
#include "model/AccountFilterModel.h"
#include "model/AccountListModel.h"

#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

namespace tessera::gui::test
{
    namespace
    {
        class AccountFilterModelTest : public ModelFixture
        {
        protected:
            void SetUp() override
            {
                ModelFixture::SetUp();
                aws = addTotp(QStringLiteral("Amazon Web Services"), QStringLiteral("root@example.com"));
                github = addTotp(QStringLiteral("GitHub"), QStringLiteral("alice"));
                digital = addTotp(QStringLiteral("DigitalOcean"), QStringLiteral("team@example.com"));
                zurich = addTotp(QStringLiteral("Zürich Bank"), QStringLiteral("ölaf"));
                ASSERT_TRUE(vault()
                                .modify(digital,
                                    [](Account& account) {
                                        account.tags = {QStringLiteral("work"), QStringLiteral("cloud")};
                                        account.note = QStringLiteral("droplets for the shop");
                                    })
                                .ok());
                source = std::make_unique<AccountListModel>(*holder, clock, time);
                filter = std::make_unique<AccountFilterModel>();
                filter->setSourceModel(source.get());
            }

            void TearDown() override
            {
                filter.reset();
                source.reset();
                ModelFixture::TearDown();
            }

            QList<QUuid> shown() const { return filter->shownIds(); }

            QUuid aws;
            QUuid github;
            QUuid digital;
            QUuid zurich;
            std::unique_ptr<AccountListModel> source;
            std::unique_ptr<AccountFilterModel> filter;
        };
    }

    TEST_F(AccountFilterModelTest, ShowsTheManualOrderWithoutASearch)
    {
        EXPECT_EQ(shown(), (QList<QUuid>{aws, github, digital, zurich}));
        EXPECT_TRUE(filter->canReorder());
    }

    TEST_F(AccountFilterModelTest, SearchesIssuerAccountTagsAndNote)
    {
        filter->setSearchText(QStringLiteral("alice"));
        EXPECT_EQ(shown(), (QList<QUuid>{github}));
        filter->setSearchText(QStringLiteral("cloud"));
        EXPECT_EQ(shown(), (QList<QUuid>{digital}));
        filter->setSearchText(QStringLiteral("DROPLETS"));
        EXPECT_EQ(shown(), (QList<QUuid>{digital}));
        filter->setSearchText(QStringLiteral("example work"));
        EXPECT_EQ(shown(), (QList<QUuid>{digital})); // every word must match
        filter->setSearchText(QStringLiteral("nothing like it"));
        EXPECT_TRUE(shown().isEmpty());
        EXPECT_FALSE(filter->canReorder());
        filter->setSearchText(QString());
        EXPECT_EQ(shown().size(), 4);
    }

    TEST_F(AccountFilterModelTest, IgnoresCaseAndAccents)
    {
        filter->setSearchText(QStringLiteral("zurich"));
        EXPECT_EQ(shown(), (QList<QUuid>{zurich}));
        filter->setSearchText(QStringLiteral("OLAF"));
        EXPECT_EQ(shown(), (QList<QUuid>{zurich}));
    }

    TEST_F(AccountFilterModelTest, PutsTheBestMatchFirstWhileSearching)
    {
        // "git" is in "DigitalOcean" too, but GitHub starts with it.
        filter->setSearchText(QStringLiteral("git"));
        EXPECT_EQ(shown(), (QList<QUuid>{github, digital}));
        // A word of the name starting with the query beats a match inside a word.
        filter->setSearchText(QStringLiteral("web"));
        EXPECT_EQ(shown(), (QList<QUuid>{aws}));
        filter->setSearchText(QStringLiteral("ex"));
        EXPECT_EQ(shown().first(), aws);
    }

    TEST_F(AccountFilterModelTest, ListsFavouritesFirstThenManualOrAlphabeticalOrder)
    {
        ASSERT_TRUE(vault().modify(zurich, [](Account& account) { account.favorite = true; }).ok());
        EXPECT_EQ(shown(), (QList<QUuid>{zurich, aws, github, digital}));
        ASSERT_TRUE(vault().reorder({digital, github, aws, zurich}).ok());
        EXPECT_EQ(shown(), (QList<QUuid>{zurich, digital, github, aws}));
        filter->setSortMode(SortMode::Alphabetical);
        EXPECT_EQ(shown(), (QList<QUuid>{zurich, aws, digital, github}));
        EXPECT_FALSE(filter->canReorder());
    }

    TEST_F(AccountFilterModelTest, ADropAsksForTheNewOrder)
    {
        QSignalSpy reorder(filter.get(), &AccountFilterModel::reorderRequested);
        EXPECT_EQ(filter->orderAfterMove({zurich}, 0), (QList<QUuid>{zurich, aws, github, digital}));
        EXPECT_EQ(filter->orderAfterMove({aws}, 4), (QList<QUuid>{github, digital, zurich, aws}));
        EXPECT_EQ(filter->orderAfterMove({aws}, 2), (QList<QUuid>{github, aws, digital, zurich}));

        std::unique_ptr<QMimeData> data(source->mimeData({source->indexOf(digital)}));
        EXPECT_FALSE(filter->dropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
        ASSERT_EQ(reorder.count(), 1);
        EXPECT_EQ(reorder.at(0).at(0).value<QList<QUuid>>(), (QList<QUuid>{digital, aws, github, zurich}));

        // Dropped onto a row: before it.
        EXPECT_FALSE(filter->dropMimeData(data.get(), Qt::MoveAction, -1, -1, filter->index(1, 0)));
        ASSERT_EQ(reorder.count(), 2);
        EXPECT_EQ(reorder.at(1).at(0).value<QList<QUuid>>(), (QList<QUuid>{aws, digital, github, zurich}));

        filter->setSearchText(QStringLiteral("a"));
        EXPECT_FALSE(filter->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex()));
    }

    // Search keeps what it compares per row; every kind of change must reach it.
    TEST_F(AccountFilterModelTest, FollowsAddedRenamedAndTrashedAccountsWhileSearching)
    {
        filter->setSearchText(QStringLiteral("git"));
        ASSERT_EQ(shown(), (QList<QUuid>{github, digital}));

        const QUuid gitea = addTotp(QStringLiteral("Gitea"), QStringLiteral("bob"));
        EXPECT_EQ(shown(), (QList<QUuid>{github, gitea, digital}));

        // Renamed so that a word of the issuer starts with the query: between the two.
        ASSERT_TRUE(
            vault().modify(aws, [](Account& account) { account.issuer = QStringLiteral("AWS git mirror"); }).ok());
        EXPECT_EQ(shown(), (QList<QUuid>{github, gitea, aws, digital}));

        // A row removed before others: the rows after it keep their own text and rank.
        ASSERT_TRUE(vault().moveToTrash(github).ok());
        EXPECT_EQ(shown(), (QList<QUuid>{gitea, aws, digital}));
        ASSERT_TRUE(vault().modify(zurich, [](Account& account) { account.note = QStringLiteral("git server"); }).ok());
        EXPECT_EQ(shown(), (QList<QUuid>{gitea, aws, digital, zurich}));

        // A favourite goes first among equally good matches only.
        ASSERT_TRUE(vault().modify(digital, [](Account& account) { account.favorite = true; }).ok());
        EXPECT_EQ(shown(), (QList<QUuid>{gitea, aws, digital, zurich}));
        filter->setSearchText(QString());
        EXPECT_EQ(shown(), (QList<QUuid>{digital, aws, zurich, gitea}));
    }

    TEST_F(AccountFilterModelTest, SortsAlphabeticallyIgnoringCase)
    {
        const QUuid lower = addTotp(QStringLiteral("server"), QString());
        const QUuid nameOnly = addTotp(QString(), QStringLiteral("carol@example.com"));
        filter->setSortMode(SortMode::Alphabetical);
        EXPECT_EQ(shown(), (QList<QUuid>{aws, nameOnly, digital, github, lower, zurich}));
        filter->setSearchText(QStringLiteral("e"));
        EXPECT_EQ(shown(), (QList<QUuid>{aws, nameOnly, digital, github, lower}));
        ASSERT_TRUE(
            vault().modify(lower, [](Account& account) { account.issuer = QStringLiteral("Bastion edge"); }).ok());
        EXPECT_EQ(shown(), (QList<QUuid>{aws, lower, nameOnly, digital, github}));
    }

    TEST_F(AccountFilterModelTest, SortsNumbersInNamesByValueWhereTheLanguageDoes)
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AccountFilterModel english;
        english.setSourceModel(source.get());
        QLocale::setDefault(before);
        const QUuid ten = addTotp(QStringLiteral("Server 10"), QString());
        const QUuid two = addTotp(QStringLiteral("server 2"), QString());
        english.setSortMode(SortMode::Alphabetical);
        english.setSearchText(QStringLiteral("server"));
        EXPECT_EQ(english.shownIds(), (QList<QUuid>{two, ten}));
        ASSERT_TRUE(vault().modify(ten, [](Account& account) { account.issuer = QStringLiteral("Server 1"); }).ok());
        EXPECT_EQ(english.shownIds(), (QList<QUuid>{ten, two}));
    }
}
