#pragma once

#include "CommandContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace tessera::cli
{
    /// One `tessera-cli COMMAND`. Options are declared once and serve both parsing and --help
    /// (and the man page, which is generated from the same text).
    class Command
    {
    public:
        struct Argument
        {
            QString name; ///< as shown in the synopsis, e.g. "URI" or "IMAGE..."
            QString description;
        };

        virtual ~Command() = default;

        [[nodiscard]] virtual QString name() const = 0;
        [[nodiscard]] virtual QString summary() const = 0;     ///< one line, for the command list
        [[nodiscard]] virtual QString description() const = 0; ///< a paragraph, for --help
        [[nodiscard]] virtual QList<Argument> arguments() const = 0;
        [[nodiscard]] virtual QList<QCommandLineOption> options() const = 0;

        /// Runs with a parser that has already accepted the arguments and options.
        virtual int execute(const QCommandLineParser& parser, CommandContext& context) = 0;

        /// Whether this invocation draws text (the PDF export needs fonts), so the process must run a
        /// QGuiApplication (on the offscreen platform) instead of a QCoreApplication.
        [[nodiscard]] virtual bool needsGuiApplication(const QCommandLineParser& parser) const;

        /// "generate URI [--at UNIX_SECONDS] [--next]"
        [[nodiscard]] QString synopsis() const;
        [[nodiscard]] QString helpText() const;
    };
}
