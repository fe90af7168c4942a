#include "GenerateCommand.h"

#include "ExitCode.h"
#include "OtpGenerator.h"
#include "OtpUri.h"

namespace tessera::cli
{
    QString GenerateCommand::name() const
    {
        return QStringLiteral("generate");
    }

    QString GenerateCommand::summary() const
    {
        return QStringLiteral("Print the code for an otpauth:// URI, without a vault.");
    }

    QString GenerateCommand::description() const
    {
        return QStringLiteral(
            "Prints the current code for an otpauth:// URI (totp, hotp or steam) as its digits alone on one\n"
            "line, with no grouping. No vault is read or written. For HOTP the URI's counter is used.");
    }

    QList<Command::Argument> GenerateCommand::arguments() const
    {
        return {{QStringLiteral("URI"), QStringLiteral("An otpauth:// URI. Quote it: it contains '&'.")}};
    }

    QList<QCommandLineOption> GenerateCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("at"),
                QStringLiteral("Compute the code at this time, in seconds since 1970-01-01 UTC."),
                QStringLiteral("UNIX_SECONDS")),
            QCommandLineOption(QStringLiteral("next"),
                QStringLiteral("Also print the following code (next period, or next counter for HOTP) "
                               "on a second line.")),
        };
    }

    std::optional<qint64> GenerateCommand::parseAt(const QCommandLineParser& parser, CommandContext& context, bool* ok)
    {
        *ok = true;
        if (!parser.isSet(QStringLiteral("at"))) {
            return std::nullopt;
        }
        const QString text = parser.value(QStringLiteral("at"));
        bool parsed = false;
        const qint64 value = text.trimmed().toLongLong(&parsed);
        if (!parsed || value < 0) {
            context.err
                << QStringLiteral("--at needs a whole number of seconds since 1970 (0 or more), not '%1'.\n").arg(text);
            *ok = false;
            return std::nullopt;
        }
        return value;
    }

    int GenerateCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral(
                "generate takes exactly one URI. Run 'tessera-cli generate --help' for usage.\n");
            return Usage;
        }
        bool atOk = false;
        const auto at = parseAt(parser, context, &atOk);
        if (!atOk) {
            return Usage;
        }
        const auto uri = OtpUri::parse(positional.first());
        if (!uri) {
            context.err << uri.error().message() << QLatin1Char('\n');
            return exitCodeFor(uri.error().kind());
        }
        const qint64 now = at.value_or(context.clock.nowSeconds());
        const OtpParameters& parameters = uri->parameters();
        context.out << OtpGenerator::code(parameters, now) << QLatin1Char('\n');
        if (parser.isSet(QStringLiteral("next"))) {
            context.out << OtpGenerator::nextCode(parameters, now) << QLatin1Char('\n');
        }
        return Success;
    }
}
