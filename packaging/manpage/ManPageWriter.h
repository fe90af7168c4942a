#pragma once

#include "HelpText.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace tessera::cli
{
    class CliApplication;
    class Command;
}

namespace tessera::manpage
{
    /// Writes tessera-cli(1) in roff (man macros) from the text tessera-cli prints: the usage,
    /// description, global options and exit codes come from CliApplication::helpText(); each
    /// command's usage line from Command::helpText(), and its description, arguments and options
    /// from the same Command calls that text is built from. Nothing of the help is written twice.
    class ManPageWriter
    {
    public:
        /// version: "0.1.0"; date: the release date, "2026-11-27"; homepage: the project's URL.
        ManPageWriter(QString version, QString date, QString homepage);

        [[nodiscard]] Result<QString> cliPage(const cli::CliApplication& cli) const;

        /// Prose for a text line: backslashes and hyphens escaped, non-ASCII as \[uXXXX], and a
        /// line that would start with a control character ('.' or '\'') guarded by \&.
        static QString escape(const QString& text);
        /// A line of prose: escape() word by word, and options, links and paths ("--help",
        /// "otpauth://", "~/.local/...", quoted commands) protected from hyphenation with \%.
        static QString prose(const QString& text);
        /// A command-line syntax ("tessera-cli [--vault PATH] COMMAND"): options and the given
        /// literal words in bold, placeholders (upper-case words) in italics, bracketed groups
        /// kept on one line, no word hyphenated. Starts with \%, so never with a control character.
        static QString formatSyntax(const QString& syntax, const QStringList& literals);

    private:
        [[nodiscard]] static Result<QString> commandSection(const cli::Command& command, const QStringList& literals);
        [[nodiscard]] static QString entries(const HelpText::Section& section, const QStringList& literals);

        QString m_version;
        QString m_date;
        QString m_homepage;
    };
}
