#include "CodeCommand.h"

#include "ExitCode.h"
#include "GenerateCommand.h"
#include "OtpGenerator.h"
#include "VaultSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::cli
{
    QString CodeCommand::name() const
    {
        return QStringLiteral("code");
    }

    QString CodeCommand::summary() const
    {
        return QStringLiteral("Print an account's current code (HOTP: and advance its counter).");
    }

    QString CodeCommand::description() const
    {
        return QStringLiteral(
            "Prints the current code of the account QUERY names, as its digits alone on one line. For a\n"
            "counter-based (HOTP) account, the code for the stored counter is printed and the counter is\n"
            "advanced and saved at once, so the same code is never given twice. With --next, the following\n"
            "code (next period, or next counter) on a second line. With --json: {id, issuer, account, type,\n"
            "code, next (with --next), remaining_s (TOTP and Steam: seconds the code stays valid), counter\n"
            "(HOTP: the counter the code is for)}.\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". No match or several matches exit with 4 and list the candidates.");
    }

    QList<Command::Argument> CodeCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> CodeCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("at"),
                QStringLiteral("Compute the code at this time, in seconds since 1970-01-01 UTC (TOTP, Steam)."),
                QStringLiteral("UNIX_SECONDS")),
            QCommandLineOption(
                QStringLiteral("next"), QStringLiteral("Also print the following code on a second line.")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print a JSON object.")),
        };
    }

    int CodeCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral("code takes exactly one QUERY. Run 'tessera-cli code --help' for usage.\n");
            return Usage;
        }
        bool atOk = false;
        const auto at = GenerateCommand::parseAt(parser, context, &atOk);
        if (!atOk) {
            return Usage;
        }
        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Read)) {
            return *failed;
        }
        auto match = session.find(positional.first(), Vault::Filter::Active);
        if (!match) {
            return session.fail(match.error());
        }
        Vault& vault = session.vault();
        const qint64 now = at.value_or(context.clock.nowSeconds());
        const bool next = parser.isSet(QStringLiteral("next"));
        Result<QString> code = QString();
        Result<QString> following = QString();
        if (match->type == OtpType::Hotp) {
            code = vault.takeHotpCode(match->id);
            if (code && next) {
                following = vault.code(match->id, now); // the stored counter is now the next one
            }
        } else {
            code = vault.code(match->id, now);
            if (code && next) {
                following = vault.nextCode(match->id, now);
            }
        }
        if (!code) {
            return session.fail(code.error());
        }
        if (!following) {
            return session.fail(following.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json{
                {QStringLiteral("id"), match->id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("issuer"), match->issuer},
                {QStringLiteral("account"), match->accountName},
                {QStringLiteral("type"), OtpParameters::typeName(match->type)},
                {QStringLiteral("code"), *code},
            };
            if (next) {
                json.insert(QStringLiteral("next"), *following);
            }
            if (match->type == OtpType::Hotp) {
                // The counter the code was for: one below the stored one (which may have moved on in
                // another process before this one wrote).
                const auto stored = vault.account(match->id);
                const quint64 used = stored ? stored->parameters.counter() - 1 : match->counter;
                json.insert(QStringLiteral("counter"), static_cast<qint64>(used));
            } else {
                const qint64 period = match->period > 0 ? match->period : OtpParameters::DefaultPeriod;
                json.insert(QStringLiteral("remaining_s"), period - (now >= 0 ? now % period : 0));
            }
            context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
            return Success;
        }
        context.out << *code << QLatin1Char('\n');
        if (next) {
            context.out << *following << QLatin1Char('\n');
        }
        return Success;
    }
}
