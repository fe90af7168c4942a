#include "ReadinessAudit.h"

#include "Playbook.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace tessera;
using Severity = ReadinessAudit::Severity;
using Fix = ReadinessAudit::Fix;
using Finding = ReadinessAudit::Finding;

namespace
{
    const QDateTime Now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    QList<Playbook> bundled()
    {
        auto all = Playbook::loadAll();
        EXPECT_TRUE(all.ok()) << (all.ok() ? std::string() : all.error().message().toStdString());
        return all.ok() ? std::move(all).value() : QList<Playbook>();
    }

    /// An account with nothing to find: backed up (by the input below), recovery codes, email,
    /// a checked E.164 phone number, a second factor, verified.
    Account healthy(const QString& issuer, const QString& name)
    {
        Account account(OtpParameters::create(OtpType::Totp, QByteArrayLiteral("12345678901234567890")).value());
        account.id = QUuid::createUuidV5(QUuid(), issuer + QLatin1Char(':') + name);
        account.issuer = issuer;
        account.accountName = name;
        account.createdAt = Now.addDays(-200);
        account.modifiedAt = Now.addDays(-100);
        account.lastVerifiedAt = Now.addDays(-50);
        account.recovery.email = QStringLiteral("owner@example.org");
        account.recovery.phone = QStringLiteral("+447911123456");
        account.recovery.phoneCheckedOn = Now.date().addDays(-10);
        account.recovery.recoveryCodes
            = {{QStringLiteral("aaaa-1111"), false, {}}, {QStringLiteral("bbbb-2222"), true, Now.addDays(-3)}};
        account.recovery.secondFactor = SecondFactor::Device;
        return account;
    }

    /// A vault-wide healthy input: every account in yesterday's automatic backup.
    AuditInput inputWith(const QList<Account>& accounts)
    {
        AuditInput input;
        input.accounts = accounts;
        BackupRecord backup{Now.addDays(-1), BackupKind::AutomaticCopy, {}};
        for (const Account& account : accounts) {
            backup.accountRevisions.insert(account.id, 1);
        }
        input.backups = {backup};
        input.automaticBackupsEnabled = true;
        input.recoveryKeyConfirmedAt = Now.addDays(-300);
        input.defaultRegion = QStringLiteral("GB");
        input.now = Now;
        return input;
    }

    QList<Finding> audit(const AuditInput& input)
    {
        return ReadinessAudit(bundled()).run(input);
    }

    const Finding* find(const QList<Finding>& findings, const QString& code, const QUuid& id = {})
    {
        for (const Finding& finding : findings) {
            if (finding.code == code && (id.isNull() || finding.accountId == id)) {
                return &finding;
            }
        }
        return nullptr;
    }

    QStringList codes(const QList<Finding>& findings)
    {
        QStringList out;
        for (const Finding& finding : findings) {
            out.append(finding.code);
        }
        return out;
    }

    std::string describe(const QList<Finding>& findings)
    {
        QStringList lines;
        for (const Finding& f : findings) {
            lines.append(ReadinessAudit::severityName(f.severity) + QLatin1Char(' ') + f.code + QStringLiteral(": ")
                + f.message);
        }
        return lines.join(QLatin1Char('\n')).toStdString();
    }
}

TEST(ReadinessAudit, AHealthyVaultHasNoFindings)
{
    const auto findings = audit(inputWith({healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("root")),
        healthy(QStringLiteral("GitHub"), QStringLiteral("alice")),
        healthy(QStringLiteral("Example Corp"), QStringLiteral("bob"))}));
    EXPECT_TRUE(findings.isEmpty()) << describe(findings);
    EXPECT_EQ(ReadinessAudit::summary(findings), QStringLiteral("No findings."));
}

