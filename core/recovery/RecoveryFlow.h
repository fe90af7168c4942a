#pragma once

#include "Playbook.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera
{
    /// The recovery wizard's state machine, testable without a window:
    ///
    ///   ChooseAccount → Troubleshoot → AlternativeFactors → ReEnrol → Prevent → Done
    ///                        └──────── (seed found / re-synced) ────────┘
    ///
    /// In AlternativeFactors the user picks one of the playbook's paths and completes its steps in
    /// order; a step may fail in a known way, and the failure's option taken decides what follows
    /// (retry the step, count it as done, start the path over, or switch to another path). ReEnrol
    /// and Prevent are checklists. Every change is a Result: a transition that is not allowed now
    /// is refused with a message and changes nothing. toJson()/fromJson() keep progress across
    /// restarts (waiting days for a provider is normal).
    class RecoveryFlow
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::RecoveryFlow)

    public:
        static constexpr int FormatVersion = 1;

        enum class Stage
        {
            ChooseAccount,
            Troubleshoot,
            AlternativeFactors,
            ReEnrol,
            Prevent,
            Done,
        };

        /// Where the troubleshooting found the seed.
        enum class SeedLocation
        {
            Unknown,
            Vault,
            Trash,
            BackupFile,
            NotFound,
        };

        enum class ResyncOutcome
        {
            NotTried,
            Succeeded,
            Failed,
        };

        /// A failure the user reported on the current step, waiting for an option.
        struct PendingFailure
        {
            QString stepId;
            QString failureId;
            bool operator==(const PendingFailure&) const = default;
        };

        /// A branch taken, kept as history (and shown when resuming).
        struct Branch
        {
            QString pathId;
            QString stepId;
            QString failureId;
            QString optionId;
            bool operator==(const Branch&) const = default;
        };

        RecoveryFlow() = default;

        [[nodiscard]] Stage stage() const { return m_stage; }
        [[nodiscard]] const QString& accountId() const { return m_accountId; }
        [[nodiscard]] const QString& accountLabel() const { return m_accountLabel; }
        [[nodiscard]] const std::optional<Playbook>& playbook() const { return m_playbook; }

        // --- ChooseAccount ---
        /// `accountId` is empty for an account that is not in Tessera; `accountLabel` names it.
        Result<void> choose(const QString& accountId, const QString& accountLabel, const Playbook& playbook);

        // --- Troubleshoot ---
        Result<void> recordSeedLocation(SeedLocation location);
        Result<void> recordClockOffset(qint64 offsetMilliseconds);
        Result<void> recordResync(ResyncOutcome outcome);
        /// The seed was found or re-synced: skip to Prevent.
        Result<void> resolveByTroubleshooting();
        Result<void> startAlternativeFactors();
        [[nodiscard]] SeedLocation seedLocation() const { return m_seedLocation; }
        [[nodiscard]] std::optional<qint64> clockOffsetMilliseconds() const { return m_clockOffsetMilliseconds; }
        [[nodiscard]] ResyncOutcome resyncOutcome() const { return m_resync; }
        [[nodiscard]] bool resolvedByTroubleshooting() const { return m_resolvedByTroubleshooting; }

        // --- AlternativeFactors ---
        /// Chooses (or switches to) a path; progress on another path is dropped.
        Result<void> choosePath(const QString& pathId);
        /// Marks the current step done; it must be the current one (steps go in order).
        Result<void> completeStep(const QString& stepId);
        /// The current step failed in a known way.
        Result<void> reportFailure(const QString& failureId);
        /// Resolves the pending failure with one of its options.
        Result<void> takeOption(const QString& optionId);
        Result<void> startReEnrol();
        [[nodiscard]] const Playbook::Path* currentPath() const;
        /// The next step to do on the current path; null when none is chosen or all are done.
        [[nodiscard]] const Playbook::Step* currentStep() const;
        [[nodiscard]] const QStringList& completedSteps() const { return m_completedSteps; }
        [[nodiscard]] bool isPathComplete() const;
        [[nodiscard]] const std::optional<PendingFailure>& pendingFailure() const { return m_pendingFailure; }
        [[nodiscard]] const QList<Branch>& branches() const { return m_branches; }

        // --- ReEnrol and Prevent: checklists in any order ---
        /// Ticks an item of the current stage's checklist (ReEnrol or Prevent).
        Result<void> checkItem(const QString& stepId);
        Result<void> uncheckItem(const QString& stepId);
        /// ReEnrol → Prevent, once every item that is not optional is ticked.
        Result<void> startPrevent();
        /// Prevent → Done.
        Result<void> finish();
        [[nodiscard]] const QStringList& reEnrolDone() const { return m_reEnrolDone; }
        [[nodiscard]] const QStringList& preventDone() const { return m_preventDone; }

        /// Back to the previous stage, keeping what was recorded (Done is final).
        Result<void> back();

        [[nodiscard]] QJsonObject toJson() const;
        /// Restores progress saved by toJson(), checked against the playbooks it refers to.
        static Result<RecoveryFlow> fromJson(const QJsonObject& json, const QList<Playbook>& playbooks);

        static QString stageKey(Stage stage); ///< "alternativeFactors"
        /// The step as people know it (the wizard's page title), for messages.
        static QString stageName(Stage stage);

    private:
        Result<void> requireStage(Stage stage, const QString& action) const;
        [[nodiscard]] const QList<Playbook::Step>* checklist() const;
        QStringList* checklistDone();

        Stage m_stage = Stage::ChooseAccount;
        QString m_accountId;
        QString m_accountLabel;
        std::optional<Playbook> m_playbook;
        SeedLocation m_seedLocation = SeedLocation::Unknown;
        std::optional<qint64> m_clockOffsetMilliseconds;
        ResyncOutcome m_resync = ResyncOutcome::NotTried;
        bool m_resolvedByTroubleshooting = false;
        QString m_pathId;
        QStringList m_completedSteps;
        std::optional<PendingFailure> m_pendingFailure;
        QList<Branch> m_branches;
        QStringList m_reEnrolDone;
        QStringList m_preventDone;
    };
}
