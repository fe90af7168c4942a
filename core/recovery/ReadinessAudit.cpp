#include "ReadinessAudit.h"

#include "PhoneNumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <initializer_list>
#include <utility>

namespace tessera
{
    namespace
    {
        using Severity = ReadinessAudit::Severity;
        using Fix = ReadinessAudit::Fix;
        using Finding = ReadinessAudit::Finding;

        /// Whether the provider's recovery (per the matched playbooks) relies on a kind of factor.
        enum class Relevance
        {
            Used,    ///< a matched playbook uses it
            Maybe,   ///< no playbook matched: an unknown provider may use it
            NotUsed, ///< the matched playbooks never use it
        };

        struct Provider
        {
            QList<Playbook> playbooks; ///< empty: unknown provider

            [[nodiscard]] Relevance relevance(std::initializer_list<Playbook::Factor> wanted) const
            {
                if (playbooks.isEmpty()) {
                    return Relevance::Maybe;
                }
                for (const Playbook& playbook : playbooks) {
                    const QList<Playbook::Factor> factors = playbook.factors();
                    for (const Playbook::Factor factor : wanted) {
                        if (factors.contains(factor)) {
                            return Relevance::Used;
                        }
                    }
                }
                return Relevance::NotUsed;
            }

            [[nodiscard]] bool isAws() const
            {
                return std::any_of(playbooks.cbegin(), playbooks.cend(),
                    [](const Playbook& p) { return p.id().startsWith(QStringLiteral("aws-")); });
            }
        };

        QString day(const QDate& date)
        {
            return date.toString(Qt::ISODate);
        }

        QString quoted(const QString& text)
        {
            //: A stored value (a phone number) quoted in a finding; use your language's quotation marks.
            return QCoreApplication::translate("tessera::ReadinessAudit", "'%1'").arg(text);
        }

        class AccountAudit
        {
            Q_DECLARE_TR_FUNCTIONS(tessera::ReadinessAudit)

        public:
            AccountAudit(const Account& account, const Provider& provider, const AuditInput& input)
                : m_account(account)
                , m_provider(provider)
                , m_input(input)
                , m_name(account.displayName().isEmpty() ? tr("This account") : account.displayName())
            { }

            QList<Finding> run()
            {
                backups();
                recoveryCodes();
                secondFactor();
                email();
                phone();
                verification();
                return m_findings;
            }

        private:
            void add(Severity severity, const QString& code, const QString& message, Fix fix, const QString& fixText)
            {
                m_findings.append(
                    {severity, code, m_account.id, m_account.issuer, m_account.accountName, message, fix, fixText});
            }

            void backups()
            {
                if (m_input.backups.isEmpty()) {
                    return; // the vault's no-backup covers every account
                }
                const BackupRecord* newest = nullptr;
                for (const BackupRecord& backup : m_input.backups) {
                    if (backup.contains(m_account.id) && (newest == nullptr || backup.time > newest->time)) {
                        newest = &backup;
                    }
                }
                const QString makeBackup = tr("Make a backup now, and keep it on another disk or device.");
                if (newest == nullptr) {
                    add(Severity::Critical, QStringLiteral("not-backed-up"),
                        tr("%1 is in no backup: if the vault is lost, this seed is lost with it.").arg(m_name),
                        Fix::MakeBackup, makeBackup);
                    return;
                }
                const qint64 age = newest->time.daysTo(m_input.now);
                if (age > ReadinessAudit::BackupMaxAgeDays) {
                    add(Severity::Warning, QStringLiteral("backup-stale"),
                        tr("The newest backup with %1 is %n days old (%2): anything changed since is in no backup.",
                            nullptr, static_cast<int>(age))
                            .arg(m_name, day(newest->time.date())),
                        Fix::MakeBackup, makeBackup);
                    return;
                }
                const auto current = m_input.accountRevisions.constFind(m_account.id);
                if (current != m_input.accountRevisions.cend()
                    && *current > newest->accountRevisions.value(m_account.id)) {
                    add(Severity::Info, QStringLiteral("changed-since-backup"),
                        tr("%1 changed after its newest backup (%2), which holds the older version.")
                            .arg(m_name, day(newest->time.date())),
                        Fix::MakeBackup, makeBackup);
                }
            }