TEST(ReadinessAudit, TheStorysPhoneNumberWithoutPlusIsCriticalAndShowsTheE164Form)
{
    Account aws
        = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("root-account-mfa-device@123456789012"));
    aws.recovery.phone = QStringLiteral("07911 123456");
    const auto findings = audit(inputWith({aws}));
    ASSERT_EQ(findings.size(), 1) << describe(findings);
    const Finding& finding = findings.first();
    EXPECT_EQ(finding.code, QStringLiteral("phone-not-e164"));
    EXPECT_EQ(finding.severity, Severity::Critical);
    EXPECT_EQ(finding.accountId, aws.id);
    EXPECT_EQ(finding.issuer, QStringLiteral("Amazon Web Services"));
    EXPECT_EQ(finding.accountName, QStringLiteral("root-account-mfa-device@123456789012"));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("'07911 123456'"))) << finding.message.toStdString();
    EXPECT_TRUE(finding.message.contains(QStringLiteral("+447911123456"))) << finding.message.toStdString();
    EXPECT_EQ(finding.fix, Fix::CorrectPhone);
    EXPECT_TRUE(finding.fixText.contains(QStringLiteral("+447911123456"))) << finding.fixText.toStdString();
    EXPECT_EQ(ReadinessAudit::fixName(finding.fix), QStringLiteral("correct-phone"));
}

TEST(ReadinessAudit, AMissingPlusIsFlaggedEvenWithoutARegionToNormaliseIt)
{
    Account aws = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("root"));
    aws.recovery.phone = QStringLiteral("07911 123456");
    for (const QString& region : {QString(), QStringLiteral("XX")}) {
        AuditInput input = inputWith({aws});
        input.defaultRegion = region;
        const auto findings = audit(input);
        const Finding* finding = find(findings, QStringLiteral("phone-not-e164"));
        ASSERT_NE(finding, nullptr) << describe(findings);
        EXPECT_EQ(finding->severity, Severity::Critical);
        EXPECT_TRUE(finding->message.contains(QStringLiteral("'+'"))) << finding->message.toStdString();
        EXPECT_TRUE(finding->fixText.contains(QStringLiteral("+447911123456"))) << finding->fixText.toStdString();
    }
    // A number typed with its country code but no '+' (and no region needed).
    aws.recovery.phone = QStringLiteral("447911123456");
    AuditInput input = inputWith({aws});
    input.defaultRegion.clear();
    const auto findings = audit(input);
    ASSERT_NE(find(findings, QStringLiteral("phone-not-e164")), nullptr) << describe(findings);
    EXPECT_EQ(find(findings, QStringLiteral("phone-not-e164"))->severity, Severity::Critical);
}

TEST(ReadinessAudit, PhoneFormsAndValidity)
{
    struct Case
    {
        QString phone;
        QString code; // empty: no phone finding
        Severity severity;
        QString inMessage;
    };
    const QList<Case> cases{
        {QStringLiteral("+447911123456"), QString(), Severity::Info, QString()},
        {QStringLiteral("+44 7911 123456"), QStringLiteral("phone-not-e164"), Severity::Info,
            QStringLiteral("+447911123456")},
        {QStringLiteral("+44 07911 123456"), QStringLiteral("phone-not-e164"), Severity::Warning,
            QStringLiteral("+447911123456")},
        {QStringLiteral("0044 7911 123456"), QStringLiteral("phone-not-e164"), Severity::Critical,
            QStringLiteral("+447911123456")},
        {QStringLiteral("+44 7911"), QStringLiteral("phone-invalid"), Severity::Critical,
            QStringLiteral("cannot be right")},
        {QStringLiteral("+44 7911 12345678901"), QStringLiteral("phone-invalid"), Severity::Critical,
            QStringLiteral("too long")},
        {QStringLiteral("+44 79II 123456"), QStringLiteral("phone-invalid"), Severity::Critical, QStringLiteral("'I'")},
    };
    for (const Case& c : cases) {
        Account account = healthy(QStringLiteral("GitHub"), QStringLiteral("alice"));
        account.recovery.phone = c.phone;
        const auto findings = audit(inputWith({account}));
        if (c.code.isEmpty()) {
            EXPECT_TRUE(findings.isEmpty()) << c.phone.toStdString() << "\n" << describe(findings);
            continue;
        }
        const Finding* finding = find(findings, c.code);
        ASSERT_NE(finding, nullptr) << c.phone.toStdString() << "\n" << describe(findings);
        EXPECT_EQ(finding->severity, c.severity) << c.phone.toStdString();
        EXPECT_TRUE(finding->message.contains(c.inMessage))
            << c.phone.toStdString() << ": " << finding->message.toStdString();
    }
}

