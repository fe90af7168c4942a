#include "AddCommand.h"

#include "Account.h"
#include "Base32.h"
#include "ExitCode.h"
#include "OtpUri.h"
#include "SecretWipe.h"
#include "VaultSession.h"

namespace tessera::cli
{
    namespace
    {
        const QStringList FieldOptions = {QStringLiteral("issuer"), QStringLiteral("account"), QStringLiteral("secret"),
            QStringLiteral("type"), QStringLiteral("algorithm"), QStringLiteral("digits"), QStringLiteral("period"),
            QStringLiteral("counter")};

        /// The account from --issuer/--account/--secret/...; usage errors print and give an exit code.
        std::optional<Account> fromOptions(const QCommandLineParser& parser, CommandContext& context, int* exitCode)
        {
            const auto usage = [&](const QString& message) {
                context.err << message << QStringLiteral(" Run 'tessera-cli add --help' for usage.\n");
                *exitCode = Usage;
                return std::nullopt;
            };
            if (!parser.isSet(QStringLiteral("secret"))) {
                return usage(QStringLiteral("add needs a URI, or --secret with --issuer and/or --account."));
            }
            const QString issuer = parser.value(QStringLiteral("issuer")).trimmed();
            const QString accountName = parser.value(QStringLiteral("account")).trimmed();
            if (issuer.isEmpty() && accountName.isEmpty()) {
                return usage(QStringLiteral("Give --issuer or --account (or both), so the account can be found."));
            }
            OtpType type = OtpType::Totp;
            if (parser.isSet(QStringLiteral("type"))) {
                const auto parsed = OtpParameters::parseType(parser.value(QStringLiteral("type")));
                if (!parsed) {
                    return usage(QStringLiteral("--type must be totp, hotp or steam."));
                }
                type = *parsed;
            }
            HashAlgorithm algorithm = HashAlgorithm::Sha1;
            if (parser.isSet(QStringLiteral("algorithm"))) {
                const auto parsed = OtpParameters::parseAlgorithm(parser.value(QStringLiteral("algorithm")));
                if (!parsed) {
                    return usage(QStringLiteral("--algorithm must be SHA1, SHA256 or SHA512."));
                }
                algorithm = *parsed;
            }
            const auto number = [&parser](const QString& option, qint64 fallback, bool* ok) -> qint64 {
                *ok = true;
                return parser.isSet(option) ? parser.value(option).trimmed().toLongLong(ok) : fallback;
            };
            bool digitsOk = false;
            bool periodOk = false;
            bool counterOk = false;
            const qint64 digits = number(QStringLiteral("digits"), OtpParameters::DefaultDigits, &digitsOk);
            const qint64 period = number(QStringLiteral("period"), OtpParameters::DefaultPeriod, &periodOk);
            const qint64 counter = number(QStringLiteral("counter"), 0, &counterOk);
            if (!digitsOk || !periodOk || !counterOk || counter < 0 || digits < 0 || period < 0 || digits > 1000
                || period > 1'000'000'000) {
                return usage(QStringLiteral("--digits, --period and --counter take whole numbers (0 or more)."));
            }
            if (parser.isSet(QStringLiteral("counter")) && type != OtpType::Hotp) {
                return usage(QStringLiteral("--counter is for --type hotp only."));
            }
            QString secretText = parser.value(QStringLiteral("secret"));
            auto secret = Base32::decode(secretText);
            wipe(secretText);
            if (!secret) {
                context.err << QStringLiteral("The secret is not valid base32: %1\n").arg(secret.error().message());
                *exitCode = InvalidInput;
                return std::nullopt;
            }
            auto parameters = OtpParameters::create(type, std::move(secret).value(), algorithm,
                static_cast<int>(digits), static_cast<int>(period), static_cast<quint64>(counter));
            if (!parameters) {
                context.err << parameters.error().message() << QLatin1Char('\n');
                *exitCode = exitCodeFor(parameters.error().kind());
                return std::nullopt;
            }
            Account account(std::move(parameters).value());
            account.issuer = issuer;
            account.accountName = accountName;
            return account;
        }
    }