            void recoveryCodes()
            {
                const auto& codes = m_account.recovery.recoveryCodes;
                const QString newSet
                    = tr("Create recovery codes in the provider's security settings and store them with this account.");
                if (codes.isEmpty()) {
                    switch (m_provider.relevance({Playbook::Factor::RecoveryCodes})) {
                    case Relevance::Used:
                        add(Severity::Warning, QStringLiteral("no-recovery-codes"),
                            tr("No recovery codes are stored for %1. The provider's recovery accepts them: "
                               "they are the quickest way back in without the authenticator.")
                                .arg(m_name),
                            Fix::AddRecoveryCodes, newSet);
                        break;
                    case Relevance::Maybe:
                        add(Severity::Info, QStringLiteral("no-recovery-codes"),
                            tr("No recovery codes are stored for %1. If the provider offers them, they are "
                               "the quickest way back in without the authenticator.")
                                .arg(m_name),
                            Fix::AddRecoveryCodes, newSet);
                        break;
                    case Relevance::NotUsed:
                        break;
                    }
                    return;
                }
                if (m_account.recovery.unusedRecoveryCodes() == 0) {
                    add(Severity::Warning, QStringLiteral("recovery-codes-used-up"),
                        tr("All %n recovery codes stored for %1 have been used: none is left to sign in with.", nullptr,
                            static_cast<int>(codes.size()))
                            .arg(m_name),
                        Fix::AddRecoveryCodes,
                        tr("Create a new set of recovery codes in the provider's security settings and "
                           "store it with this account."));
                }
            }

            void secondFactor()
            {
                const QString why = m_provider.isAws()
                    ? tr("AWS allows up to 8 MFA devices per user: registering a second one is the "
                         "cheapest prevention.")
                    : tr("Registering a second authenticator or a security key is the cheapest "
                         "prevention.");
                const QString fixText = tr("Register another authenticator or a security key with the "
                                           "provider, then record it for this account.");
                switch (m_account.recovery.secondFactor) {
                case SecondFactor::None:
                    add(Severity::Warning, QStringLiteral("no-second-factor"),
                        tr("%1 has no other second factor registered with the provider: losing this seed "
                           "locks you out. %2")
                            .arg(m_name, why),
                        Fix::RegisterSecondFactor, fixText);
                    break;
                case SecondFactor::Unknown:
                    add(Severity::Info, QStringLiteral("no-second-factor"),
                        tr("It is not recorded whether %1 has another second factor registered with the "
                           "provider. %2")
                            .arg(m_name, why),
                        Fix::RegisterSecondFactor, fixText);
                    break;
                case SecondFactor::Device:
                case SecondFactor::SecurityKey:
                    break;
                }
            }

            void email()
            {
                if (!m_account.recovery.email.trimmed().isEmpty()) {
                    return;
                }
                const bool used = m_provider.relevance({Playbook::Factor::Email}) == Relevance::Used;
                add(used ? Severity::Warning : Severity::Info, QStringLiteral("no-email"),
                    used ? tr("No email address is stored for %1, and the provider's recovery starts with "
                              "an email to it.")
                               .arg(m_name)
                         : tr("No email address is stored for %1; account recovery usually needs access "
                              "to it.")
                               .arg(m_name),
                    Fix::AddEmail, tr("Add the account's email address exactly as the provider has it."));
            }