TEST(ReadinessAudit, AVaultBuiltToContainEachProblem)
{
    Account notBackedUp = healthy(QStringLiteral("GitHub"), QStringLiteral("not-backed-up"));
    Account stale = healthy(QStringLiteral("GitHub"), QStringLiteral("stale"));
    Account noCodes = healthy(QStringLiteral("GitHub"), QStringLiteral("no-codes"));
    noCodes.recovery.recoveryCodes.clear();
    Account usedUp = healthy(QStringLiteral("Google"), QStringLiteral("used-up"));
    for (RecoveryCode& code : usedUp.recovery.recoveryCodes) {
        code.used = true;
    }
    Account noSecond = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("no-second"));
    noSecond.recovery.secondFactor = SecondFactor::None;
    Account noEmail = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("no-email"));
    noEmail.recovery.email.clear();
    Account noPhone = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("no-phone"));
    noPhone.recovery.phone.clear();
    noPhone.recovery.phoneCheckedOn = QDate();
    Account badPhone = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("bad-phone"));
    badPhone.recovery.phone = QStringLiteral("07911 123456");
    Account unchecked = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("unchecked"));
    unchecked.recovery.phoneCheckedOn = Now.date().addDays(-400);
    Account neverVerified = healthy(QStringLiteral("GitHub"), QStringLiteral("never-verified"));
    neverVerified.lastVerifiedAt = QDateTime();

    AuditInput input = inputWith(
        {notBackedUp, stale, noCodes, usedUp, noSecond, noEmail, noPhone, badPhone, unchecked, neverVerified});
    input.backups.first().accountRevisions.remove(notBackedUp.id);
    input.backups.first().accountRevisions.remove(stale.id);
    input.backups.append({Now.addDays(-45), BackupKind::TesseraBackup, {{stale.id, 1}}});
    input.automaticBackupsEnabled = false;
    input.recoveryKeyConfirmedAt = QDateTime();

    const auto findings = audit(input);
    struct Expected
    {
        QString code;
        QUuid id;
        Severity severity;
        Fix fix;
    };
    const QList<Expected> expected{
        {QStringLiteral("no-automatic-backups"), QUuid(), Severity::Warning, Fix::TurnOnAutomaticBackups},
        {QStringLiteral("recovery-key-unconfirmed"), QUuid(), Severity::Warning, Fix::ConfirmRecoveryKey},
        {QStringLiteral("not-backed-up"), notBackedUp.id, Severity::Critical, Fix::MakeBackup},
        {QStringLiteral("backup-stale"), stale.id, Severity::Warning, Fix::MakeBackup},
        {QStringLiteral("no-recovery-codes"), noCodes.id, Severity::Warning, Fix::AddRecoveryCodes},
        {QStringLiteral("recovery-codes-used-up"), usedUp.id, Severity::Warning, Fix::AddRecoveryCodes},
        {QStringLiteral("no-second-factor"), noSecond.id, Severity::Warning, Fix::RegisterSecondFactor},
        {QStringLiteral("no-email"), noEmail.id, Severity::Warning, Fix::AddEmail},
        {QStringLiteral("no-phone"), noPhone.id, Severity::Warning, Fix::AddPhone},
        {QStringLiteral("phone-not-e164"), badPhone.id, Severity::Critical, Fix::CorrectPhone},
        {QStringLiteral("phone-unchecked"), unchecked.id, Severity::Warning, Fix::CheckPhone},
        {QStringLiteral("never-verified"), neverVerified.id, Severity::Warning, Fix::VerifyCode},
    };
    EXPECT_EQ(findings.size(), expected.size()) << describe(findings);
    for (const Expected& e : expected) {
        const Finding* finding = find(findings, e.code, e.id);
        ASSERT_NE(finding, nullptr) << e.code.toStdString() << "\n" << describe(findings);
        EXPECT_EQ(finding->accountId, e.id) << e.code.toStdString();
        EXPECT_EQ(finding->severity, e.severity) << e.code.toStdString();
        EXPECT_EQ(finding->fix, e.fix) << e.code.toStdString();
        EXPECT_FALSE(finding->message.isEmpty());
        EXPECT_FALSE(finding->fixText.isEmpty());
        EXPECT_EQ(finding->isVaultWide(), e.id.isNull());
    }
    EXPECT_TRUE(find(findings, QStringLiteral("backup-stale"))->message.contains(QStringLiteral("45 days")));
    EXPECT_TRUE(find(findings, QStringLiteral("no-second-factor"))->message.contains(QStringLiteral("8 MFA devices")));
    EXPECT_TRUE(
        find(findings, QStringLiteral("phone-unchecked"))->message.contains(QStringLiteral("more than a year")));
    EXPECT_EQ(ReadinessAudit::summary(findings), QStringLiteral("12 findings: 2 critical, 10 warnings, 0 info."));
}

