#include "Command.h"

namespace tessera::cli
{
    namespace
    {
        QString optionSyntax(const QCommandLineOption& option)
        {
            QString longest;
            for (const QString& name : option.names()) {
                if (name.size() > longest.size()) {
                    longest = name;
                }
            }
            QString syntax = (longest.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + longest;
            if (!option.valueName().isEmpty()) {
                syntax += QLatin1Char(' ') + option.valueName();
            }
            return syntax;
        }
    }

    bool Command::needsGuiApplication(const QCommandLineParser& parser) const
    {
        Q_UNUSED(parser)
        return false;
    }

    QString Command::synopsis() const
    {
        QString text = name();
        for (const Argument& argument : arguments()) {
            text += QLatin1Char(' ') + argument.name;
        }
        for (const QCommandLineOption& option : options()) {
            text += QStringLiteral(" [") + optionSyntax(option) + QLatin1Char(']');
        }
        return text;
    }

    QString Command::helpText() const
    {
        QString text = QStringLiteral("Usage: tessera-cli [GLOBAL OPTIONS] ") + synopsis() + QStringLiteral("\n\n")
            + description() + QLatin1Char('\n');
        const auto args = arguments();
        if (!args.isEmpty()) {
            text += QStringLiteral("\nArguments:\n");
            for (const Argument& argument : args) {
                text += QStringLiteral("  %1\n      %2\n").arg(argument.name, argument.description);
            }
        }
        const auto opts = options();
        if (!opts.isEmpty()) {
            text += QStringLiteral("\nOptions:\n");
            for (const QCommandLineOption& option : opts) {
                text += QStringLiteral("  %1\n      %2\n").arg(optionSyntax(option), option.description());
            }
        }
        text += QStringLiteral("\nRun 'tessera-cli --help' for the global options and exit codes.\n");
        return text;
    }
}
