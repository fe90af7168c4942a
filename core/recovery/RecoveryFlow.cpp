#include "RecoveryFlow.h"

#include <QJsonArray>

#include <cmath>

namespace tessera
{
    namespace
    {
        Error refused(const QString& message)
        {
            return {Error::Kind::InvalidInput, message};
        }

        Error damaged(const QString& why)
        {
            return {Error::Kind::Corrupt,
                QCoreApplication::translate("tessera::RecoveryFlow",
                    "The saved recovery progress cannot be used (%1). Start the recovery again.")
                    .arg(why)};
        }

        constexpr RecoveryFlow::Stage AllStages[] = {RecoveryFlow::Stage::ChooseAccount,
            RecoveryFlow::Stage::Troubleshoot, RecoveryFlow::Stage::AlternativeFactors, RecoveryFlow::Stage::ReEnrol,
            RecoveryFlow::Stage::Prevent, RecoveryFlow::Stage::Done};

        QString seedKey(RecoveryFlow::SeedLocation location)
        {
            switch (location) {
            case RecoveryFlow::SeedLocation::Unknown:
                return QStringLiteral("unknown");
            case RecoveryFlow::SeedLocation::Vault:
                return QStringLiteral("vault");
            case RecoveryFlow::SeedLocation::Trash:
                return QStringLiteral("trash");
            case RecoveryFlow::SeedLocation::BackupFile:
                return QStringLiteral("backupFile");
            case RecoveryFlow::SeedLocation::NotFound:
                return QStringLiteral("notFound");
            }
            return {};
        }

        QString resyncKey(RecoveryFlow::ResyncOutcome outcome)
        {
            switch (outcome) {
            case RecoveryFlow::ResyncOutcome::NotTried:
                return QStringLiteral("notTried");
            case RecoveryFlow::ResyncOutcome::Succeeded:
                return QStringLiteral("succeeded");
            case RecoveryFlow::ResyncOutcome::Failed:
                return QStringLiteral("failed");
            }
            return {};
        }

        bool seedFound(RecoveryFlow::SeedLocation location)
        {
            return location == RecoveryFlow::SeedLocation::Vault || location == RecoveryFlow::SeedLocation::Trash
                || location == RecoveryFlow::SeedLocation::BackupFile;
        }

        const Playbook::Step* findStep(const QList<Playbook::Step>& steps, const QString& id)
        {
            for (const Playbook::Step& step : steps) {
                if (step.id == id) {
                    return &step;
                }
            }
            return nullptr;
        }

        bool checklistComplete(const QList<Playbook::Step>& steps, const QStringList& done)
        {
            for (const Playbook::Step& step : steps) {
                if (!step.optional && !done.contains(step.id)) {
                    return false;
                }
            }
            return true;
        }

        QJsonArray toArray(const QStringList& list)
        {
            return QJsonArray::fromStringList(list);
        }

        Result<QStringList> stringList(const QJsonObject& json, const QString& key)
        {
            const QJsonValue value = json.value(key);
            if (value.isUndefined()) {
                return QStringList();
            }
            if (!value.isArray()) {
                return damaged(QCoreApplication::translate("tessera::RecoveryFlow", "\"%1\" is not a list").arg(key));
            }
            QStringList out;
            for (const QJsonValue& item : value.toArray()) {
                if (!item.isString() || out.contains(item.toString())) {
                    return damaged(
                        QCoreApplication::translate("tessera::RecoveryFlow", "\"%1\" has a bad or repeated entry")
                            .arg(key));
                }
                out.append(item.toString());
            }
            return out;
        }
    }

    QString RecoveryFlow::stageKey(Stage stage)
    {
        switch (stage) {
        case Stage::ChooseAccount:
            return QStringLiteral("chooseAccount");
        case Stage::Troubleshoot:
            return QStringLiteral("troubleshoot");
        case Stage::AlternativeFactors:
            return QStringLiteral("alternativeFactors");
        case Stage::ReEnrol:
            return QStringLiteral("reEnrol");
        case Stage::Prevent:
            return QStringLiteral("prevent");
        case Stage::Done:
            return QStringLiteral("done");
        }
        return {};
    }

