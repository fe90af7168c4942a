#pragma once

#include "AuditInput.h"
#include "Playbook.h"
#include "PlaybookMatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace tessera
{
    /// How ready each account (and the vault as a whole) is for the day a seed is lost: is it in a
    /// recent backup, are recovery codes, the email and the phone number stored and usable, is a
    /// second factor registered with the provider, was a code ever verified. Works on plain values
    /// (AuditInput) and the bundled playbooks, which say what each provider's recovery relies on:
    /// no recovery codes for AWS is not a finding, no phone number for AWS's root user is.
    ///
    /// Findings come sorted worst first; within a severity the vault's own come first, then the
    /// accounts in input order. Their codes are stable (scripts, `tessera-cli audit --json` and the
    /// GUI's one-click fixes rely on them):
    ///   vault:   no-backup, no-automatic-backups, recovery-key-unconfirmed
    ///   account: not-backed-up, backup-stale, changed-since-backup, no-recovery-codes,
    ///            recovery-codes-used-up, no-second-factor, no-email, no-phone, phone-not-e164,
    ///            phone-invalid, phone-unusual-type, phone-unchecked, never-verified
    /// With no backup at all, the vault's no-backup stands for every account's not-backed-up.
    class ReadinessAudit
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::ReadinessAudit)

    public:
        static constexpr int BackupMaxAgeDays = 30;
        static constexpr int PhoneCheckMaxAgeDays = 365;

        /// Ordered: a higher value is worse.
        enum class Severity
        {
            Info,
            Warning,
            Critical,
        };

        /// The action that fixes a finding; the GUI maps each to a one-click action.
        enum class Fix
        {
            MakeBackup,
            TurnOnAutomaticBackups,
            ConfirmRecoveryKey,
            AddRecoveryCodes,
            RegisterSecondFactor,
            AddEmail,
            AddPhone,
            CorrectPhone,
            CheckPhone,
            VerifyCode,
        };

        struct Finding
        {
            Severity severity = Severity::Info;
            QString code;    ///< stable, e.g. "phone-not-e164"
            QUuid accountId; ///< null for a finding about the whole vault
            QString issuer;  ///< empty for the vault
            QString accountName;
            QString message; ///< what is wrong and why it matters, for people
            Fix fix = Fix::MakeBackup;
            QString fixText; ///< what to do, for people

            [[nodiscard]] bool isVaultWide() const { return accountId.isNull(); }
            bool operator==(const Finding&) const = default;
        };

        explicit ReadinessAudit(QList<Playbook> playbooks);

        [[nodiscard]] QList<Finding> run(const AuditInput& input) const;

        static QString severityName(Severity severity); ///< "info", "warning", "critical"
        static QString fixName(Fix fix);                ///< "make-backup", "correct-phone", ...
        static qsizetype count(const QList<Finding>& findings, Severity severity);
        /// Whether an automatic copy was recorded within BackupMaxAgeDays before `now`: how a caller
        /// that does not know the automatic-backup setting (the CLI) fills
        /// AuditInput::automaticBackupsEnabled from the vault's records (Vault::backups()).
        static bool hasRecentAutomaticCopy(const QList<BackupRecord>& backups, const QDateTime& now);
        /// "3 findings: 1 critical, 1 warning, 1 info." or "No findings."
        static QString summary(const QList<Finding>& findings);

    private:
        PlaybookMatcher m_matcher;
    };
}
