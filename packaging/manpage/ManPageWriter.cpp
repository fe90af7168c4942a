#include "ManPageWriter.h"

#include "CliApplication.h"
#include "Command.h"

#include <QRegularExpression>

#include <algorithm>

namespace tessera::manpage
{
    namespace
    {
        const QString program = QStringLiteral("tessera-cli");
        const QString commandsHeading = QStringLiteral("Commands");
        const QString globalOptionsHeading = QStringLiteral("Global options");
        const QString exitCodesHeading = QStringLiteral("Exit codes");

        QString joinLines(const QString& text)
        {
            return text.split(QLatin1Char('\n')).join(QLatin1Char(' ')).simplified();
        }

        /// "-n, --next VALUE", as the global options are written in the help.
        QString optionTerm(const QCommandLineOption& option)
        {
            QStringList names;
            for (const QString& name : option.names()) {
                names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
            }
            QString term = names.join(QStringLiteral(", "));
            if (!option.valueName().isEmpty()) {
                term += QLatin1Char(' ') + option.valueName();
            }
            return term;
        }

        /// Paragraphs (separated by blank lines) as roff: filled prose, or, when a paragraph has
        /// indented lines (a list, an example), kept line by line as written.
        QString paragraphs(const QStringList& texts)
        {
            static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
            QStringList blocks;
            for (const QString& text : texts) {
                for (const QString& paragraph : text.trimmed().split(blankLines, Qt::SkipEmptyParts)) {
                    const QStringList lines = paragraph.split(QLatin1Char('\n'));
                    const bool asWritten = std::any_of(lines.begin(), lines.end(),
                        [](const QString& line) { return line.startsWith(QLatin1Char(' ')); });
                    QString block = asWritten ? QStringLiteral(".nf\n") : QString();
                    for (const QString& line : lines) {
                        block += asWritten ? ManPageWriter::escape(line.trimmed().isEmpty() ? QString() : line)
                                           : ManPageWriter::prose(line.trimmed());
                        block += QLatin1Char('\n');
                    }
                    blocks.append(asWritten ? block + QStringLiteral(".fi\n") : block);
                }
            }
            return blocks.join(QStringLiteral(".PP\n"));
        }

        /// One word of a syntax, without brackets: an option or literal in bold, alternatives
        /// ("totp|hotp") as literals, placeholders (upper-case runs, as in HOST[:PORT]) in italics.
        QString styleWord(const QString& word, const QStringList& literals)
        {
            static const QRegularExpression placeholder(QStringLiteral("\\b[A-Z][A-Z0-9_]*\\b"));
            const auto bold = [](const QString& text) -> QString {
                return QStringLiteral("\\fB") + ManPageWriter::escape(text) + QStringLiteral("\\fR");
            };
            if (word.isEmpty() || word == QStringLiteral("|")) {
                return ManPageWriter::escape(word);
            }
            if (word.startsWith(QLatin1Char('-')) || literals.contains(word)) {
                return bold(word);
            }
            if (word.contains(QLatin1Char('|'))) {
                QStringList alternatives = word.split(QLatin1Char('|'));
                for (QString& alternative : alternatives) {
                    alternative = bold(alternative);
                }
                return alternatives.join(QLatin1Char('|'));
            }
            QString out;
            qsizetype at = 0;
            auto matches = placeholder.globalMatch(word);
            while (matches.hasNext()) {
                const auto match = matches.next();
                out += ManPageWriter::escape(word.mid(at, match.capturedStart() - at));
                out += QStringLiteral("\\fI") + ManPageWriter::escape(match.captured()) + QStringLiteral("\\fR");
                at = match.capturedEnd();
            }
            return out + ManPageWriter::escape(word.mid(at));
        }
    }

    ManPageWriter::ManPageWriter(QString version, QString date, QString homepage)
        : m_version(std::move(version))
        , m_date(std::move(date))
        , m_homepage(std::move(homepage))
    { }