    QString RecoveryFlow::stageName(Stage stage)
    {
        // The wizard's page titles, as the user knows the steps.
        switch (stage) {
        case Stage::ChooseAccount:
            return tr("Which Account?");
        case Stage::Troubleshoot:
            return tr("Troubleshoot First");
        case Stage::AlternativeFactors:
            return tr("The Provider's Recovery");
        case Stage::ReEnrol:
            return tr("Set Up a New Authenticator");
        case Stage::Prevent:
            return tr("So It Does Not Happen Again");
        case Stage::Done:
            return tr("Done");
        }
        return {};
    }

    Result<void> RecoveryFlow::requireStage(Stage stage, const QString& action) const
    {
        if (m_stage != stage) {
            //: %1 is an action such as "choose the account"; %2 and %3 are step titles such as "Troubleshoot First".
            return refused(tr("Cannot %1 now: the recovery is at the step “%2”, not “%3”.")
                               .arg(action, stageName(m_stage), stageName(stage)));
        }
        return {};
    }

    Result<void> RecoveryFlow::choose(const QString& accountId, const QString& accountLabel, const Playbook& playbook)
    {
        if (auto ok = requireStage(Stage::ChooseAccount, tr("choose the account")); !ok) {
            return ok;
        }
        if (accountLabel.trimmed().isEmpty()) {
            return refused(tr("Name the account to recover (for an account not in Tessera, its issuer "
                              "and name)."));
        }
        *this = RecoveryFlow();
        m_accountId = accountId;
        m_accountLabel = accountLabel.trimmed();
        m_playbook = playbook;
        m_stage = Stage::Troubleshoot;
        return {};
    }

    Result<void> RecoveryFlow::recordSeedLocation(SeedLocation location)
    {
        if (auto ok = requireStage(Stage::Troubleshoot, tr("record where the seed is")); !ok) {
            return ok;
        }
        m_seedLocation = location;
        return {};
    }

    Result<void> RecoveryFlow::recordClockOffset(qint64 offsetMilliseconds)
    {
        if (auto ok = requireStage(Stage::Troubleshoot, tr("record the clock check")); !ok) {
            return ok;
        }
        m_clockOffsetMilliseconds = offsetMilliseconds;
        return {};
    }

    Result<void> RecoveryFlow::recordResync(ResyncOutcome outcome)
    {
        if (auto ok = requireStage(Stage::Troubleshoot, tr("record the re-sync")); !ok) {
            return ok;
        }
        m_resync = outcome;
        return {};
    }

    Result<void> RecoveryFlow::resolveByTroubleshooting()
    {
        if (auto ok = requireStage(Stage::Troubleshoot, tr("finish troubleshooting")); !ok) {
            return ok;
        }
        if (!seedFound(m_seedLocation) && m_resync != ResyncOutcome::Succeeded) {
            return refused(tr("Troubleshooting has not solved the problem yet: the seed was not found "
                              "and no re-sync succeeded. Go on with the alternative factors."));
        }
        m_resolvedByTroubleshooting = true;
        m_stage = Stage::Prevent;
        return {};
    }

    Result<void> RecoveryFlow::startAlternativeFactors()
    {
        if (auto ok = requireStage(Stage::Troubleshoot, tr("go to the alternative factors")); !ok) {
            return ok;
        }
        m_resolvedByTroubleshooting = false;
        m_stage = Stage::AlternativeFactors;
        return {};
    }

    const Playbook::Path* RecoveryFlow::currentPath() const
    {
        if (!m_playbook || m_pathId.isEmpty()) {
            return nullptr;
        }
        return m_playbook->path(m_pathId);
    }

    const Playbook::Step* RecoveryFlow::currentStep() const
    {
        const Playbook::Path* path = currentPath();
        if (path == nullptr || m_completedSteps.size() >= path->steps.size()) {
            return nullptr;
        }
        return &path->steps.at(m_completedSteps.size());
    }

    bool RecoveryFlow::isPathComplete() const
    {
        const Playbook::Path* path = currentPath();
        return path != nullptr && m_completedSteps.size() == path->steps.size() && !m_pendingFailure;
    }