TEST(ReadinessAudit, SortedWorstFirstVaultBeforeAccountsThenInputOrder)
{
    Account first = healthy(QStringLiteral("Example Corp"), QStringLiteral("first"));
    first.recovery.recoveryCodes.clear(); // info: unknown provider may offer codes
    first.lastVerifiedAt = QDateTime();   // warning
    Account second = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("second"));
    second.recovery.phone = QStringLiteral("07911 123456"); // critical
    second.recovery.secondFactor = SecondFactor::Unknown;   // info
    AuditInput input = inputWith({first, second});
    input.automaticBackupsEnabled = false; // warning, vault-wide
    const auto findings = audit(input);
    EXPECT_EQ(codes(findings),
        (QStringList{QStringLiteral("phone-not-e164"), QStringLiteral("no-automatic-backups"),
            QStringLiteral("never-verified"), QStringLiteral("no-recovery-codes"), QStringLiteral("no-second-factor")}))
        << describe(findings);
    for (qsizetype i = 1; i < findings.size(); ++i) {
        EXPECT_GE(findings.at(i - 1).severity, findings.at(i).severity);
    }
    EXPECT_EQ(findings.at(3).accountId, first.id);
    EXPECT_EQ(findings.at(4).accountId, second.id);
    EXPECT_EQ(ReadinessAudit::count(findings, Severity::Info), 2);
    EXPECT_EQ(ReadinessAudit::summary(findings), QStringLiteral("5 findings: 1 critical, 2 warnings, 2 info."));
}

TEST(ReadinessAudit, NoBackupAtAllIsOneVaultFindingNotOnePerAccount)
{
    AuditInput input = inputWith({healthy(QStringLiteral("GitHub"), QStringLiteral("a")),
        healthy(QStringLiteral("GitHub"), QStringLiteral("b"))});
    input.backups.clear();
    const auto findings = audit(input);
    EXPECT_EQ(codes(findings), QStringList{QStringLiteral("no-backup")}) << describe(findings);
    EXPECT_EQ(findings.first().severity, Severity::Critical);
    EXPECT_TRUE(findings.first().isVaultWide());
    EXPECT_EQ(findings.first().fix, Fix::MakeBackup);

    // An empty vault has nothing to back up.
    input.accounts.clear();
    EXPECT_TRUE(audit(input).isEmpty());
}

TEST(ReadinessAudit, BackupAgeLimitAndChangesAfterTheBackup)
{
    const Account account = healthy(QStringLiteral("GitHub"), QStringLiteral("alice"));
    AuditInput input = inputWith({account});
    input.backups = {{Now.addDays(-ReadinessAudit::BackupMaxAgeDays), BackupKind::TesseraBackup, {{account.id, 3}}}};
    EXPECT_TRUE(audit(input).isEmpty());
    input.backups.first().time = Now.addDays(-ReadinessAudit::BackupMaxAgeDays - 1);
    EXPECT_EQ(codes(audit(input)), QStringList{QStringLiteral("backup-stale")});
    // A newer backup counts, whichever order they come in.
    input.backups.prepend({Now.addDays(-2), BackupKind::AutomaticCopy, {{account.id, 3}}});
    EXPECT_TRUE(audit(input).isEmpty());

    input.accountRevisions.insert(account.id, 3);
    EXPECT_TRUE(audit(input).isEmpty());
    input.accountRevisions.insert(account.id, 4);
    const auto changed = audit(input);
    ASSERT_EQ(codes(changed), QStringList{QStringLiteral("changed-since-backup")});
    EXPECT_EQ(changed.first().severity, Severity::Info);
}

