#pragma once

#include "Result.h"
#include "services/LaunchRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace tessera::gui
{
    /// `tessera [--vault PATH] [--quick-search] [otpauth://URI]`: which vault, and what this
    /// start asks for (LaunchRequest). The same parsing serves this process's arguments and those
    /// a second `tessera` forwards.
    class CommandLine
    {
        Q_DECLARE_TR_FUNCTIONS(CommandLine)

    public:
        /// Adds --vault and LaunchRequest's options (callers add --help and --version).
        static void addOptions(QCommandLineParser& parser);
        /// Reads a parser set up by addOptions() that has parsed; a relative --vault is taken
        /// relative to workingDirectory.
        static Result<CommandLine> fromParser(const QCommandLineParser& parser, const QString& workingDirectory);
        /// Parses arguments as QCoreApplication::arguments() gives them (program name first).
        static Result<CommandLine> parse(const QStringList& arguments, const QString& workingDirectory);

        /// The --vault path made absolute; empty when not given.
        [[nodiscard]] const QString& vaultPath() const { return m_vaultPath; }
        [[nodiscard]] const LaunchRequest& request() const { return m_request; }

    private:
        CommandLine(QString vaultPath, LaunchRequest request);

        QString m_vaultPath;
        LaunchRequest m_request;
    };
}