            void phone()
            {
                const QString stored = m_account.recovery.phone.trimmed();
                const Relevance relevance = m_provider.relevance({Playbook::Factor::PhoneCall, Playbook::Factor::Sms});
                if (stored.isEmpty()) {
                    const QString fixText
                        = tr("Add the phone number exactly as the provider shows it in its contact settings.");
                    switch (relevance) {
                    case Relevance::Used:
                        add(Severity::Warning, QStringLiteral("no-phone"),
                            tr("No phone number is stored for %1, and the provider's recovery calls or "
                               "texts it.")
                                .arg(m_name),
                            Fix::AddPhone, fixText);
                        break;
                    case Relevance::Maybe:
                        add(Severity::Info, QStringLiteral("no-phone"),
                            tr("No phone number is stored for %1; account recovery may call or text it.").arg(m_name),
                            Fix::AddPhone, fixText);
                        break;
                    case Relevance::NotUsed:
                        break;
                    }
                    return;
                }
                phoneForm(stored);
                phoneChecked(relevance);
            }

            void phoneForm(const QString& stored)
            {
                auto parsed = PhoneNumber::parse(stored, m_input.defaultRegion);
                if (!parsed && !m_input.defaultRegion.isEmpty()) {
                    // An unknown region must not hide what is wrong with the number itself.
                    parsed = PhoneNumber::parse(stored);
                }
                if (!parsed) {
                    if (!stored.startsWith(u'+')) {
                        add(Severity::Critical, QStringLiteral("phone-not-e164"),
                            tr("The phone number stored for %1, %2, has no '+' country code. A provider "
                               "that calls or texts it for recovery (as AWS does) needs the international "
                               "form, and a call to this number can fail.")
                                .arg(m_name, quoted(stored)),
                            Fix::CorrectPhone,
                            tr("Write the number as '+', the country code and the number without its "
                               "leading 0 or spaces (a UK 07911 123456 is +447911123456), correct it in "
                               "the provider's contact settings, and store it here the same way."));
                        return;
                    }
                    add(Severity::Critical, QStringLiteral("phone-invalid"),
                        tr("The phone number stored for %1, %2, is not a usable phone number: %3")
                            .arg(m_name, quoted(stored), parsed.error().message()),
                        Fix::CorrectPhone,
                        tr("Compare it with the provider's contact settings and correct it there and "
                           "here."));
                    return;
                }
                const PhoneNumber& number = *parsed;
                const QString e164 = number.e164();
                const QString correct = tr("Make sure the provider's contact settings have %1 (check "
                                           "there, and correct it if needed), and store it here the same "
                                           "way.")
                                            .arg(e164);
                if (number.hasIssue(PhoneNumber::IssueKind::MissingCountryCode)) {
                    add(Severity::Critical, QStringLiteral("phone-not-e164"),
                        tr("The phone number stored for %1 is %2, without the '+' country code a provider "
                           "needs to call or text it for recovery, so such a call can fail. %3")
                            .arg(m_name, quoted(stored),
                                issueMessage(number, PhoneNumber::IssueKind::MissingCountryCode)),
                        Fix::CorrectPhone, correct);
                } else if (number.hasIssue(PhoneNumber::IssueKind::LeadingZeroAfterCountryCode)) {
                    add(Severity::Warning, QStringLiteral("phone-not-e164"),
                        tr("The phone number stored for %1, %2, keeps the leading 0 after the country "
                           "code; the E.164 form is %3.")
                            .arg(m_name, quoted(stored), e164),
                        Fix::CorrectPhone, correct);
                } else if (!number.isE164AsTyped()) {
                    add(Severity::Info, QStringLiteral("phone-not-e164"),
                        tr("The phone number stored for %1, %2, has spaces or punctuation; the E.164 form "
                           "providers accept everywhere is %3.")
                            .arg(m_name, quoted(stored), e164),
                        Fix::CorrectPhone, correct);
                }

                if (number.isBlocked()) {
                    add(Severity::Critical, QStringLiteral("phone-invalid"),
                        tr("The phone number stored for %1, %2, cannot be right: %3")
                            .arg(m_name, quoted(stored), issueMessage(number, PhoneNumber::IssueKind::NotPossible)),
                        Fix::CorrectPhone,
                        tr("Compare it with the provider's contact settings and correct it there and "
                           "here."));
                } else if (number.hasIssue(PhoneNumber::IssueKind::NotValid)) {
                    add(Severity::Warning, QStringLiteral("phone-invalid"),
                        tr("The phone number stored for %1, %2, is not in a known number range: %3")
                            .arg(m_name, quoted(stored), issueMessage(number, PhoneNumber::IssueKind::NotValid)),
                        Fix::CheckPhone,
                        tr("Compare it with the provider's contact settings; if it is right, record that "
                           "you checked it."));
                } else if (number.hasIssue(PhoneNumber::IssueKind::UnusualType)) {
                    add(Severity::Info, QStringLiteral("phone-unusual-type"),
                        tr("The phone number stored for %1: %2")
                            .arg(m_name, issueMessage(number, PhoneNumber::IssueKind::UnusualType)),
                        Fix::CheckPhone,
                        tr("Make sure the provider can reach this number with a call or a text message."));
                }
            }

