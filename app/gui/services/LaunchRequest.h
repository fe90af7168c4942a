#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace tessera::gui
{
    /// What a start of `tessera` asks for: show the window (no arguments), open the quick search
    /// (`--quick-search`), or add an account from an `otpauth://` link (as a desktop file's URL
    /// handler passes it). The same request comes from this process's command line or, through
    /// SingleInstance, from a second `tessera`.
    class LaunchRequest
    {
        Q_DECLARE_TR_FUNCTIONS(LaunchRequest)

    public:
        enum class Action
        {
            ShowWindow,
            QuickSearch,
            AddAccount,
        };

        /// Adds --quick-search and the optional link argument to a parser (main() adds --help and
        /// --version to the same parser).
        static void addOptions(QCommandLineParser& parser);
        /// Reads a parser that addOptions() set up and that has parsed the command line.
        static Result<LaunchRequest> fromParser(const QCommandLineParser& parser);
        /// Parses arguments as QCoreApplication::arguments() gives them (program name first).
        static Result<LaunchRequest> fromArguments(const QStringList& arguments);

        [[nodiscard]] Action action() const;
        /// The otpauth:// link of an AddAccount request, exactly as given.
        [[nodiscard]] const QString& otpauthUri() const;

    private:
        LaunchRequest(Action action, QString uri);

        Action m_action;
        QString m_uri;
    };
}
