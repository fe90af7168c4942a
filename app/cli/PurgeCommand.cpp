#include "PurgeCommand.h"

#include "ExitCode.h"
#include "VaultSession.h"

namespace tessera::cli
{
    QString PurgeCommand::name() const
    {
        return QStringLiteral("purge");
    }

    QString PurgeCommand::summary() const
    {
        return QStringLiteral("Delete an account in the trash for good.");
    }

    QString PurgeCommand::description() const
    {
        return QStringLiteral(
            "Deletes the account QUERY names for good: its record is removed and overwritten in the vault\n"
            "file. Only accounts already in the trash can be purged ('tessera-cli rm' first), so one command\n"
            "can never destroy a seed by accident. Copies in older backups are not touched.\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". Only accounts in the trash are matched. No match or several matches exit with 4 and "
            "list the\n"
            "candidates.");
    }

    QList<Command::Argument> PurgeCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> PurgeCommand::options() const
    {
        return {};
    }

    int PurgeCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral("purge takes exactly one QUERY. Run 'tessera-cli purge --help' for usage.\n");
            return Usage;
        }
        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Write)) {
            return *failed;
        }
        auto match = session.find(positional.first(), Vault::Filter::Trash);
        if (!match) {
            return session.fail(match.error());
        }
        if (auto done = session.vault().purge(match->id); !done) {
            return session.fail(done.error());
        }
        session.tell(QStringLiteral("Deleted %1 for good.").arg(match->displayName()));
        return Success;
    }
}