            static QString issueMessage(const PhoneNumber& number, PhoneNumber::IssueKind kind)
            {
                for (const PhoneNumber::Issue& issue : number.issues()) {
                    if (issue.kind == kind) {
                        return issue.message;
                    }
                }
                return {};
            }

            void phoneChecked(Relevance relevance)
            {
                const QDate checked = m_account.recovery.phoneCheckedOn;
                const qint64 age = checked.isValid() ? checked.daysTo(m_input.now.date()) : -1;
                if (checked.isValid() && age <= ReadinessAudit::PhoneCheckMaxAgeDays) {
                    return;
                }
                const Severity severity = relevance == Relevance::Used ? Severity::Warning : Severity::Info;
                add(severity, QStringLiteral("phone-unchecked"),
                    checked.isValid()
                        ? tr("The phone number for %1 was last compared with the provider's records on %2, "
                             "more than a year ago; numbers change.")
                              .arg(m_name, day(checked))
                        : tr("The phone number for %1 has never been compared with the provider's "
                             "records.")
                              .arg(m_name),
                    Fix::CheckPhone,
                    tr("Open the provider's contact settings, compare the number, and record that you "
                       "checked it."));
            }

            void verification()
            {
                if (m_account.lastVerifiedAt.isValid()) {
                    return;
                }
                add(Severity::Warning, QStringLiteral("never-verified"),
                    tr("No code of %1 has been confirmed with the provider since it was added: a seed "
                       "imported wrongly shows only when you need it.")
                        .arg(m_name),
                    Fix::VerifyCode,
                    tr("Sign in to the provider with a code from Tessera (or compare the code with "
                       "another device), then mark the account as verified."));
            }

            const Account& m_account;
            const Provider& m_provider;
            const AuditInput& m_input;
            QString m_name;
            QList<Finding> m_findings;
        };

        QList<Finding> vaultFindings(const AuditInput& input, qsizetype activeAccounts)
        {
            QList<Finding> findings;
            const auto add = [&findings](Severity severity, const QString& code, const QString& message, Fix fix,
                                 const QString& fixText) {
                findings.append({severity, code, QUuid(), QString(), QString(), message, fix, fixText});
            };
            if (input.backups.isEmpty() && activeAccounts > 0) {
                add(Severity::Critical, QStringLiteral("no-backup"),
                    QCoreApplication::translate("tessera::ReadinessAudit",
                        "No backup of the vault is recorded: if this computer's disk fails or the vault "
                        "file is lost, every seed in it is gone."),
                    Fix::MakeBackup,
                    QCoreApplication::translate(
                        "tessera::ReadinessAudit", "Make a backup now, and keep it on another disk or device."));
            }
            if (!input.automaticBackupsEnabled) {
                add(Severity::Warning, QStringLiteral("no-automatic-backups"),
                    QCoreApplication::translate("tessera::ReadinessAudit",
                        "Automatic backups are off: accounts added or changed are safe only after you "
                        "remember to make a backup."),
                    Fix::TurnOnAutomaticBackups,
                    QCoreApplication::translate("tessera::ReadinessAudit",
                        "Turn on automatic backups to a folder on another disk or a synchronised folder."));
            }
            if (!input.recoveryKeyConfirmedAt.isValid()) {
                add(Severity::Warning, QStringLiteral("recovery-key-unconfirmed"),
                    QCoreApplication::translate("tessera::ReadinessAudit",
                        "The vault's recovery key was never confirmed: if the password is forgotten and "
                        "the key was not kept, nothing opens the vault."),
                    Fix::ConfirmRecoveryKey,
                    QCoreApplication::translate("tessera::ReadinessAudit",
                        "Confirm the recovery key you wrote down when the vault was created, or make a new "
                        "one and keep it somewhere safe."));
            }
            return findings;
        }
    }

