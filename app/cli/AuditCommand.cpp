#include "AuditCommand.h"

#include "AuditInput.h"
#include "ExitCode.h"
#include "Playbook.h"
#include "ReadinessAudit.h"
#include "VaultAudit.h"
#include "VaultSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tessera::cli
{
    namespace
    {
        /// The region of the user's locale ("GB" for en_GB), for phone numbers stored without '+'.
        QString localeRegion()
        {
            const QLocale locale = QLocale::system();
            if (locale.territory() == QLocale::AnyTerritory) {
                return {};
            }
            return QLocale::territoryToCode(locale.territory());
        }

        QJsonValue orNull(const ReadinessAudit::Finding& finding, const QString& value)
        {
            return finding.isVaultWide() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
        }

        QString subject(const ReadinessAudit::Finding& finding)
        {
            if (finding.isVaultWide()) {
                return QStringLiteral("vault");
            }
            if (finding.issuer.isEmpty()) {
                return finding.accountName;
            }
            if (finding.accountName.isEmpty()) {
                return finding.issuer;
            }
            return finding.issuer + QStringLiteral(" (") + finding.accountName + QLatin1Char(')');
        }
    }

    QString AuditCommand::name() const
    {
        return QStringLiteral("audit");
    }

    QString AuditCommand::summary() const
    {
        return QStringLiteral("Check how ready each account is for a lost seed (backups, recovery info).");
    }

    QString AuditCommand::bookkeepingNote()
    {
        return QStringLiteral(
            "Backups are read from the vault's own records (exports and automatic copies); automatic backups count "
            "as on when an automatic copy was recorded in the last 30 days. The confirmation of the recovery key is "
            "not recorded in the vault yet, so the audit reports it as missing.");
    }

    QString AuditCommand::description() const
    {
        return QStringLiteral(
                   "Checks the vault and every account that is not in the trash for what a recovery would need:\n"
                   "a recent backup holding it, recovery codes (where the provider's recovery uses them), another\n"
                   "second factor registered with the provider, the account's email, a phone number in E.164 form\n"
                   "(+ and the country code) compared with the provider's records within a year, and a code\n"
                   "verified since the account was added. Prints one line per finding, worst first (severity,\n"
                   "code, account, what is wrong and what to do), then a summary. Phone numbers stored without\n"
                   "'+' are shown in E.164 form using the region of your locale. With --json: an array of\n"
                   "{account_id, issuer, account, severity, code, message}, where severity is info, warning or\n"
                   "critical, and account_id, issuer and account are null for findings about the whole vault.\n"
                   "Findings are not errors: the exit code is 0 whenever the audit ran.\n"
                   "\n"
                   "Codes: no-backup, no-automatic-backups, recovery-key-unconfirmed (the vault); not-backed-up,\n"
                   "backup-stale, changed-since-backup, no-recovery-codes, recovery-codes-used-up,\n"
                   "no-second-factor, no-email, no-phone, phone-not-e164, phone-invalid, phone-unusual-type,\n"
                   "phone-unchecked, never-verified (an account).\n"
                   "\n")
            + bookkeepingNote();
    }

    QList<Command::Argument> AuditCommand::arguments() const
    {
        return {};
    }

    QList<QCommandLineOption> AuditCommand::options() const
    {
        return {QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the findings as a JSON array."))};
    }

    int AuditCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        if (!parser.positionalArguments().isEmpty()) {
            context.err << QStringLiteral("audit takes no arguments. Run 'tessera-cli audit --help' for usage.\n");
            return Usage;
        }
        auto playbooks = Playbook::loadAll();
        if (!playbooks) {
            context.err << playbooks.error().message() << QLatin1Char('\n');
            return exitCodeFor(playbooks.error().kind());
        }
        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Read)) {
            return *failed;
        }
        Vault& vault = session.vault();

        // Backups from the vault's bookkeeping; the automatic-backup setting belongs to the desktop
        // app, so it is judged from the copies recorded. The recovery key's confirmation is not
        // recorded yet (bookkeepingNote()): the input leaves it empty.
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(context.clock.nowMilliseconds(), Qt::UTC);
        VaultAudit::Input collected = VaultAudit::collect(vault, now, localeRegion());
        for (const QString& warning : std::as_const(collected.warnings)) {
            session.tell(QStringLiteral("Warning: %1").arg(warning));
        }
        const AuditInput& input = collected.input;

        const QList<ReadinessAudit::Finding> findings = ReadinessAudit(std::move(playbooks).value()).run(input);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ReadinessAudit::Finding& finding : findings) {
                array.append(QJsonObject{
                    {QStringLiteral("account_id"), orNull(finding, finding.accountId.toString(QUuid::WithoutBraces))},
                    {QStringLiteral("issuer"), orNull(finding, finding.issuer)},
                    {QStringLiteral("account"), orNull(finding, finding.accountName)},
                    {QStringLiteral("severity"), ReadinessAudit::severityName(finding.severity)},
                    {QStringLiteral("code"), finding.code},
                    {QStringLiteral("message"), finding.message},
                });
            }
            context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
        } else {
            for (const ReadinessAudit::Finding& finding : findings) {
                context.out << QStringLiteral("%1  %2  %3: %4 Fix: %5\n")
                                   .arg(ReadinessAudit::severityName(finding.severity).leftJustified(8), finding.code,
                                       subject(finding), finding.message, finding.fixText);
            }
            context.out << ReadinessAudit::summary(findings) << QLatin1Char('\n');
        }
        session.tell(bookkeepingNote());
        return Success;
    }
}
