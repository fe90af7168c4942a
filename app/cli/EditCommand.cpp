#include "EditCommand.h"

#include "ExitCode.h"
#include "PasswordInput.h"
#include "RecoveryInfo.h"
#include "SecretWipe.h"
#include "VaultSession.h"

#include <algorithm>

namespace tessera::cli
{
    QString EditCommand::name() const
    {
        return QStringLiteral("edit");
    }

    QString EditCommand::summary() const
    {
        return QStringLiteral("Change an account's label, note, tags and recovery info.");
    }

    QString EditCommand::description() const
    {
        return QStringLiteral(
            "Changes the fields given of the account QUERY names; the others stay as they are. --tags replaces\n"
            "the tags with a comma-separated list (an empty one removes them). --phone stores the number\n"
            "exactly as the provider shows it and records today as the day it was checked.\n"
            "--add-recovery-codes adds the codes in FILE, one per line (blank lines and codes already stored\n"
            "are skipped). The OTP secret and parameters cannot be edited: add the account again instead.\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". No match or several matches exit with 4 and list the candidates.");
    }

    QList<Command::Argument> EditCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> EditCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("issuer"), QStringLiteral("A new issuer."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("account"), QStringLiteral("A new account name."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("note"), QStringLiteral("A new note."), QStringLiteral("S")),
            QCommandLineOption(
                QStringLiteral("tags"), QStringLiteral("The tags, comma-separated."), QStringLiteral("a,b")),
            QCommandLineOption(QStringLiteral("email"), QStringLiteral("The account's email address at the provider."),
                QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("phone"),
                QStringLiteral("The phone number registered with the provider, as it shows it."), QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("recovery-url"), QStringLiteral("The provider's account recovery page."),
                QStringLiteral("S")),
            QCommandLineOption(QStringLiteral("add-recovery-codes"),
                QStringLiteral("Add the recovery codes in FILE, one per line."), QStringLiteral("FILE")),
            QCommandLineOption(QStringLiteral("second-factor"),
                QStringLiteral("Another second factor registered with the provider: none, device or security-key."),
                QStringLiteral("none|device|security-key")),
        };
    }

    int EditCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral("edit takes exactly one QUERY. Run 'tessera-cli edit --help' for usage.\n");
            return Usage;
        }
        bool anything = false;
        for (const QCommandLineOption& option : options()) {
            anything = anything || parser.isSet(option.names().first());
        }
        if (!anything) {
            context.err << QStringLiteral(
                "Nothing to change: give at least one option. Run 'tessera-cli edit --help'.\n");
            return Usage;
        }
        std::optional<SecondFactor> secondFactor;
        if (parser.isSet(QStringLiteral("second-factor"))) {
            secondFactor = RecoveryInfo::parseSecondFactor(parser.value(QStringLiteral("second-factor")));
            if (!secondFactor || *secondFactor == SecondFactor::Unknown) {
                context.err << QStringLiteral("--second-factor must be none, device or security-key.\n");
                return Usage;
            }
        }
        QStringList newCodes;
        if (parser.isSet(QStringLiteral("add-recovery-codes"))) {
            auto content = PasswordInput::contentOf(
                parser.value(QStringLiteral("add-recovery-codes")), QStringLiteral("recovery codes"));
            if (!content) {
                context.err << content.error().message() << QLatin1Char('\n');
                return exitCodeFor(content.error().kind());
            }
            for (const QString& raw : content->split(QLatin1Char('\n'))) {
                const QString code = raw.trimmed();
                if (!code.isEmpty() && !newCodes.contains(code)) {
                    newCodes.append(code);
                }
            }
            wipe(*content);
        }

        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Write)) {
            return *failed;
        }
        auto match = session.find(positional.first(), Vault::Filter::Active);
        if (!match) {
            return session.fail(match.error());
        }
        const QDate today = QDateTime::fromMSecsSinceEpoch(context.clock.nowMilliseconds(), Qt::UTC).date();
        auto changed = session.vault().modify(match->id, [&](Account& account) {
            if (parser.isSet(QStringLiteral("issuer"))) {
                account.issuer = parser.value(QStringLiteral("issuer")).trimmed();
            }
            if (parser.isSet(QStringLiteral("account"))) {
                account.accountName = parser.value(QStringLiteral("account")).trimmed();
            }
            if (parser.isSet(QStringLiteral("note"))) {
                account.note = parser.value(QStringLiteral("note"));
            }
            if (parser.isSet(QStringLiteral("tags"))) {
                QStringList tags;
                for (const QString& tag : parser.value(QStringLiteral("tags")).split(QLatin1Char(','))) {
                    if (!tag.trimmed().isEmpty() && !tags.contains(tag.trimmed())) {
                        tags.append(tag.trimmed());
                    }
                }
                account.tags = tags;
            }
            if (parser.isSet(QStringLiteral("email"))) {
                account.recovery.email = parser.value(QStringLiteral("email")).trimmed();
            }
            if (parser.isSet(QStringLiteral("phone"))) {
                account.recovery.phone = parser.value(QStringLiteral("phone")).trimmed();
                account.recovery.phoneCheckedOn = account.recovery.phone.isEmpty() ? QDate() : today;
            }
            if (parser.isSet(QStringLiteral("recovery-url"))) {
                account.recovery.recoveryUrl = parser.value(QStringLiteral("recovery-url")).trimmed();
            }
            if (secondFactor) {
                account.recovery.secondFactor = *secondFactor;
            }
            for (const QString& code : std::as_const(newCodes)) {
                const bool known = std::any_of(account.recovery.recoveryCodes.cbegin(),
                    account.recovery.recoveryCodes.cend(), [&code](const RecoveryCode& c) { return c.code == code; });
                if (!known) {
                    account.recovery.recoveryCodes.append({code, false, QDateTime()});
                }
            }
        });
        if (!changed) {
            return session.fail(changed.error());
        }
        session.tell(QStringLiteral("Updated %1.").arg(changed->displayName()));
        return Success;
    }
}
