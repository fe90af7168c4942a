#pragma once

#include "Command.h"
#include "CommandContext.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace tessera::cli
{
    /// tessera-cli: global options, command dispatch, --help and --version.
    class CliApplication
    {
    public:
        CliApplication();
        ~CliApplication();
        CliApplication(const CliApplication&) = delete;
        CliApplication& operator=(const CliApplication&) = delete;

        /// Runs one invocation. `arguments` starts with the program name, as argv does.
        int run(const QStringList& arguments, CommandContext& context);

        [[nodiscard]] QString helpText() const;
        /// Whether this invocation needs a QGuiApplication rather than a QCoreApplication (see
        /// Command::needsGuiApplication()). `arguments` starts with the program name.
        [[nodiscard]] bool needsGuiApplication(const QStringList& arguments) const;
        [[nodiscard]] const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

        /// The process entry point used by main(): real streams, real clock.
        static int runProcess(int argc, char* argv[]);

    private:
        [[nodiscard]] Command* find(const QString& name) const;

        std::vector<std::unique_ptr<Command>> m_commands;
    };
}