TEST(ReadinessAudit, WhatCountsDependsOnTheProvidersRecovery)
{
    // AWS's recovery uses no recovery codes; GitHub's does; an unknown provider may.
    for (const auto& [issuer, severity] : {std::pair{QStringLiteral("Amazon Web Services"), std::optional<Severity>()},
             std::pair{QStringLiteral("GitHub"), std::optional<Severity>(Severity::Warning)},
             std::pair{QStringLiteral("Example Corp"), std::optional<Severity>(Severity::Info)}}) {
        Account account = healthy(issuer, QStringLiteral("x"));
        account.recovery.recoveryCodes.clear();
        const auto findings = audit(inputWith({account}));
        const Finding* finding = find(findings, QStringLiteral("no-recovery-codes"));
        if (!severity) {
            EXPECT_EQ(finding, nullptr) << issuer.toStdString();
        } else {
            ASSERT_NE(finding, nullptr) << issuer.toStdString();
            EXPECT_EQ(finding->severity, *severity) << issuer.toStdString();
        }
    }
    // Apple's recovery calls no phone; AWS's root user recovery does; an unknown provider may.
    for (const auto& [issuer, severity] : {std::pair{QStringLiteral("Apple"), std::optional<Severity>()},
             std::pair{QStringLiteral("AWS"), std::optional<Severity>(Severity::Warning)},
             std::pair{QStringLiteral("Example Corp"), std::optional<Severity>(Severity::Info)}}) {
        Account account = healthy(issuer, QStringLiteral("x"));
        account.recovery.phone.clear();
        const auto findings = audit(inputWith({account}));
        const Finding* finding = find(findings, QStringLiteral("no-phone"));
        if (!severity) {
            EXPECT_EQ(finding, nullptr) << issuer.toStdString();
        } else {
            ASSERT_NE(finding, nullptr) << issuer.toStdString();
            EXPECT_EQ(finding->severity, *severity) << issuer.toStdString();
        }
        EXPECT_EQ(find(findings, QStringLiteral("phone-unchecked")), nullptr);
    }
    // No email: a warning where the recovery starts with one, information elsewhere.
    Account github = healthy(QStringLiteral("GitHub"), QStringLiteral("x"));
    github.recovery.email.clear();
    EXPECT_EQ(find(audit(inputWith({github})), QStringLiteral("no-email"))->severity, Severity::Warning);
    Account google = healthy(QStringLiteral("Google"), QStringLiteral("x"));
    google.recovery.email.clear();
    EXPECT_EQ(find(audit(inputWith({google})), QStringLiteral("no-email"))->severity, Severity::Info);
}

TEST(ReadinessAudit, SecondFactorNoneIsAWarningUnknownIsInformation)
{
    Account none = healthy(QStringLiteral("GitHub"), QStringLiteral("none"));
    none.recovery.secondFactor = SecondFactor::None;
    Account unknown = healthy(QStringLiteral("GitHub"), QStringLiteral("unknown"));
    unknown.recovery.secondFactor = SecondFactor::Unknown;
    Account key = healthy(QStringLiteral("GitHub"), QStringLiteral("key"));
    key.recovery.secondFactor = SecondFactor::SecurityKey;
    const auto findings = audit(inputWith({none, unknown, key}));
    ASSERT_EQ(findings.size(), 2) << describe(findings);
    EXPECT_EQ(find(findings, QStringLiteral("no-second-factor"), none.id)->severity, Severity::Warning);
    EXPECT_EQ(find(findings, QStringLiteral("no-second-factor"), unknown.id)->severity, Severity::Info);
    EXPECT_FALSE(find(findings, QStringLiteral("no-second-factor"), none.id)->message.contains(QStringLiteral("AWS")));
}

