#include "ClockCommand.h"

#include "ClockCheck.h"
#include "ExitCode.h"
#include "SntpServer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tessera::cli
{
    namespace
    {
        double rounded(double seconds)
        {
            return std::round(seconds * 1'000'000.0) / 1'000'000.0; // microseconds are plenty
        }

        QJsonValue synchronizedValue(ClockCheck::Synchronization synchronization)
        {
            switch (synchronization) {
            case ClockCheck::Synchronization::Synchronized:
                return true;
            case ClockCheck::Synchronization::NotSynchronized:
                return false;
            case ClockCheck::Synchronization::Unknown:
                break;
            }
            return QJsonValue(QJsonValue::Null);
        }

        QString synchronizedText(ClockCheck::Synchronization synchronization)
        {
            switch (synchronization) {
            case ClockCheck::Synchronization::Synchronized:
                return QStringLiteral("yes");
            case ClockCheck::Synchronization::NotSynchronized:
                return QStringLiteral("no");
            case ClockCheck::Synchronization::Unknown:
                break;
            }
            return QStringLiteral("unknown");
        }
    }

    QString ClockCommand::name() const
    {
        return QStringLiteral("clock");
    }

    QString ClockCommand::summary() const
    {
        return QStringLiteral("Check how far this computer's clock is off (one SNTP query).");
    }

    QString ClockCommand::description() const
    {
        return QStringLiteral(
            "Asks a time server once (SNTP, RFC 4330) how far this computer's clock is off, and prints the\n"
            "offset and its uncertainty in seconds. A positive offset means the clock is slow. Also reports\n"
            "whether the system says its clock is synchronised (systemd-timedated; 'unknown' without it).\n"
            "The system clock is never changed. Codes tolerate a few seconds; beyond 5 minutes the date or\n"
            "the time zone is wrong. With --json: {server, offset_s, uncertainty_s, synchronized}, where\n"
            "synchronized is true, false or null. A server that cannot be reached or gives no valid time\n"
            "exits with 5.");
    }

    QList<Command::Argument> ClockCommand::arguments() const
    {
        return {};
    }

    QList<QCommandLineOption> ClockCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("server"),
                QStringLiteral("The time server to ask (default: %1).").arg(SntpServer::defaultServer().toString()),
                QStringLiteral("HOST[:PORT]")),
            QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print the result as JSON.")),
        };
    }

    int ClockCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        if (!parser.positionalArguments().isEmpty()) {
            context.err << QStringLiteral("clock takes no arguments. Run 'tessera-cli clock --help' for usage.\n");
            return Usage;
        }
        SntpServer server = SntpServer::defaultServer();
        if (parser.isSet(QStringLiteral("server"))) {
            auto parsed = SntpServer::parse(parser.value(QStringLiteral("server")));
            if (!parsed) {
                context.err << parsed.error().message() << QLatin1Char('\n');
                return Usage;
            }
            server = *parsed;
        }

        Clock& clock = context.clock;
        const auto measurement = ClockCheck::measure(
            server, ClockCheck::DefaultTimeoutMilliseconds, [&clock] { return clock.nowMilliseconds(); });
        if (!measurement) {
            context.err << measurement.error().message() << QLatin1Char('\n');
            return exitCodeFor(measurement.error().kind());
        }
        const ClockCheck::SystemStatus system = ClockCheck::systemStatus();

        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject json{
                {QStringLiteral("server"), measurement->server},
                {QStringLiteral("offset_s"), rounded(measurement->offsetSeconds)},
                {QStringLiteral("uncertainty_s"), rounded(measurement->uncertaintySeconds)},
                {QStringLiteral("synchronized"), synchronizedValue(system.synchronization)},
            };
            context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << QLatin1Char('\n');
        } else {
            context.out << QStringLiteral("server: %1 (%2, stratum %3)\n")
                               .arg(measurement->server, measurement->address)
                               .arg(measurement->stratum)
                        << QStringLiteral("offset: %1 s\n").arg(QString::asprintf("%+.3f", measurement->offsetSeconds))
                        << QStringLiteral("uncertainty: %1 s\n").arg(measurement->uncertaintySeconds, 0, 'f', 3)
                        << QStringLiteral("synchronized: %1\n").arg(synchronizedText(system.synchronization))
                        << ClockCheck::describeOffset(measurement->offsetSeconds) << QLatin1Char('\n');
        }
        // The rule the GUI applies before it corrects codes: say so when the clock is too far off.
        const auto allowed = ClockCheck::checkAppOffset(measurement->offsetMilliseconds());
        if (!allowed) {
            context.err << allowed.error().message() << QLatin1Char('\n');
        }
        return Success;
    }
}