    QString ManPageWriter::escape(const QString& text)
    {
        QString out;
        out.reserve(text.size() + 8);
        for (const char32_t c : text.toUcs4()) {
            if (c == U'\\') {
                out += QStringLiteral("\\e");
            } else if (c == U'-') {
                out += QStringLiteral("\\-");
            } else if (c > 0x7e || (c < 0x20 && c != U'\n')) {
                out += QStringLiteral("\\[u%1]").arg(
                    QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
            } else {
                out += QChar(static_cast<char16_t>(c));
            }
        }
        if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\''))) {
            out.prepend(QStringLiteral("\\&"));
        }
        return out;
    }

    QString ManPageWriter::prose(const QString& text)
    {
        QStringList words = text.split(QLatin1Char(' '));
        for (QString& word : words) {
            QString bare = word;
            while (!bare.isEmpty() && QStringLiteral("(\"'").contains(bare.front())) {
                bare.remove(0, 1);
            }
            const bool unbreakable = word.contains(QStringLiteral("://")) || word.contains(QStringLiteral("--"))
                || bare.startsWith(QLatin1Char('-')) || bare.startsWith(QLatin1Char('~'))
                || bare.startsWith(QLatin1Char('/'));
            word = (unbreakable ? QStringLiteral("\\%") : QString()) + escape(word);
        }
        return words.join(QLatin1Char(' '));
    }

    QString ManPageWriter::formatSyntax(const QString& syntax, const QStringList& literals)
    {
        const QString brackets = QStringLiteral("[]()");
        QString out;
        int depth = 0;
        const QStringList tokens = syntax.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString& token = tokens.at(i);
            if (i > 0) {
                out += depth > 0 ? QStringLiteral("\\ ") : QStringLiteral(" ");
            }
            // \% starts a word groff must not hyphenate; inside a word it would mark a break point,
            // so only words that begin after a breakable space get it.
            if (depth == 0) {
                out += QStringLiteral("\\%");
            }
            // Brackets and separators stay roman; the words between them are styled.
            QString word;
            const auto flush = [&]() {
                QString ellipsis;
                if (word.endsWith(QStringLiteral("..."))) {
                    word.chop(3);
                    ellipsis = QStringLiteral("\\&...");
                }
                out += styleWord(word, literals) + ellipsis;
                word.clear();
            };
            for (const QChar c : token) {
                if (brackets.contains(c) || c == QLatin1Char(',')) {
                    flush();
                    out += c;
                    depth += (c == QLatin1Char('[') || c == QLatin1Char('(')) ? 1 : (c == QLatin1Char(',') ? 0 : -1);
                } else {
                    word += c;
                }
            }
            flush();
        }
        return out;
    }

    QString ManPageWriter::entries(const HelpText::Section& section, const QStringList& literals)
    {
        static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
        QString out;
        for (const HelpText::Entry& entry : section.entries) {
            out += QStringLiteral(".TP\n");
            if (number.match(entry.term).hasMatch()) {
                out += QStringLiteral("\\fB") + entry.term + QStringLiteral("\\fR\n");
            } else {
                out += formatSyntax(entry.term, literals) + QLatin1Char('\n');
            }
            out += prose(entry.description) + QLatin1Char('\n');
        }
        return out;
    }

    Result<QString> ManPageWriter::commandSection(const cli::Command& command, const QStringList& literals)
    {
        auto help = HelpText::parse(command.helpText());
        if (!help) {
            return help.error().withContext(QStringLiteral("tessera-cli %1 --help").arg(command.name()));
        }
        QString out = QStringLiteral(".SS ") + escape(command.name()) + QLatin1Char('\n');
        out += QStringLiteral(".na\n") + formatSyntax(help->usage(), literals) + QStringLiteral("\n.ad\n");
        out += QStringLiteral(".PP\n") + paragraphs({command.description()});

        HelpText::Section items;
        for (const cli::Command::Argument& argument : command.arguments()) {
            items.entries.append({argument.name, joinLines(argument.description)});
        }
        for (const QCommandLineOption& option : command.options()) {
            if (!option.flags().testFlag(QCommandLineOption::HiddenFromHelp)) {
                items.entries.append({optionTerm(option), joinLines(option.description())});
            }
        }
        out += entries(items, literals);
        return out;
    }

    Result<QString> ManPageWriter::cliPage(const cli::CliApplication& cli) const
    {
        auto parsed = HelpText::parse(cli.helpText());
        if (!parsed) {
            return parsed.error().withContext(QStringLiteral("tessera-cli --help"));
        }
        const HelpText& help = *parsed;
        if (help.paragraphs().isEmpty()) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("tessera-cli --help has no description paragraph."));
        }

        QStringList literals{program};
        for (const auto& command : cli.commands()) {
            literals.append(command->name());
        }

        QString page = QStringLiteral(
            ".\\\" Generated by tessera-cli-manpage (packaging/manpage) from the text of tessera-cli --help.\n"
            ".\\\" Do not edit: change the help text in app/cli instead.\n");
        page += QStringLiteral(".TH TESSERA\\-CLI 1 %1 \"Tessera %2\" \"User Commands\"\n")
                    .arg(escape(m_date), escape(m_version));

        QString summary = joinLines(help.paragraphs().first());
        if (summary.endsWith(QLatin1Char('.'))) {
            summary.chop(1);
        }
        page += QStringLiteral(".SH NAME\n") + escape(program) + QStringLiteral(" \\- ") + escape(summary)
            + QLatin1Char('\n');
        page
            += QStringLiteral(".SH SYNOPSIS\n.na\n") + formatSyntax(help.usage(), literals) + QStringLiteral("\n.ad\n");
        page += QStringLiteral(".SH DESCRIPTION\n") + paragraphs(help.paragraphs());

        page += QStringLiteral(".SH COMMANDS\n");
        for (const auto& command : cli.commands()) {
            auto section = commandSection(*command, literals);
            if (!section) {
                return section.error();
            }
            page += *section;
        }

        const HelpText::Section* globalOptions = help.section(globalOptionsHeading);
        if (globalOptions == nullptr) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("tessera-cli --help has no \"Global options:\"."));
        }
        page += QStringLiteral(".SH \"GLOBAL OPTIONS\"\n") + entries(*globalOptions, literals);

        for (const HelpText::Section& section : help.sections()) {
            if (section.heading != commandsHeading && section.heading != globalOptionsHeading
                && section.heading != exitCodesHeading) {
                page += QStringLiteral(".SH \"") + escape(section.heading.toUpper()) + QStringLiteral("\"\n")
                    + entries(section, literals);
            }
        }

        const HelpText::Section* exitCodes = help.section(exitCodesHeading);
        if (exitCodes == nullptr) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("tessera-cli --help has no \"Exit codes:\"."));
        }
        page += QStringLiteral(".SH \"EXIT STATUS\"\n") + entries(*exitCodes, literals);

        // The default vault, as the --vault help names it.
        static const QRegularExpression defaultPath(QStringLiteral("\\(default: ([^)]+)\\)"));
        QString vaultPath;
        for (const HelpText::Entry& entry : globalOptions->entries) {
            const auto match = defaultPath.match(entry.description);
            if (entry.term.startsWith(QStringLiteral("--vault ")) && match.hasMatch()) {
                vaultPath = match.captured(1);
            }
        }
        if (vaultPath.isEmpty()) {
            return Error(Error::Kind::InvalidInput,
                QStringLiteral("The --vault help no longer names the default vault, which the FILES section shows."));
        }
        page += QStringLiteral(".SH FILES\n.TP\n\\fI") + escape(vaultPath)
            + QStringLiteral("\\fR\nThe vault used when \\fB\\-\\-vault\\fR is not given; the desktop "
                             "application \\fBtessera\\fR opens the same file.\n");

        page += QStringLiteral(".SH \"SEE ALSO\"\n.BR tessera (1)\n.PP\nThe project's home page: \\fI")
            + escape(m_homepage) + QStringLiteral("\\fR\n");
        return page;
    }
}
