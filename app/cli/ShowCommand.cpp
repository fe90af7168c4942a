#include "ShowCommand.h"

#include "AccountJson.h"
#include "ExitCode.h"
#include "SecretWipe.h"
#include "VaultSession.h"

#include <QJsonDocument>

namespace tessera::cli
{
    namespace
    {
        QString when(const QDateTime& time)
        {
            return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                  : QStringLiteral("-");
        }

        QString line(const QString& label, const QString& value)
        {
            return QString(label + QLatin1Char(':')).leftJustified(16) + value + QLatin1Char('\n');
        }
    }

    QString ShowCommand::name() const
    {
        return QStringLiteral("show");
    }

    QString ShowCommand::summary() const
    {
        return QStringLiteral("Show an account's details and recovery info; --uri prints its otpauth:// URI.");
    }

    QString ShowCommand::description() const
    {
        return QStringLiteral(
            "Shows the account QUERY names: its OTP parameters, tags, note, times and recovery info (email,\n"
            "phone, recovery page, recovery codes, second factor). The secret is not shown; --uri prints the\n"
            "account's otpauth:// URI instead, which contains it (other people can take over the account with\n"
            "it). With --json: one JSON object (with \"uri\" only when --uri is given too).\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". No match or several matches exit with 4 and list the candidates.");
    }

    QList<Command::Argument> ShowCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> ShowCommand::options() const
    {
        return {
            QCommandLineOption(
                QStringLiteral("uri"), QStringLiteral("Print the otpauth:// URI (it contains the secret).")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print a JSON object.")),
        };
    }

    int ShowCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral("show takes exactly one QUERY. Run 'tessera-cli show --help' for usage.\n");
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
        auto account = session.vault().account(match->id);
        if (!account) {
            return session.fail(account.error());
        }
        const bool withUri = parser.isSet(QStringLiteral("uri"));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json = AccountJson::details(*account);
            if (withUri) {
                json.insert(QStringLiteral("uri"), account->toUri().toString());
            }
            QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
            context.out << QString::fromUtf8(bytes);
            wipe(bytes);
            return Success;
        }
        if (withUri) {
            QString uri = account->toUri().toString();
            context.out << uri << QLatin1Char('\n');
            wipe(uri);
            return Success;
        }
        const Account& a = *account;
        const OtpParameters& p = a.parameters;
        QString text;
        text += line(QStringLiteral("Id"), a.id.toString(QUuid::WithoutBraces));
        text += line(QStringLiteral("Issuer"), a.issuer);
        text += line(QStringLiteral("Account"), a.accountName);
        QString kind = OtpParameters::typeName(p.type()).toUpper() + QStringLiteral(", ")
            + OtpParameters::algorithmName(p.algorithm()) + QStringLiteral(", %1 digits").arg(p.digits());
        kind += p.type() == OtpType::Hotp ? QStringLiteral(", counter %1").arg(p.counter())
                                          : QStringLiteral(", %1 s").arg(p.period());
        text += line(QStringLiteral("Type"), kind);
        text += line(QStringLiteral("Tags"), a.tags.join(QStringLiteral(", ")));
        text += line(QStringLiteral("Favorite"), a.favorite ? QStringLiteral("yes") : QStringLiteral("no"));
        text += line(QStringLiteral("Note"), a.note);
        text += line(QStringLiteral("Created"), when(a.createdAt));
        text += line(QStringLiteral("Modified"), when(a.modifiedAt));
        text += line(QStringLiteral("Last verified"), when(a.lastVerifiedAt));
        const RecoveryInfo& r = a.recovery;
        text += line(QStringLiteral("Email"), r.email);
        QString phone = r.phone;
        if (r.phoneCheckedOn.isValid()) {
            phone += QStringLiteral(" (checked %1)").arg(r.phoneCheckedOn.toString(Qt::ISODate));
        }
        text += line(QStringLiteral("Phone"), phone);
        text += line(QStringLiteral("Recovery page"), r.recoveryUrl);
        text += line(QStringLiteral("Second factor"), RecoveryInfo::secondFactorName(r.secondFactor));
        text += line(QStringLiteral("Recovery note"), r.note);
        text += line(QStringLiteral("Recovery codes"),
            QStringLiteral("%1 (%2 unused)").arg(r.recoveryCodes.size()).arg(r.unusedRecoveryCodes()));
        for (const RecoveryCode& code : r.recoveryCodes) {
            text += QStringLiteral("                %1%2\n")
                        .arg(code.code, code.used ? QStringLiteral("  (used)") : QString());
        }
        context.out << text;
        return Success;
    }
}