    Result<void> RecoveryFlow::choosePath(const QString& pathId)
    {
        if (auto ok = requireStage(Stage::AlternativeFactors, tr("choose a way back in")); !ok) {
            return ok;
        }
        if (m_pendingFailure) {
            return refused(tr("First choose what to do about \"%1\".").arg(m_pendingFailure->failureId));
        }
        if (m_playbook->path(pathId) == nullptr) {
            return refused(tr("The %1 playbook has no way back in called \"%2\".").arg(m_playbook->title(), pathId));
        }
        if (pathId != m_pathId) {
            m_pathId = pathId;
            m_completedSteps.clear();
        }
        return {};
    }

    Result<void> RecoveryFlow::completeStep(const QString& stepId)
    {
        if (auto ok = requireStage(Stage::AlternativeFactors, tr("complete a step")); !ok) {
            return ok;
        }
        if (m_pendingFailure) {
            return refused(tr("First choose what to do about \"%1\".").arg(m_pendingFailure->failureId));
        }
        const Playbook::Step* step = currentStep();
        if (step == nullptr) {
            return refused(currentPath() == nullptr ? tr("Choose a way back in first.")
                                                    : tr("Every step of this way back in is done."));
        }
        if (step->id != stepId) {
            return refused(tr("Do the steps in order: the next one is \"%1\", not \"%2\".").arg(step->id, stepId));
        }
        m_completedSteps.append(stepId);
        return {};
    }

    Result<void> RecoveryFlow::reportFailure(const QString& failureId)
    {
        if (auto ok = requireStage(Stage::AlternativeFactors, tr("report a failure")); !ok) {
            return ok;
        }
        if (m_pendingFailure) {
            return refused(tr("First choose what to do about \"%1\".").arg(m_pendingFailure->failureId));
        }
        const Playbook::Step* step = currentStep();
        if (step == nullptr) {
            return refused(tr("There is no step in progress that could have failed."));
        }
        if (step->failure(failureId) == nullptr) {
            return refused(tr("Step \"%1\" has no known failure \"%2\".").arg(step->id, failureId));
        }
        m_pendingFailure = PendingFailure{step->id, failureId};
        return {};
    }

    Result<void> RecoveryFlow::takeOption(const QString& optionId)
    {
        if (auto ok = requireStage(Stage::AlternativeFactors, tr("choose what to do about a failure")); !ok) {
            return ok;
        }
        if (!m_pendingFailure) {
            return refused(tr("No failure is waiting for a decision."));
        }
        const Playbook::Step* step = currentStep();
        const Playbook::Failure* failure = step->failure(m_pendingFailure->failureId);
        const Playbook::Option* option = failure->option(optionId);
        if (option == nullptr) {
            return refused(tr("\"%1\" is not one of the choices for \"%2\".").arg(optionId, failure->id));
        }
        m_branches.append(Branch{m_pathId, step->id, failure->id, option->id});
        m_pendingFailure.reset();
        switch (option->then) {
        case Playbook::Then::Retry:
            break;
        case Playbook::Then::Continue:
            m_completedSteps.append(step->id);
            break;
        case Playbook::Then::Restart:
            m_completedSteps.clear();
            break;
        case Playbook::Then::Path:
            m_pathId = option->path;
            m_completedSteps.clear();
            break;
        }
        return {};
    }

    Result<void> RecoveryFlow::startReEnrol()
    {
        if (auto ok = requireStage(Stage::AlternativeFactors, tr("re-enrol")); !ok) {
            return ok;
        }
        if (!isPathComplete()) {
            const Playbook::Step* step = currentStep();
            return refused(step == nullptr
                    ? tr("Choose a way back in and complete its steps first.")
                    : tr("Complete the remaining steps first; the next one is \"%1\".").arg(step->id));
        }
        m_stage = Stage::ReEnrol;
        return {};
    }

    const QList<Playbook::Step>* RecoveryFlow::checklist() const
    {
        if (m_stage == Stage::ReEnrol) {
            return &m_playbook->reEnrol();
        }
        if (m_stage == Stage::Prevent) {
            return &m_playbook->prevent();
        }
        return nullptr;
    }

    QStringList* RecoveryFlow::checklistDone()
    {
        if (m_stage == Stage::ReEnrol) {
            return &m_reEnrolDone;
        }
        if (m_stage == Stage::Prevent) {
            return &m_preventDone;
        }
        return nullptr;
    }

