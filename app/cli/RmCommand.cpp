#include "RmCommand.h"

#include "ExitCode.h"
#include "VaultSession.h"

namespace tessera::cli
{
    QString RmCommand::name() const
    {
        return QStringLiteral("rm");
    }

    QString RmCommand::summary() const
    {
        return QStringLiteral("Move an account to the trash.");
    }

    QString RmCommand::description() const
    {
        return QStringLiteral(
            "Moves the account QUERY names to the trash. It stops being listed and matched, 'tessera-cli\n"
            "restore' brings it back, and it is deleted for good 30 days later (or with 'tessera-cli purge').\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". No match or several matches exit with 4 and list the\n"
            "candidates.");
    }

    QList<Command::Argument> RmCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> RmCommand::options() const
    {
        return {};
    }

    int RmCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral("rm takes exactly one QUERY. Run 'tessera-cli rm --help' for usage.\n");
            return Usage;
        }
        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Write)) {
            return *failed;
        }
        auto match = session.find(positional.first(), Vault::Filter::Active);
        if (!match) {
            return session.fail(match.error());
        }
        if (auto done = session.vault().moveToTrash(match->id); !done) {
            return session.fail(done.error());
        }
        session.tell(QStringLiteral("Moved %1 to the trash; 'tessera-cli restore' brings it back within 30 days.")
                         .arg(match->displayName()));
        return Success;
    }
}