    ReadinessAudit::ReadinessAudit(QList<Playbook> playbooks)
        : m_matcher(std::move(playbooks))
    { }

    QList<ReadinessAudit::Finding> ReadinessAudit::run(const AuditInput& input) const
    {
        qsizetype active = 0;
        QList<Finding> findings;
        QList<Finding> accountFindings;
        for (const Account& account : input.accounts) {
            if (account.isTrashed()) {
                continue;
            }
            ++active;
            const Provider provider{m_matcher.match(account.issuer)};
            accountFindings += AccountAudit(account, provider, input).run();
        }
        findings = vaultFindings(input, active) + accountFindings;
        std::stable_sort(findings.begin(), findings.end(),
            [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
        return findings;
    }

    QString ReadinessAudit::severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Critical:
            return QStringLiteral("critical");
        }
        return {};
    }

    QString ReadinessAudit::fixName(Fix fix)
    {
        switch (fix) {
        case Fix::MakeBackup:
            return QStringLiteral("make-backup");
        case Fix::TurnOnAutomaticBackups:
            return QStringLiteral("turn-on-automatic-backups");
        case Fix::ConfirmRecoveryKey:
            return QStringLiteral("confirm-recovery-key");
        case Fix::AddRecoveryCodes:
            return QStringLiteral("add-recovery-codes");
        case Fix::RegisterSecondFactor:
            return QStringLiteral("register-second-factor");
        case Fix::AddEmail:
            return QStringLiteral("add-email");
        case Fix::AddPhone:
            return QStringLiteral("add-phone");
        case Fix::CorrectPhone:
            return QStringLiteral("correct-phone");
        case Fix::CheckPhone:
            return QStringLiteral("check-phone");
        case Fix::VerifyCode:
            return QStringLiteral("verify-code");
        }
        return {};
    }

    qsizetype ReadinessAudit::count(const QList<Finding>& findings, Severity severity)
    {
        return std::count_if(
            findings.cbegin(), findings.cend(), [severity](const Finding& f) { return f.severity == severity; });
    }

    bool ReadinessAudit::hasRecentAutomaticCopy(const QList<BackupRecord>& backups, const QDateTime& now)
    {
        return std::any_of(backups.cbegin(), backups.cend(), [&now](const BackupRecord& backup) {
            return backup.isAutomatic() && backup.time.isValid() && backup.time.daysTo(now) <= BackupMaxAgeDays;
        });
    }

    QString ReadinessAudit::summary(const QList<Finding>& findings)
    {
        if (findings.isEmpty()) {
            return tr("No findings.");
        }
        const int total = static_cast<int>(findings.size());
        const int warnings = static_cast<int>(count(findings, Severity::Warning));
        const QString totalText = total == 1 ? tr("1 finding") : tr("%n findings", nullptr, total);
        const QString warningText = warnings == 1 ? tr("1 warning") : tr("%n warnings", nullptr, warnings);
        //: %1 is "N findings", %2 the number of critical findings, %3 "N warnings", %4 the number of the others.
        return tr("%1: %2 critical, %3, %4 info.")
            .arg(totalText)
            .arg(count(findings, Severity::Critical))
            .arg(warningText)
            .arg(count(findings, Severity::Info));
    }
}