    Result<void> RecoveryFlow::checkItem(const QString& stepId)
    {
        const QList<Playbook::Step>* items = checklist();
        if (items == nullptr) {
            return refused(tr("There is no checklist at the step “%1”.").arg(stageName(m_stage)));
        }
        if (findStep(*items, stepId) == nullptr) {
            return refused(tr("The checklist of the step “%1” has no item “%2”.").arg(stageName(m_stage), stepId));
        }
        QStringList* done = checklistDone();
        if (!done->contains(stepId)) {
            done->append(stepId);
        }
        return {};
    }

    Result<void> RecoveryFlow::uncheckItem(const QString& stepId)
    {
        const QList<Playbook::Step>* items = checklist();
        if (items == nullptr) {
            return refused(tr("There is no checklist at the step “%1”.").arg(stageName(m_stage)));
        }
        if (findStep(*items, stepId) == nullptr) {
            return refused(tr("The checklist of the step “%1” has no item “%2”.").arg(stageName(m_stage), stepId));
        }
        checklistDone()->removeAll(stepId);
        return {};
    }

    Result<void> RecoveryFlow::startPrevent()
    {
        if (auto ok = requireStage(Stage::ReEnrol, tr("go to prevention")); !ok) {
            return ok;
        }
        for (const Playbook::Step& step : m_playbook->reEnrol()) {
            if (!step.optional && !m_reEnrolDone.contains(step.id)) {
                return refused(tr("Re-enrolment is not finished: \"%1\" is still to do.").arg(step.id));
            }
        }
        m_stage = Stage::Prevent;
        return {};
    }

    Result<void> RecoveryFlow::finish()
    {
        if (auto ok = requireStage(Stage::Prevent, tr("finish")); !ok) {
            return ok;
        }
        m_stage = Stage::Done;
        return {};
    }

    Result<void> RecoveryFlow::back()
    {
        switch (m_stage) {
        case Stage::ChooseAccount:
            return refused(tr("This is the first step; there is nothing before it."));
        case Stage::Troubleshoot:
            m_stage = Stage::ChooseAccount;
            return {};
        case Stage::AlternativeFactors:
            m_stage = Stage::Troubleshoot;
            return {};
        case Stage::ReEnrol:
            m_stage = Stage::AlternativeFactors;
            return {};
        case Stage::Prevent:
            if (m_resolvedByTroubleshooting) {
                m_resolvedByTroubleshooting = false;
                m_stage = Stage::Troubleshoot;
            } else {
                m_stage = Stage::ReEnrol;
            }
            return {};
        case Stage::Done:
            break;
        }
        return refused(tr("This recovery is finished; start a new one instead."));
    }

    QJsonObject RecoveryFlow::toJson() const
    {
        QJsonObject json;
        json.insert(QStringLiteral("version"), FormatVersion);
        json.insert(QStringLiteral("stage"), stageKey(m_stage));
        json.insert(QStringLiteral("accountId"), m_accountId);
        json.insert(QStringLiteral("accountLabel"), m_accountLabel);
        json.insert(QStringLiteral("playbook"), m_playbook ? QJsonValue(m_playbook->id()) : QJsonValue());
        QJsonObject troubleshoot;
        troubleshoot.insert(QStringLiteral("seed"), seedKey(m_seedLocation));
        troubleshoot.insert(QStringLiteral("clockOffsetMs"),
            m_clockOffsetMilliseconds ? QJsonValue(static_cast<double>(*m_clockOffsetMilliseconds)) : QJsonValue());
        troubleshoot.insert(QStringLiteral("resync"), resyncKey(m_resync));
        troubleshoot.insert(QStringLiteral("resolved"), m_resolvedByTroubleshooting);
        json.insert(QStringLiteral("troubleshoot"), troubleshoot);
        json.insert(QStringLiteral("path"), m_pathId.isEmpty() ? QJsonValue() : QJsonValue(m_pathId));
        json.insert(QStringLiteral("completedSteps"), toArray(m_completedSteps));
        if (m_pendingFailure) {
            json.insert(QStringLiteral("pendingFailure"),
                QJsonObject{{QStringLiteral("step"), m_pendingFailure->stepId},
                    {QStringLiteral("failure"), m_pendingFailure->failureId}});
        } else {
            json.insert(QStringLiteral("pendingFailure"), QJsonValue());
        }
        QJsonArray branches;
        for (const Branch& branch : m_branches) {
            branches.append(
                QJsonObject{{QStringLiteral("path"), branch.pathId}, {QStringLiteral("step"), branch.stepId},
                    {QStringLiteral("failure"), branch.failureId}, {QStringLiteral("option"), branch.optionId}});
        }
        json.insert(QStringLiteral("branches"), branches);
        json.insert(QStringLiteral("reEnrolDone"), toArray(m_reEnrolDone));
        json.insert(QStringLiteral("preventDone"), toArray(m_preventDone));
        return json;
    }

