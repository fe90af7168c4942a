#include "HelpText.h"

#include <QRegularExpression>

namespace tessera::manpage
{
    namespace
    {
        const QString usagePrefix = QStringLiteral("Usage: ");

        int indentation(const QString& line)
        {
            int count = 0;
            while (count < line.size() && line.at(count) == QLatin1Char(' ')) {
                ++count;
            }
            return count;
        }

        /// "Heading:" alone on its first line, then only indented lines, the first of them an entry.
        bool isSection(const QStringList& lines)
        {
            if (lines.size() < 2 || indentation(lines.first()) != 0 || !lines.first().endsWith(QLatin1Char(':'))
                || indentation(lines.at(1)) != 2) {
                return false;
            }
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (indentation(lines.at(i)) < 2) {
                    return false;
                }
            }
            return true;
        }

        HelpText::Section parseSection(const QStringList& lines)
        {
            HelpText::Section section;
            section.heading = lines.first().chopped(1);
            static const QRegularExpression columns(QStringLiteral("^(\\S.*?)\\s{2,}(\\S.*)$"));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QString& line = lines.at(i);
                if (indentation(line) == 2) {
                    const QString text = line.trimmed();
                    const auto match = columns.match(text);
                    if (match.hasMatch()) {
                        section.entries.append({match.captured(1), match.captured(2)});
                    } else {
                        section.entries.append({text, QString()});
                    }
                } else {
                    QString& description = section.entries.last().description;
                    if (!description.isEmpty()) {
                        description += QLatin1Char(' ');
                    }
                    description += line.trimmed();
                }
            }
            return section;
        }
    }

    Result<HelpText> HelpText::parse(const QString& text)
    {
        HelpText help;
        static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
        const QStringList blocks = text.trimmed().split(blankLines, Qt::SkipEmptyParts);
        for (const QString& block : blocks) {
            const QStringList lines = block.split(QLatin1Char('\n'));
            const QString& first = lines.first();
            if (first.startsWith(usagePrefix)) {
                if (lines.size() != 1 || !help.m_usage.isEmpty()) {
                    return Error(Error::Kind::InvalidInput,
                        QStringLiteral("The help text's \"Usage:\" must be one line, given once: \"%1\".").arg(first));
                }
                help.m_usage = first.mid(usagePrefix.size()).trimmed();
            } else if (isSection(lines)) {
                help.m_sections.append(parseSection(lines));
            } else {
                help.m_paragraphs.append(block);
            }
        }
        if (help.m_usage.isEmpty()) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("The help text has no \"Usage:\" line."));
        }
        return help;
    }

    const HelpText::Section* HelpText::section(const QString& heading) const
    {
        for (const Section& candidate : m_sections) {
            if (candidate.heading == heading) {
                return &candidate;
            }
        }
        return nullptr;
    }
}