    QString AddCommand::name() const
    {
        return QStringLiteral("add");
    }

    QString AddCommand::summary() const
    {
        return QStringLiteral("Add an account from an otpauth:// URI or from its fields; print its id.");
    }

    QString AddCommand::description() const
    {
        return QStringLiteral(
            "Adds an account to the vault and prints its id. Give either an otpauth:// URI (quote it: it\n"
            "contains '&'), or the fields: --secret (base32) with --issuer and/or --account, and optionally\n"
            "--type (totp, hotp, steam; default totp), --algorithm (SHA1, SHA256, SHA512; default SHA1),\n"
            "--digits (default 6), --period in seconds (TOTP, default 30) and --counter (HOTP, default 0).\n"
            "Beware that a secret on the command line is visible to other users of this computer in the\n"
            "process list while the command runs.");
    }

    QList<Command::Argument> AddCommand::arguments() const
    {
        return {{QStringLiteral("[URI]"), QStringLiteral("An otpauth:// URI (instead of the field options).")}};
    }

    QList<QCommandLineOption> AddCommand::options() const
    {
        return {
            QCommandLineOption(
                QStringLiteral("issuer"), QStringLiteral("The service, e.g. GitHub."), QStringLiteral("I")),
            QCommandLineOption(
                QStringLiteral("account"), QStringLiteral("The account name at the service."), QStringLiteral("A")),
            QCommandLineOption(
                QStringLiteral("secret"), QStringLiteral("The secret key in base32."), QStringLiteral("B32")),
            QCommandLineOption(QStringLiteral("type"), QStringLiteral("totp (default), hotp or steam."),
                QStringLiteral("totp|hotp|steam")),
            QCommandLineOption(QStringLiteral("algorithm"), QStringLiteral("SHA1 (default), SHA256 or SHA512."),
                QStringLiteral("SHA1|SHA256|SHA512")),
            QCommandLineOption(
                QStringLiteral("digits"), QStringLiteral("Digits per code (default 6)."), QStringLiteral("N")),
            QCommandLineOption(
                QStringLiteral("period"), QStringLiteral("Seconds per TOTP code (default 30)."), QStringLiteral("S")),
            QCommandLineOption(
                QStringLiteral("counter"), QStringLiteral("The next HOTP counter (default 0)."), QStringLiteral("C")),
        };
    }

    int AddCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > 1) {
            context.err << QStringLiteral("add takes one URI at most. Run 'tessera-cli add --help' for usage.\n");
            return Usage;
        }
        std::optional<Account> account;
        if (positional.size() == 1) {
            for (const QString& option : FieldOptions) {
                if (parser.isSet(option)) {
                    context.err << QStringLiteral("Give either a URI or --%1 and the other field options, not both.\n")
                                       .arg(option);
                    return Usage;
                }
            }
            auto uri = OtpUri::parse(positional.first());
            if (!uri) {
                context.err << uri.error().message() << QLatin1Char('\n');
                return exitCodeFor(uri.error().kind());
            }
            account.emplace(
                Account::fromUri(*uri, QDateTime::fromMSecsSinceEpoch(context.clock.nowMilliseconds(), Qt::UTC)));
            account->id = QUuid(); // the vault gives it one
        } else {
            int exitCode = Success;
            account = fromOptions(parser, context, &exitCode);
            if (!account) {
                return exitCode;
            }
        }

        VaultSession session(context);
        if (auto failed = session.unlock(VaultSession::Access::Write)) {
            return *failed;
        }
        auto id = session.vault().add(*account);
        if (!id) {
            return session.fail(id.error());
        }
        context.out << id->toString(QUuid::WithoutBraces) << QLatin1Char('\n');
        session.tell(QStringLiteral("Added %1.").arg(account->displayName()));
        return Success;
    }
}