TEST(ReadinessAudit, PhoneCheckedWithinAYear)
{
    Account account = healthy(QStringLiteral("Amazon Web Services"), QStringLiteral("root"));
    account.recovery.phoneCheckedOn = Now.date().addDays(-ReadinessAudit::PhoneCheckMaxAgeDays);
    EXPECT_TRUE(audit(inputWith({account})).isEmpty());
    account.recovery.phoneCheckedOn = QDate();
    const auto findings = audit(inputWith({account}));
    ASSERT_EQ(codes(findings), QStringList{QStringLiteral("phone-unchecked")});
    EXPECT_TRUE(findings.first().message.contains(QStringLiteral("never")));
    EXPECT_EQ(findings.first().severity, Severity::Warning);
}

TEST(ReadinessAudit, AccountsInTheTrashAreLeftOut)
{
    Account trashed = healthy(QStringLiteral("GitHub"), QStringLiteral("old"));
    trashed.trashedAt = Now.addDays(-2);
    trashed.recovery = RecoveryInfo();
    trashed.lastVerifiedAt = QDateTime();
    AuditInput input = inputWith({trashed});
    input.backups.clear();
    EXPECT_TRUE(audit(input).isEmpty());
}

TEST(ReadinessAudit, EveryCodeIsDocumentedAndStable)
{
    const QSet<QString> known{QStringLiteral("no-backup"), QStringLiteral("no-automatic-backups"),
        QStringLiteral("recovery-key-unconfirmed"), QStringLiteral("not-backed-up"), QStringLiteral("backup-stale"),
        QStringLiteral("changed-since-backup"), QStringLiteral("no-recovery-codes"),
        QStringLiteral("recovery-codes-used-up"), QStringLiteral("no-second-factor"), QStringLiteral("no-email"),
        QStringLiteral("no-phone"), QStringLiteral("phone-not-e164"), QStringLiteral("phone-invalid"),
        QStringLiteral("phone-unusual-type"), QStringLiteral("phone-unchecked"), QStringLiteral("never-verified")};
    Account everything = healthy(QStringLiteral("Example Corp"), QStringLiteral("x"));
    everything.recovery = RecoveryInfo();
    everything.recovery.phone = QStringLiteral("12");
    everything.lastVerifiedAt = QDateTime();
    AuditInput input = inputWith({everything});
    input.backups.clear();
    input.automaticBackupsEnabled = false;
    input.recoveryKeyConfirmedAt = QDateTime();
    for (const Finding& finding : audit(input)) {
        EXPECT_TRUE(known.contains(finding.code)) << finding.code.toStdString();
    }
    EXPECT_EQ(ReadinessAudit::severityName(Severity::Info), QStringLiteral("info"));
    EXPECT_EQ(ReadinessAudit::severityName(Severity::Warning), QStringLiteral("warning"));
    EXPECT_EQ(ReadinessAudit::severityName(Severity::Critical), QStringLiteral("critical"));
}

TEST(ReadinessAudit, AutomaticBackupsCountAsOnWithARecentAutomaticCopy)
{
    const BackupRecord recentExport{Now.addDays(-1), BackupKind::Pdf, {}};
    const BackupRecord recentCopy{Now.addDays(-ReadinessAudit::BackupMaxAgeDays), BackupKind::AutomaticCopy, {}};
    const BackupRecord oldCopy{Now.addDays(-ReadinessAudit::BackupMaxAgeDays - 1), BackupKind::AutomaticCopy, {}};
    EXPECT_FALSE(ReadinessAudit::hasRecentAutomaticCopy({}, Now));
    EXPECT_FALSE(ReadinessAudit::hasRecentAutomaticCopy({recentExport, oldCopy}, Now));
    EXPECT_TRUE(ReadinessAudit::hasRecentAutomaticCopy({recentExport, recentCopy}, Now));
}
