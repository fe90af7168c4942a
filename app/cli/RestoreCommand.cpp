#include "RestoreCommand.h"

#include "ExitCode.h"
#include "VaultSession.h"

namespace tessera::cli
{
    QString RestoreCommand::name() const
    {
        return QStringLiteral("restore");
    }

    QString RestoreCommand::summary() const
    {
        return QStringLiteral("Bring an account back from the trash.");
    }

    QString RestoreCommand::description() const
    {
        return QStringLiteral(
            "Brings the account QUERY names back from the trash.\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". Only accounts in the trash are matched. No match or several matches exit with 4 and "
            "list the\n"
            "candidates.");
    }

    QList<Command::Argument> RestoreCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> RestoreCommand::options() const
    {
        return {};
    }

    int RestoreCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral(
                "restore takes exactly one QUERY. Run 'tessera-cli restore --help' for usage.\n");
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
        if (auto done = session.vault().restore(match->id); !done) {
            return session.fail(done.error());
        }
        session.tell(QStringLiteral("Restored %1.").arg(match->displayName()));
        return Success;
    }
}
