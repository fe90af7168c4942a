#include "VaultCliFixture.h"

#include "Credential.h"
#include "Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using tessera::test::VaultCliFixture;

namespace
{
    QJsonArray auditJson(const VaultCliFixture& f)
    {
        const auto run = f.run({QStringLiteral("audit"), QStringLiteral("--json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        EXPECT_TRUE(document.isArray()) << run.out.toStdString();
        return document.array();
    }

    QJsonObject findingOf(const QJsonArray& findings, const QString& code, const QString& accountId = {})
    {
        for (const QJsonValue& value : findings) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("code")).toString() == code
                && (accountId.isEmpty() || object.value(QStringLiteral("account_id")).toString() == accountId)) {
                return object;
            }
        }
        return {};
    }
}

TEST(AuditCommand, TheAwsStoryVaultGivesPhoneNotE164InJson)
{
    VaultCliFixture f;
    f.init();
    const QString id = f.add(QStringLiteral("Amazon Web Services"), QStringLiteral("root"));
    const auto edit = f.run({QStringLiteral("edit"), id, QStringLiteral("--phone"), QStringLiteral("07911 123456"),
        QStringLiteral("--email"), QStringLiteral("root@example.org")});
    ASSERT_EQ(edit.exitCode, 0) << edit.err.toStdString();

    const auto run = f.run({QStringLiteral("audit"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Backups are read from the vault's own records")))
        << run.err.toStdString();
    const QJsonArray findings = auditJson(f);
    const QJsonObject phone = findingOf(findings, QStringLiteral("phone-not-e164"));
    ASSERT_FALSE(phone.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(phone.value(QStringLiteral("account_id")).toString(), id);
    EXPECT_EQ(phone.value(QStringLiteral("issuer")).toString(), QStringLiteral("Amazon Web Services"));
    EXPECT_EQ(phone.value(QStringLiteral("account")).toString(), QStringLiteral("root"));
    EXPECT_EQ(phone.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    EXPECT_TRUE(phone.value(QStringLiteral("message")).toString().contains(QStringLiteral("07911 123456")));

    // Exactly the contract's keys; the vault's own findings have no account.
    const QSet<QString> keys{QStringLiteral("account_id"), QStringLiteral("issuer"), QStringLiteral("account"),
        QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("message")};
    const QSet<QString> severities{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")};
    int rank = 3;
    for (const QJsonValue& value : findings) {
        const QJsonObject object = value.toObject();
        const QStringList objectKeys = object.keys();
        EXPECT_EQ(QSet<QString>(objectKeys.cbegin(), objectKeys.cend()), keys);
        const QString severity = object.value(QStringLiteral("severity")).toString();
        EXPECT_TRUE(severities.contains(severity)) << severity.toStdString();
        const int current = severity == QStringLiteral("critical") ? 2 : severity == QStringLiteral("warning") ? 1 : 0;
        EXPECT_LE(current, rank) << "worst first";
        rank = current;
    }
    const QJsonObject noBackup = findingOf(findings, QStringLiteral("no-backup"));
    ASSERT_FALSE(noBackup.isEmpty());
    EXPECT_TRUE(noBackup.value(QStringLiteral("account_id")).isNull());
    EXPECT_TRUE(noBackup.value(QStringLiteral("issuer")).isNull());
    EXPECT_TRUE(noBackup.value(QStringLiteral("account")).isNull());
    EXPECT_FALSE(findingOf(findings, QStringLiteral("no-automatic-backups")).isEmpty());
    EXPECT_FALSE(findingOf(findings, QStringLiteral("recovery-key-unconfirmed")).isEmpty());
    EXPECT_FALSE(findingOf(findings, QStringLiteral("never-verified"), id).isEmpty());
    // `edit --phone` records the day it was checked; AWS uses no recovery codes.
    EXPECT_TRUE(findingOf(findings, QStringLiteral("phone-unchecked")).isEmpty());
    EXPECT_TRUE(findingOf(findings, QStringLiteral("no-recovery-codes")).isEmpty());
    EXPECT_TRUE(findingOf(findings, QStringLiteral("no-email")).isEmpty());
}

TEST(AuditCommand, PeopleGetOneLinePerFindingWorstFirstThenASummary)
{
    VaultCliFixture f;
    f.init();
    const QString id = f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    ASSERT_EQ(f.run({QStringLiteral("edit"), id, QStringLiteral("--phone"), QStringLiteral("07911 123456"),
                        QStringLiteral("--second-factor"), QStringLiteral("none")})
                  .exitCode,
        0);
    const qsizetype count = auditJson(f).size();
    const auto run = f.run({QStringLiteral("audit")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), count + 1) << run.out.toStdString();
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("critical"))) << lines.first().toStdString();
    const auto phone = std::find_if(lines.cbegin(), lines.cend(),
        [](const QString& line) { return line.contains(QStringLiteral("  phone-not-e164  GitHub (alice): ")); });
    ASSERT_NE(phone, lines.cend()) << run.out.toStdString();
    EXPECT_TRUE(phone->startsWith(QStringLiteral("critical  "))) << phone->toStdString();
    EXPECT_TRUE(phone->contains(QStringLiteral(" Fix: "))) << phone->toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("no-second-factor")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("  vault: ")));
    EXPECT_TRUE(lines.last().startsWith(QStringLiteral("%1 findings: ").arg(count))) << lines.last().toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Backups are read from the vault's own records")))
        << run.err.toStdString();
}

TEST(AuditCommand, AnEmptyVaultHasOnlyTheVaultsFindingsAndTrashIsLeftOut)
{
    VaultCliFixture f;
    f.init();
    const QString id = f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    ASSERT_EQ(f.run({QStringLiteral("rm"), id}).exitCode, 0);
    const QJsonArray findings = auditJson(f);
    QStringList codes;
    for (const QJsonValue& value : findings) {
        codes.append(value.toObject().value(QStringLiteral("code")).toString());
        EXPECT_TRUE(value.toObject().value(QStringLiteral("account_id")).isNull());
    }
    EXPECT_EQ(codes, (QStringList{QStringLiteral("no-automatic-backups"), QStringLiteral("recovery-key-unconfirmed")}));
}

TEST(AuditCommand, HelpSaysWhereBackupsComeFromAndErrorsKeepTheirCodes)
{
    VaultCliFixture f;
    const auto help = f.run({QStringLiteral("audit"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Backups are read from the vault's own records")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("phone-not-e164")));
    EXPECT_EQ(f.run({QStringLiteral("audit")}).exitCode, 5) << "no vault";
    f.init();
    EXPECT_EQ(f.run({QStringLiteral("audit"), QStringLiteral("extra")}).exitCode, 1);
    EXPECT_EQ(f.runBare({QStringLiteral("audit")}, "wrong password\n").exitCode, 2);
}

TEST(AuditCommand, BackupsRecordedInTheVaultAreReported)
{
    VaultCliFixture f;
    f.init();
    const QString alice = f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    {
        tessera::Vault vault(f.vaultPath());
        ASSERT_TRUE(vault.unlock(tessera::Credential::password(VaultCliFixture::password())).ok());
        auto recorded = vault.recordBackup(
            tessera::BackupKind::AutomaticCopy, f.file(QStringLiteral("copy.tessera")), {QUuid(alice)});
        ASSERT_TRUE(recorded.ok()) << recorded.error().message().toStdString();
    }
    const QString bob = f.add(QStringLiteral("Forge"), QStringLiteral("bob"));

    QJsonArray findings = auditJson(f);
    EXPECT_TRUE(findingOf(findings, QStringLiteral("no-backup")).isEmpty());
    EXPECT_TRUE(findingOf(findings, QStringLiteral("no-automatic-backups")).isEmpty()) << "a copy from today";
    EXPECT_TRUE(findingOf(findings, QStringLiteral("not-backed-up"), alice).isEmpty());
    EXPECT_FALSE(findingOf(findings, QStringLiteral("not-backed-up"), bob).isEmpty()) << "added after the backup";
    EXPECT_TRUE(findingOf(findings, QStringLiteral("changed-since-backup"), alice).isEmpty());

    ASSERT_EQ(f.run({QStringLiteral("edit"), alice, QStringLiteral("--note"), QStringLiteral("changed")}).exitCode, 0);
    findings = auditJson(f);
    EXPECT_FALSE(findingOf(findings, QStringLiteral("changed-since-backup"), alice).isEmpty());
}
