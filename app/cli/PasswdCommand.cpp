#include "PasswdCommand.h"

#include "ExitCode.h"
#include "PasswordInput.h"
#include "SecretWipe.h"
#include "VaultSession.h"

namespace tessera::cli
{
    QString PasswdCommand::name() const
    {
        return QStringLiteral("passwd");
    }

    QString PasswdCommand::summary() const
    {
        return QStringLiteral("Change the vault password (also after unlocking with the recovery key).");
    }

    QString PasswdCommand::description() const
    {
        return QStringLiteral(
            "Changes the vault password. The vault is opened with the current password (--password-file,\n"
            "standard input or a prompt) or, if it was forgotten, with --recovery-key-file. The new password\n"
            "is the first line of --new-password-file FILE; in a terminal it can be typed instead (twice).\n"
            "Only the password's key slot is rewritten, in one transaction; the accounts and the recovery key\n"
            "stay as they are, and the key derivation keeps its strength.");
    }

    QList<Command::Argument> PasswdCommand::arguments() const
    {
        return {};
    }

    QList<QCommandLineOption> PasswdCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("new-password-file"),
                QStringLiteral("Read the new password from the first line of FILE."), QStringLiteral("FILE")),
        };
    }

    int PasswdCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        if (!parser.positionalArguments().isEmpty()) {
            context.err << QStringLiteral("passwd takes no arguments. Run 'tessera-cli passwd --help' for usage.\n");
            return Usage;
        }
        const QString newFile = parser.value(QStringLiteral("new-password-file"));
        if (newFile.isEmpty() && !context.inIsTerminal) {
            context.err << QStringLiteral(
                "passwd needs --new-password-file FILE when it does not run in a terminal.\n");
            return Usage;
        }
        VaultSession session(context);
        // A damaged account row does not stop a password change: the slots are separate.
        if (auto failed = session.unlock(VaultSession::Access::Read)) {
            return *failed;
        }
        auto password = PasswordInput::newPassword(context, newFile);
        if (!password) {
            return session.fail(password.error());
        }
        auto changed = session.vault().changePassword(Credential::password(*password));
        wipe(*password);
        if (!changed) {
            return session.fail(changed.error());
        }
        session.tell(QStringLiteral("Changed the password of %1.").arg(session.vault().path()));
        return Success;
    }
}