    Result<RecoveryFlow> RecoveryFlow::fromJson(const QJsonObject& json, const QList<Playbook>& playbooks)
    {
        if (json.value(QStringLiteral("version")).toInt(-1) != FormatVersion) {
            return damaged(tr("unknown format version"));
        }
        RecoveryFlow flow;
        const QString stage = json.value(QStringLiteral("stage")).toString();
        bool stageKnown = false;
        for (const Stage candidate : AllStages) {
            if (stageKey(candidate) == stage) {
                flow.m_stage = candidate;
                stageKnown = true;
            }
        }
        if (!stageKnown) {
            return damaged(tr("unknown step \"%1\"").arg(stage));
        }
        flow.m_accountId = json.value(QStringLiteral("accountId")).toString();
        flow.m_accountLabel = json.value(QStringLiteral("accountLabel")).toString();

        const QJsonValue playbookId = json.value(QStringLiteral("playbook"));
        if (playbookId.isString()) {
            for (const Playbook& playbook : playbooks) {
                if (playbook.id() == playbookId.toString()) {
                    flow.m_playbook = playbook;
                }
            }
            if (!flow.m_playbook) {
                return damaged(tr("the playbook \"%1\" no longer exists").arg(playbookId.toString()));
            }
        } else if (!playbookId.isNull() && !playbookId.isUndefined()) {
            return damaged(tr("the playbook is not named"));
        }
        if (flow.m_stage != Stage::ChooseAccount && (!flow.m_playbook || flow.m_accountLabel.trimmed().isEmpty())) {
            return damaged(tr("the account or the playbook is missing"));
        }

        const QJsonObject troubleshoot = json.value(QStringLiteral("troubleshoot")).toObject();
        const QString seed = troubleshoot.value(QStringLiteral("seed")).toString(QStringLiteral("unknown"));
        bool seedKnown = false;
        for (const SeedLocation location : {SeedLocation::Unknown, SeedLocation::Vault, SeedLocation::Trash,
                 SeedLocation::BackupFile, SeedLocation::NotFound}) {
            if (seedKey(location) == seed) {
                flow.m_seedLocation = location;
                seedKnown = true;
            }
        }
        const QString resync = troubleshoot.value(QStringLiteral("resync")).toString(QStringLiteral("notTried"));
        bool resyncKnown = false;
        for (const ResyncOutcome outcome : {ResyncOutcome::NotTried, ResyncOutcome::Succeeded, ResyncOutcome::Failed}) {
            if (resyncKey(outcome) == resync) {
                flow.m_resync = outcome;
                resyncKnown = true;
            }
        }
        if (!seedKnown || !resyncKnown) {
            return damaged(tr("unknown troubleshooting result"));
        }
        const QJsonValue offset = troubleshoot.value(QStringLiteral("clockOffsetMs"));
        if (offset.isDouble()) {
            const double value = offset.toDouble();
            if (value != std::floor(value) || std::abs(value) > 1e15) {
                return damaged(tr("bad clock offset"));
            }
            flow.m_clockOffsetMilliseconds = static_cast<qint64>(value);
        } else if (!offset.isNull() && !offset.isUndefined()) {
            return damaged(tr("bad clock offset"));
        }
        flow.m_resolvedByTroubleshooting = troubleshoot.value(QStringLiteral("resolved")).toBool(false);
        if (flow.m_resolvedByTroubleshooting
            && (!seedFound(flow.m_seedLocation) && flow.m_resync != ResyncOutcome::Succeeded)) {
            return damaged(tr("marked as solved by troubleshooting without a reason"));
        }

        const QJsonValue path = json.value(QStringLiteral("path"));
        if (path.isString()) {
            if (!flow.m_playbook || flow.m_playbook->path(path.toString()) == nullptr) {
                return damaged(tr("unknown way back in \"%1\"").arg(path.toString()));
            }
            flow.m_pathId = path.toString();
        } else if (!path.isNull() && !path.isUndefined()) {
            return damaged(tr("bad way back in"));
        }
        auto completed = stringList(json, QStringLiteral("completedSteps"));
        if (!completed) {
            return completed.error();
        }
        flow.m_completedSteps = *completed;
        const Playbook::Path* current = flow.currentPath();
        if (!flow.m_completedSteps.isEmpty() && current == nullptr) {
            return damaged(tr("steps done without a way back in"));
        }
        for (qsizetype i = 0; i < flow.m_completedSteps.size(); ++i) {
            if (i >= current->steps.size() || current->steps.at(i).id != flow.m_completedSteps.at(i)) {
                return damaged(tr("the steps done do not match the playbook"));
            }
        }

        const QJsonValue pending = json.value(QStringLiteral("pendingFailure"));
        if (pending.isObject()) {
            const PendingFailure failure{pending.toObject().value(QStringLiteral("step")).toString(),
                pending.toObject().value(QStringLiteral("failure")).toString()};
            const Playbook::Step* step = flow.currentStep();
            if (step == nullptr || step->id != failure.stepId || step->failure(failure.failureId) == nullptr) {
                return damaged(tr("the failure waiting for a decision does not match the playbook"));
            }
            flow.m_pendingFailure = failure;
        } else if (!pending.isNull() && !pending.isUndefined()) {
            return damaged(tr("bad pending failure"));
        }

        for (const QJsonValue& value : json.value(QStringLiteral("branches")).toArray()) {
            const QJsonObject object = value.toObject();
            const Branch branch{object.value(QStringLiteral("path")).toString(),
                object.value(QStringLiteral("step")).toString(), object.value(QStringLiteral("failure")).toString(),
                object.value(QStringLiteral("option")).toString()};
            const Playbook::Path* branchPath = flow.m_playbook ? flow.m_playbook->path(branch.pathId) : nullptr;
            const Playbook::Step* step = branchPath != nullptr ? branchPath->step(branch.stepId) : nullptr;
            const Playbook::Failure* failure = step != nullptr ? step->failure(branch.failureId) : nullptr;
            if (failure == nullptr || failure->option(branch.optionId) == nullptr) {
                return damaged(tr("a recorded branch does not match the playbook"));
            }
            flow.m_branches.append(branch);
        }

        auto reEnrolDone = stringList(json, QStringLiteral("reEnrolDone"));
        if (!reEnrolDone) {
            return reEnrolDone.error();
        }
        auto preventDone = stringList(json, QStringLiteral("preventDone"));
        if (!preventDone) {
            return preventDone.error();
        }
        for (const QString& id : *reEnrolDone) {
            if (!flow.m_playbook || findStep(flow.m_playbook->reEnrol(), id) == nullptr) {
                return damaged(tr("unknown re-enrolment item \"%1\"").arg(id));
            }
        }
        for (const QString& id : *preventDone) {
            if (!flow.m_playbook || findStep(flow.m_playbook->prevent(), id) == nullptr) {
                return damaged(tr("unknown prevention item \"%1\"").arg(id));
            }
        }
        flow.m_reEnrolDone = *reEnrolDone;
        flow.m_preventDone = *preventDone;

        // The stage must be reachable from what was recorded.
        const bool pastAlternativeFactors
            = flow.m_stage == Stage::ReEnrol || flow.m_stage == Stage::Prevent || flow.m_stage == Stage::Done;
        if (pastAlternativeFactors && !flow.m_resolvedByTroubleshooting && !flow.isPathComplete()) {
            return damaged(tr("re-enrolment reached without completing a way back in"));
        }
        if ((flow.m_stage == Stage::Prevent || flow.m_stage == Stage::Done) && !flow.m_resolvedByTroubleshooting
            && !checklistComplete(flow.m_playbook->reEnrol(), flow.m_reEnrolDone)) {
            return damaged(tr("prevention reached without finishing re-enrolment"));
        }
        if (flow.m_resolvedByTroubleshooting && flow.m_stage != Stage::Prevent && flow.m_stage != Stage::Done) {
            return damaged(tr("solved by troubleshooting, but not at prevention"));
        }
        return flow;
    }
}
