#include "ModelFixture.h"

#include "Credential.h"
#include "OtpGenerator.h"
#include "list/AccountRoles.h"
#include "model/AccountListModel.h"

#include <QMimeData>
#include <QSignalSpy>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace tessera::gui::test
{
    namespace
    {
        class AccountListModelTest : public ModelFixture
        {
        protected:
            void SetUp() override
            {
                ModelFixture::SetUp();
                github = addTotp(QStringLiteral("GitHub"), QStringLiteral("alice"));
                google = addTotp(QStringLiteral("Google"), QStringLiteral("alice@gmail.com"));
                cloudflare = addTotp(QStringLiteral("Cloudflare"), QStringLiteral("ops"), 60);
                bank = addHotp(QStringLiteral("Bank"), QStringLiteral("4711"), 5);
                model = std::make_unique<AccountListModel>(*holder, clock, time);
            }

            void TearDown() override
            {
                model.reset();
                ModelFixture::TearDown();
            }

            QVariant value(const QUuid& id, int role) const { return model->indexOf(id).data(role); }

            QUuid github;
            QUuid google;
            QUuid cloudflare;
            QUuid bank;
            std::unique_ptr<AccountListModel> model;
        };
    }

    TEST_F(AccountListModelTest, FillsTheRolesTheDelegatePaints)
    {
        ASSERT_EQ(model->rowCount(), 4);
        EXPECT_EQ(value(github, AccountRoles::Id).toUuid(), github);
        EXPECT_EQ(value(github, AccountRoles::Issuer).toString(), QStringLiteral("GitHub"));
        EXPECT_EQ(value(github, AccountRoles::AccountName).toString(), QStringLiteral("alice"));
        EXPECT_EQ(value(github, AccountRoles::Code).toString(), expectedCode(github));
        EXPECT_EQ(value(github, AccountRoles::Code).toString().size(), 7); // "123 456"
        EXPECT_EQ(value(github, AccountRoles::Period).toInt(), 30);
        EXPECT_EQ(value(github, AccountRoles::SecondsLeft).toInt(), 20); // 10 s into the period
        EXPECT_EQ(value(cloudflare, AccountRoles::SecondsLeft).toInt(), 50);
        EXPECT_FALSE(value(github, AccountRoles::IsHotp).toBool());
        EXPECT_TRUE(value(github, AccountRoles::IsRevealed).toBool());
        EXPECT_FALSE(value(github, AccountRoles::CopyFeedback).isValid());
        EXPECT_TRUE(value(github, AccountRoles::NextCode).toString().isEmpty());
        EXPECT_EQ(value(github, Qt::AccessibleTextRole).toString(), QStringLiteral("GitHub (alice)"));
        EXPECT_TRUE(value(github, Qt::AccessibleDescriptionRole).toString().contains(expectedCode(github)));

        // A counter-based account shows no code until one is asked for.
        EXPECT_TRUE(value(bank, AccountRoles::IsHotp).toBool());
        EXPECT_FALSE(value(bank, AccountRoles::IsRevealed).toBool());
        EXPECT_TRUE(value(bank, AccountRoles::Code).toString().isEmpty());
        EXPECT_EQ(value(bank, AccountRoles::Period).toInt(), 0);
    }

    TEST_F(AccountListModelTest, SignalsOnlyTheRowsWhoseCodeChangedAtEachPeriodBoundary)
    {
        QSignalSpy changed(model.get(), &AccountListModel::dataChanged);
        QSignalSpy reset(model.get(), &AccountListModel::modelReset);
        QList<QList<int>> rowsAtSecond;

        // A simulated minute, second by second, from 10 s into a minute.
        for (int second = 1; second <= 60; ++second) {
            time.advance(1s);
            QList<int> rows;
            for (const QList<QVariant>& signal : std::as_const(changed)) {
                const auto top = signal.at(0).value<QModelIndex>();
                const auto bottom = signal.at(1).value<QModelIndex>();
                EXPECT_EQ(top, bottom) << "one signal per changed row";
                EXPECT_TRUE(signal.at(2).value<QList<int>>().contains(AccountRoles::Code));
                rows.append(top.row());
            }
            rowsAtSecond.append(rows);
            changed.clear();
        }

        const int githubRow = model->indexOf(github).row();
        const int googleRow = model->indexOf(google).row();
        const int cloudflareRow = model->indexOf(cloudflare).row();
        for (int second = 1; second <= 60; ++second) {
            QList<int> rows = rowsAtSecond.at(second - 1);
            std::sort(rows.begin(), rows.end());
            QList<int> expected;
            if (second == 20) { // the 30 s codes change at :30
                expected = {githubRow, googleRow};
            } else if (second == 50) { // all time-based codes change at the next minute
                expected = {githubRow, googleRow, cloudflareRow};
            }
            std::sort(expected.begin(), expected.end());
            EXPECT_EQ(rows, expected) << "at second " << second;
        }
        EXPECT_EQ(reset.count(), 0);
        EXPECT_EQ(value(github, AccountRoles::Code).toString(), expectedCode(github));
        EXPECT_EQ(value(cloudflare, AccountRoles::Code).toString(), expectedCode(cloudflare));
        EXPECT_EQ(value(github, AccountRoles::SecondsLeft).toInt(), 20);
    }

    TEST_F(AccountListModelTest, KeepsNoTimerWhileInactiveAndCatchesUpWhenActiveAgain)
    {
        EXPECT_EQ(time.activeTimers(), 1); // the next boundary
        model->setActive(false);
        EXPECT_EQ(time.activeTimers(), 0);
        QSignalSpy changed(model.get(), &AccountListModel::dataChanged);
        time.advance(45s);
        EXPECT_EQ(changed.count(), 0);

        model->setActive(true);
        EXPECT_EQ(changed.count(), 2); // the 30 s codes moved on meanwhile (55 s into the minute)
        EXPECT_EQ(time.activeTimers(), 1);
        EXPECT_EQ(value(github, AccountRoles::Code).toString(), expectedCode(github));
        EXPECT_EQ(model->nextBoundary(), (StartUnixMs + 45'000) / 30'000 * 30'000 + 30'000);
    }

    TEST_F(AccountListModelTest, FollowsVaultChangesWithoutAReset)
    {
        QSignalSpy reset(model.get(), &AccountListModel::modelReset);
        QSignalSpy inserted(model.get(), &AccountListModel::rowsInserted);
        QSignalSpy removed(model.get(), &AccountListModel::rowsRemoved);
        QSignalSpy changed(model.get(), &AccountListModel::dataChanged);

        const QUuid added = addTotp(QStringLiteral("Dropbox"), QStringLiteral("alice"));
        EXPECT_EQ(inserted.count(), 1);
        EXPECT_EQ(model->rowCount(), 5);
        EXPECT_EQ(value(added, AccountRoles::Code).toString(), expectedCode(added));

        ASSERT_TRUE(vault().modify(github, [](Account& account) { account.note = QStringLiteral("work"); }).ok());
        EXPECT_EQ(changed.count(), 1);
        EXPECT_EQ(value(github, AccountRoles::Note).toString(), QStringLiteral("work"));

        ASSERT_TRUE(vault().moveToTrash(google).ok());
        EXPECT_EQ(removed.count(), 1);
        EXPECT_FALSE(model->indexOf(google).isValid());
        EXPECT_EQ(model->rowCount(), 4);
        EXPECT_EQ(reset.count(), 0);
    }

    TEST_F(AccountListModelTest, LockingEmptiesTheListAndUnlockingFillsIt)
    {
        vault().lock();
        EXPECT_EQ(model->rowCount(), 0);
        EXPECT_EQ(model->nextBoundary(), -1);
        ASSERT_TRUE(vault().unlock(Credential::password(Password)).ok());
        EXPECT_EQ(model->rowCount(), 4);
        EXPECT_EQ(value(github, AccountRoles::Code).toString(), expectedCode(github));
    }

    TEST_F(AccountListModelTest, TakesAHotpCodeAndSavesTheCounter)
    {
        auto code = model->takeHotpCode(bank);
        ASSERT_TRUE(code.ok());
        auto parameters = vault().account(bank)->parameters;
        EXPECT_EQ(parameters.counter(), 6u);
        EXPECT_EQ(*code, OtpGenerator::codeForCounter(parameters, 5));
        EXPECT_TRUE(value(bank, AccountRoles::IsRevealed).toBool());
        EXPECT_EQ(value(bank, AccountRoles::Code).toString(), OtpGenerator::grouped(*code));
        EXPECT_EQ(model->takenHotpCode(bank), *code);

        auto next = model->takeHotpCode(bank);
        ASSERT_TRUE(next.ok());
        EXPECT_EQ(*next, OtpGenerator::codeForCounter(parameters, 6));
        EXPECT_EQ(vault().account(bank)->parameters.counter(), 7u);
    }

    TEST_F(AccountListModelTest, ShowsTheNextCodeOnlyWhenAskedTo)
    {
        model->setShowNextCode(true);
        auto next = vault().nextCode(github, unixSeconds());
        ASSERT_TRUE(next.ok());
        EXPECT_EQ(value(github, AccountRoles::NextCode).toString(), OtpGenerator::grouped(*next));
        EXPECT_TRUE(value(bank, AccountRoles::NextCode).toString().isEmpty());

        time.advance(20s); // the next code becomes the current one
        EXPECT_EQ(value(github, AccountRoles::Code).toString(), OtpGenerator::grouped(*next));
        model->setShowNextCode(false);
        EXPECT_TRUE(value(github, AccountRoles::NextCode).toString().isEmpty());
    }

    TEST_F(AccountListModelTest, HidesCodesUntilClickedInClickToRevealMode)
    {
        model->setCodeReveal(CodeReveal::OnClick);
        EXPECT_FALSE(value(github, AccountRoles::IsRevealed).toBool());
        EXPECT_FALSE(value(github, Qt::AccessibleDescriptionRole).toString().contains(expectedCode(github)));
        model->reveal(github);
        EXPECT_TRUE(value(github, AccountRoles::IsRevealed).toBool());
        EXPECT_FALSE(value(google, AccountRoles::IsRevealed).toBool());
        model->setCodeReveal(CodeReveal::Always);
        EXPECT_TRUE(value(google, AccountRoles::IsRevealed).toBool());
    }

    TEST_F(AccountListModelTest, ShowsCopyFeedbackOnOneRowAtATime)
    {
        model->setCopyFeedback(github, 30);
        EXPECT_EQ(value(github, AccountRoles::CopyFeedback).toInt(), 30);
        model->setCopyFeedback(google, 0);
        EXPECT_FALSE(value(github, AccountRoles::CopyFeedback).isValid());
        EXPECT_EQ(value(google, AccountRoles::CopyFeedback).toInt(), 0);
        model->clearCopyFeedback();
        EXPECT_FALSE(value(google, AccountRoles::CopyFeedback).isValid());
    }

    TEST_F(AccountListModelTest, DragsCarryTheAccountIds)
    {
        std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(google), model->indexOf(github)}));
        ASSERT_NE(data, nullptr);
        EXPECT_EQ(AccountListModel::idsFromMimeData(data.get()), (QList<QUuid>{google, github}));
    }
}
