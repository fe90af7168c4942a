#include "ListCommand.h"

#include "AccountJson.h"
#include "ExitCode.h"
#include "VaultSession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tessera::cli
{
    QString ListCommand::name() const
    {
        return QStringLiteral("list");
    }

    QString ListCommand::summary() const
    {
        return QStringLiteral("List the accounts (or the trash), without secrets.");
    }

    QString ListCommand::description() const
    {
        return QStringLiteral(
            "Lists the accounts in their order, one per line: id, issuer (account), type. With --trash, the\n"
            "accounts in the trash and when they were moved there (they are purged after 30 days). With\n"
            "--json: a JSON array of {id, issuer, account, type, algorithm, digits, period, counter, tags,\n"
            "favorite} (period is null for HOTP, counter null for TOTP and Steam; trashed accounts also have\n"
            "trashed_at). Secrets are never listed.");
    }

    QList<Command::Argument> ListCommand::arguments() const
    {
        return {};
    }

    QList<QCommandLineOption> ListCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("trash"), QStringLiteral("List the accounts in the trash instead.")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print a JSON array.")),
        };
    }

    int ListCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        if (!parser.positionalArguments().isEmpty()) {
            context.err << QStringLiteral("list takes no arguments. Run 'tessera-cli list --help' for usage.\n");
            return Usage;
        }
        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Read)) {
            return *failed;
        }
        const bool trash = parser.isSet(QStringLiteral("trash"));
        const auto accounts = session.vault().accounts(trash ? Vault::Filter::Trash : Vault::Filter::Active);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const AccountSummary& account : accounts) {
                array.append(AccountJson::summary(account));
            }
            context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (accounts.isEmpty()) {
            session.tell(trash ? QStringLiteral("The trash is empty.") : QStringLiteral("The vault has no accounts."));
            return Success;
        }
        for (const AccountSummary& account : accounts) {
            QString line = account.id.toString(QUuid::WithoutBraces) + QStringLiteral("  ") + account.displayName()
                + QStringLiteral("  ") + OtpParameters::typeName(account.type);
            if (account.isTrashed()) {
                line += QStringLiteral("  trashed ") + account.trashedAt.toUTC().toString(Qt::ISODate);
            }
            context.out << line << QLatin1Char('\n');
        }
        return Success;
    }
}
