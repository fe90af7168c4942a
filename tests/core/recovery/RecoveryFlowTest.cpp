#include "RecoveryFlow.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <functional>

using tessera::Playbook;
using tessera::RecoveryFlow;
using Stage = RecoveryFlow::Stage;

namespace
{
    const QList<Playbook>& playbooks()
    {
        static const QList<Playbook> all = [] {
            auto loaded = Playbook::loadAll();
            EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().message().toStdString());
            return loaded.ok() ? std::move(loaded).value() : QList<Playbook>();
        }();
        return all;
    }

    const Playbook& playbook(const QString& id)
    {
        for (const Playbook& candidate : playbooks()) {
            if (candidate.id() == id) {
                return candidate;
            }
        }
        ADD_FAILURE() << "no playbook " << id.toStdString();
        return playbooks().first();
    }

    /// Saves and restores the flow as the wizard does across a restart (through JSON text).
    RecoveryFlow resumed(const RecoveryFlow& flow)
    {
        const QByteArray saved = QJsonDocument(flow.toJson()).toJson(QJsonDocument::Compact);
        auto restored = RecoveryFlow::fromJson(QJsonDocument::fromJson(saved).object(), playbooks());
        EXPECT_TRUE(restored.ok()) << (restored.ok() ? std::string() : restored.error().message().toStdString());
        if (!restored.ok()) {
            return flow;
        }
        EXPECT_EQ(restored->toJson(), flow.toJson());
        return std::move(restored).value();
    }

    void ok(const tessera::Result<void>& result)
    {
        ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    }

    void refused(RecoveryFlow& flow, const tessera::Result<void>& result)
    {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind(), tessera::Error::Kind::InvalidInput);
        EXPECT_FALSE(result.error().message().isEmpty());
        Q_UNUSED(flow);
    }

    /// A flow at the alternative factors of `playbookId`, seed not found, on `pathId`.
    RecoveryFlow onPath(const QString& playbookId, const QString& pathId)
    {
        RecoveryFlow flow;
        ok(flow.choose(QStringLiteral("acc-1"), QStringLiteral("AWS:root"), playbook(playbookId)));
        ok(flow.recordSeedLocation(RecoveryFlow::SeedLocation::NotFound));
        ok(flow.recordClockOffset(-1'200));
        ok(flow.recordResync(RecoveryFlow::ResyncOutcome::Failed));
        ok(flow.startAlternativeFactors());
        ok(flow.choosePath(pathId));
        return flow;
    }

    /// Ticks the re-enrolment and prevention checklists and finishes, resuming between items.
    void finishFrom(RecoveryFlow& flow)
    {
        ok(flow.startReEnrol());
        EXPECT_EQ(flow.stage(), Stage::ReEnrol);
        flow = resumed(flow);
        for (const Playbook::Step& step : flow.playbook()->reEnrol()) {
            ok(flow.checkItem(step.id));
            flow = resumed(flow);
        }
        ok(flow.startPrevent());
        EXPECT_EQ(flow.stage(), Stage::Prevent);
        for (const Playbook::Step& step : flow.playbook()->prevent()) {
            ok(flow.checkItem(step.id));
            flow = resumed(flow);
        }
        ok(flow.finish());
        EXPECT_EQ(flow.stage(), Stage::Done);
        flow = resumed(flow);
        EXPECT_EQ(flow.stage(), Stage::Done);
    }
}

TEST(RecoveryFlow, StartsAtChoosingTheAccount)
{
    const RecoveryFlow flow;
    EXPECT_EQ(flow.stage(), Stage::ChooseAccount);
    EXPECT_FALSE(flow.playbook().has_value());
    EXPECT_EQ(resumed(flow).stage(), Stage::ChooseAccount);
}

TEST(RecoveryFlow, WalksEveryPathOfEveryPlaybookWithResumeAfterEachStep)
{
    ASSERT_EQ(playbooks().size(), 8);
    int walked = 0;
    for (const Playbook& book : playbooks()) {
        for (const Playbook::Path& path : book.paths()) {
            SCOPED_TRACE(QString(book.id() + QLatin1Char('/') + path.id).toStdString());
            RecoveryFlow flow = resumed(onPath(book.id(), path.id));
            EXPECT_EQ(flow.stage(), Stage::AlternativeFactors);
            EXPECT_EQ(flow.currentPath()->id, path.id);
            for (const Playbook::Step& step : path.steps) {
                ASSERT_NE(flow.currentStep(), nullptr);
                EXPECT_EQ(flow.currentStep()->id, step.id);
                EXPECT_FALSE(flow.isPathComplete());
                ok(flow.completeStep(step.id));
                flow = resumed(flow);
            }
            EXPECT_EQ(flow.currentStep(), nullptr);
            EXPECT_TRUE(flow.isPathComplete());
            EXPECT_EQ(flow.clockOffsetMilliseconds(), -1'200);
            EXPECT_EQ(flow.resyncOutcome(), RecoveryFlow::ResyncOutcome::Failed);
            finishFrom(flow);
            ++walked;
        }
    }
    EXPECT_GE(walked, 20);
}

TEST(RecoveryFlow, EveryFailureOptionLeadsWhereItSays)
{
    int options = 0;
    for (const Playbook& book : playbooks()) {
        for (const Playbook::Path& path : book.paths()) {
            for (qsizetype s = 0; s < path.steps.size(); ++s) {
                const Playbook::Step& step = path.steps.at(s);
                for (const Playbook::Failure& failure : step.failures) {
                    for (const Playbook::Option& option : failure.options) {
                        SCOPED_TRACE(QString(book.id() + QLatin1Char('/') + step.id + QLatin1Char('/') + failure.id
                            + QLatin1Char('/') + option.id)
                                         .toStdString());
                        RecoveryFlow flow = onPath(book.id(), path.id);
                        for (qsizetype before = 0; before < s; ++before) {
                            ok(flow.completeStep(path.steps.at(before).id));
                        }
                        ok(flow.reportFailure(failure.id));
                        flow = resumed(flow);
                        ASSERT_TRUE(flow.pendingFailure().has_value());
                        EXPECT_EQ(flow.pendingFailure()->failureId, failure.id);
                        ok(flow.takeOption(option.id));
                        flow = resumed(flow);
                        EXPECT_FALSE(flow.pendingFailure().has_value());
                        ASSERT_EQ(flow.branches().size(), 1);
                        EXPECT_EQ(flow.branches().first().optionId, option.id);
                        switch (option.then) {
                        case Playbook::Then::Retry:
                            EXPECT_EQ(flow.currentPath()->id, path.id);
                            EXPECT_EQ(flow.currentStep()->id, step.id);
                            break;
                        case Playbook::Then::Continue:
                            EXPECT_EQ(flow.completedSteps().size(), s + 1);
                            break;
                        case Playbook::Then::Restart:
                            EXPECT_EQ(flow.currentPath()->id, path.id);
                            EXPECT_TRUE(flow.completedSteps().isEmpty());
                            break;
                        case Playbook::Then::Path:
                            EXPECT_EQ(flow.currentPath()->id, option.path);
                            EXPECT_TRUE(flow.completedSteps().isEmpty());
                            break;
                        }
                        // Whatever the branch, the way back in can be finished.
                        while (const Playbook::Step* next = flow.currentStep()) {
                            ok(flow.completeStep(next->id));
                        }
                        finishFrom(flow);
                        ++options;
                    }
                }
            }
        }
    }
    EXPECT_GE(options, 6);
}

TEST(RecoveryFlow, TheAwsRootUserStory)
{
    // The seed is gone; the call fails because the number on file has no + country code; an IAM
    // user fixes the number; the call works; a new device is registered.
    RecoveryFlow flow;
    ok(flow.choose(QString(), QStringLiteral("AWS root (not in Tessera)"), playbook(QStringLiteral("aws-root"))));
    EXPECT_TRUE(flow.accountId().isEmpty());
    ok(flow.recordSeedLocation(RecoveryFlow::SeedLocation::NotFound));
    refused(flow, flow.resolveByTroubleshooting());
    ok(flow.startAlternativeFactors());
    ok(flow.choosePath(QStringLiteral("alternative-factors")));
    for (const char* id : {"troubleshoot-mfa", "send-email", "open-email"}) {
        ok(flow.completeStep(QString::fromLatin1(id)));
    }
    EXPECT_EQ(flow.currentStep()->id, QStringLiteral("phone-call"));
    ok(flow.reportFailure(QStringLiteral("phone-verification-failed")));

    // The wizard is closed while the IAM user is asked; it resumes later.
    flow = resumed(flow);
    EXPECT_EQ(flow.stage(), Stage::AlternativeFactors);
    refused(flow, flow.completeStep(QStringLiteral("phone-call")));
    refused(flow, flow.choosePath(QStringLiteral("support")));
    ok(flow.takeOption(QStringLiteral("fix-number")));
    EXPECT_EQ(flow.currentStep()->id, QStringLiteral("phone-call"));
    ok(flow.completeStep(QStringLiteral("phone-call")));
    ok(flow.completeStep(QStringLiteral("sign-in")));
    ok(flow.startReEnrol());
    // The password change is optional (only if the device was stolen).
    refused(flow, flow.startPrevent());
    ok(flow.checkItem(QStringLiteral("replace-device")));
    ok(flow.startPrevent());
    EXPECT_FALSE(flow.reEnrolDone().contains(QStringLiteral("change-password")));
    ok(flow.checkItem(QStringLiteral("second-device")));
    ok(flow.finish());
    EXPECT_EQ(flow.branches(),
        QList<RecoveryFlow::Branch>({{QStringLiteral("alternative-factors"), QStringLiteral("phone-call"),
            QStringLiteral("phone-verification-failed"), QStringLiteral("fix-number")}}));
}

TEST(RecoveryFlow, NoIamUserLeadsToTheSupportForm)
{
    RecoveryFlow flow = onPath(QStringLiteral("aws-root"), QStringLiteral("alternative-factors"));
    for (const char* id : {"troubleshoot-mfa", "send-email", "open-email"}) {
        ok(flow.completeStep(QString::fromLatin1(id)));
    }
    ok(flow.reportFailure(QStringLiteral("phone-verification-failed")));
    ok(flow.takeOption(QStringLiteral("support-form")));
    EXPECT_EQ(flow.currentPath()->id, QStringLiteral("support"));
    EXPECT_EQ(flow.currentStep()->id, QStringLiteral("support-request"));
    ok(flow.completeStep(QStringLiteral("support-request")));
    EXPECT_TRUE(flow.isPathComplete());
    ok(flow.startReEnrol());
}

TEST(RecoveryFlow, SolvedByTroubleshootingSkipsToPrevention)
{
    RecoveryFlow flow;
    ok(flow.choose(QStringLiteral("acc-7"), QStringLiteral("GitHub:me"), playbook(QStringLiteral("github"))));
    ok(flow.recordSeedLocation(RecoveryFlow::SeedLocation::Trash));
    ok(flow.resolveByTroubleshooting());
    EXPECT_EQ(flow.stage(), Stage::Prevent);
    EXPECT_TRUE(flow.resolvedByTroubleshooting());
    flow = resumed(flow);
    ok(flow.back());
    EXPECT_EQ(flow.stage(), Stage::Troubleshoot);
    EXPECT_FALSE(flow.resolvedByTroubleshooting());

    RecoveryFlow resynced;
    ok(resynced.choose(QStringLiteral("acc-8"), QStringLiteral("AWS:root"), playbook(QStringLiteral("aws-root"))));
    ok(resynced.recordResync(RecoveryFlow::ResyncOutcome::Succeeded));
    ok(resynced.resolveByTroubleshooting());
    ok(resynced.checkItem(QStringLiteral("second-device")));
    ok(resynced.finish());
    EXPECT_EQ(resumed(resynced).stage(), Stage::Done);
}

TEST(RecoveryFlow, BackKeepsProgress)
{
    RecoveryFlow flow = onPath(QStringLiteral("github"), QStringLiteral("recovery-request"));
    ok(flow.completeStep(QStringLiteral("cant-access")));
    ok(flow.back());
    EXPECT_EQ(flow.stage(), Stage::Troubleshoot);
    ok(flow.startAlternativeFactors());
    EXPECT_EQ(flow.completedSteps(), QStringList{QStringLiteral("cant-access")});
    ok(flow.choosePath(QStringLiteral("recovery-request")));
    EXPECT_EQ(flow.completedSteps().size(), 1);
    // Switching path drops the other path's progress.
    ok(flow.choosePath(QStringLiteral("recovery-code")));
    EXPECT_TRUE(flow.completedSteps().isEmpty());
    ok(flow.completeStep(QStringLiteral("enter-recovery-code")));
    ok(flow.startReEnrol());
    ok(flow.back());
    EXPECT_EQ(flow.stage(), Stage::AlternativeFactors);
    ok(flow.startReEnrol());
    ok(flow.startPrevent());
    ok(flow.back());
    EXPECT_EQ(flow.stage(), Stage::ReEnrol);
    ok(flow.back());
    ok(flow.back());
    ok(flow.back());
    EXPECT_EQ(flow.stage(), Stage::ChooseAccount);
    refused(flow, flow.back());
    // Choosing again starts afresh.
    ok(flow.choose(QStringLiteral("acc-2"), QStringLiteral("Google"), playbook(QStringLiteral("google"))));
    EXPECT_TRUE(flow.completedSteps().isEmpty());
    EXPECT_EQ(flow.seedLocation(), RecoveryFlow::SeedLocation::Unknown);
    EXPECT_FALSE(flow.clockOffsetMilliseconds().has_value());
}

TEST(RecoveryFlow, InvalidTransitionsAreRejectedAndChangeNothing)
{
    const Playbook& aws = playbook(QStringLiteral("aws-root"));
    RecoveryFlow flow;
    const auto unchanged = [&flow](const std::function<tessera::Result<void>()>& action) {
        const QJsonObject before = flow.toJson();
        refused(flow, action());
        EXPECT_EQ(flow.toJson(), before);
    };
    // Nothing but choosing at the start.
    unchanged([&] { return flow.recordSeedLocation(RecoveryFlow::SeedLocation::Vault); });
    unchanged([&] { return flow.startAlternativeFactors(); });
    unchanged([&] { return flow.choosePath(QStringLiteral("support")); });
    unchanged([&] { return flow.completeStep(QStringLiteral("send-email")); });
    unchanged([&] { return flow.startReEnrol(); });
    unchanged([&] { return flow.checkItem(QStringLiteral("replace-device")); });
    unchanged([&] { return flow.finish(); });
    unchanged([&] { return flow.choose(QStringLiteral("x"), QStringLiteral("  "), aws); });

    ok(flow.choose(QStringLiteral("x"), QStringLiteral("AWS"), aws));
    unchanged([&] { return flow.choose(QStringLiteral("x"), QStringLiteral("AWS"), aws); });
    unchanged([&] { return flow.choosePath(QStringLiteral("support")); });
    unchanged([&] { return flow.resolveByTroubleshooting(); });
    unchanged([&] { return flow.startPrevent(); });
    ok(flow.startAlternativeFactors());
    unchanged([&] { return flow.recordSeedLocation(RecoveryFlow::SeedLocation::Vault); });
    unchanged([&] { return flow.completeStep(QStringLiteral("troubleshoot-mfa")); }); // no path chosen
    unchanged([&] { return flow.reportFailure(QStringLiteral("no-call")); });
    unchanged([&] { return flow.choosePath(QStringLiteral("no-such-path")); });
    ok(flow.choosePath(QStringLiteral("alternative-factors")));
    unchanged([&] { return flow.completeStep(QStringLiteral("send-email")); }); // out of order
    unchanged([&] { return flow.completeStep(QStringLiteral("nonsense")); });
    unchanged(
        [&] { return flow.reportFailure(QStringLiteral("phone-verification-failed")); }); // not this step's failure
    unchanged([&] { return flow.takeOption(QStringLiteral("fix-number")); });             // nothing pending
    unchanged([&] { return flow.startReEnrol(); });
    unchanged([&] { return flow.checkItem(QStringLiteral("replace-device")); });
    ok(flow.completeStep(QStringLiteral("troubleshoot-mfa")));
    ok(flow.completeStep(QStringLiteral("send-email")));
    ok(flow.completeStep(QStringLiteral("open-email")));
    ok(flow.reportFailure(QStringLiteral("no-call")));
    unchanged([&] { return flow.reportFailure(QStringLiteral("phone-verification-failed")); });
    unchanged([&] { return flow.takeOption(QStringLiteral("fix-number")); }); // an option of the other failure
    unchanged([&] { return flow.startReEnrol(); });
    ok(flow.takeOption(QStringLiteral("start-over")));
    EXPECT_EQ(flow.currentStep()->id, QStringLiteral("troubleshoot-mfa"));
    for (const Playbook::Step& step : aws.path(QStringLiteral("alternative-factors"))->steps) {
        ok(flow.completeStep(step.id));
    }
    unchanged([&] { return flow.completeStep(QStringLiteral("sign-in")); });
    ok(flow.startReEnrol());
    unchanged([&] { return flow.checkItem(QStringLiteral("second-device")); }); // a prevention item
    unchanged([&] { return flow.startPrevent(); });
    unchanged([&] { return flow.finish(); });
    ok(flow.checkItem(QStringLiteral("change-password")));
    ok(flow.uncheckItem(QStringLiteral("change-password")));
    ok(flow.checkItem(QStringLiteral("replace-device")));
    ok(flow.startPrevent());
    ok(flow.finish());
    unchanged([&] { return flow.back(); });
    unchanged([&] { return flow.checkItem(QStringLiteral("second-device")); });
    unchanged([&] { return flow.choose(QStringLiteral("x"), QStringLiteral("AWS"), aws); });
}

TEST(RecoveryFlow, DamagedSavedProgressIsRejected)
{
    RecoveryFlow flow = onPath(QStringLiteral("aws-root"), QStringLiteral("alternative-factors"));
    ok(flow.completeStep(QStringLiteral("troubleshoot-mfa")));
    ok(flow.completeStep(QStringLiteral("send-email")));
    const QJsonObject good = flow.toJson();
    ASSERT_TRUE(RecoveryFlow::fromJson(good, playbooks()).ok());

    const auto damaged = [&](const QString& key, const QJsonValue& value) {
        QJsonObject json = good;
        json.insert(key, value);
        const auto result = RecoveryFlow::fromJson(json, playbooks());
        EXPECT_FALSE(result.ok()) << key.toStdString();
        if (!result.ok()) {
            EXPECT_EQ(result.error().kind(), tessera::Error::Kind::Corrupt);
            EXPECT_TRUE(result.error().message().contains(QStringLiteral("Start the recovery again")));
        }
    };
    damaged(QStringLiteral("version"), 2);
    damaged(QStringLiteral("stage"), QStringLiteral("celebrate"));
    damaged(QStringLiteral("playbook"), QStringLiteral("myspace"));
    damaged(QStringLiteral("path"), QStringLiteral("nowhere"));
    damaged(QStringLiteral("completedSteps"), QJsonArray{QStringLiteral("send-email")});
    damaged(QStringLiteral("completedSteps"),
        QJsonArray{QStringLiteral("troubleshoot-mfa"), QStringLiteral("troubleshoot-mfa")});
    damaged(QStringLiteral("stage"), QStringLiteral("reEnrol")); // the path is not complete
    damaged(QStringLiteral("pendingFailure"),
        QJsonObject{
            {QStringLiteral("step"), QStringLiteral("phone-call")}, {QStringLiteral("failure"), QStringLiteral("x")}});
    damaged(QStringLiteral("branches"),
        QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("alternative-factors")},
            {QStringLiteral("step"), QStringLiteral("phone-call")},
            {QStringLiteral("failure"), QStringLiteral("no-call")},
            {QStringLiteral("option"), QStringLiteral("fly")}}});
    damaged(QStringLiteral("reEnrolDone"), QJsonArray{QStringLiteral("dance")});
    damaged(QStringLiteral("troubleshoot"),
        QJsonObject{{QStringLiteral("seed"), QStringLiteral("notFound")},
            {QStringLiteral("resync"), QStringLiteral("failed")}, {QStringLiteral("resolved"), true}});
    damaged(QStringLiteral("troubleshoot"), QJsonObject{{QStringLiteral("seed"), QStringLiteral("under the sofa")}});

    QJsonObject noAccount = good;
    noAccount.insert(QStringLiteral("accountLabel"), QString());
    EXPECT_FALSE(RecoveryFlow::fromJson(noAccount, playbooks()).ok());
    EXPECT_FALSE(RecoveryFlow::fromJson(good, {}).ok()); // the playbook is gone
}
