#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::manpage
{
    /// The structure of a `--help` text as tessera-cli prints it, in blocks separated by blank
    /// lines: one "Usage: ..." line; sections, whose heading ("Global options:") stands alone on
    /// its first line and is followed only by indented lines: entries, each a term indented by two
    /// spaces with its description after two or more spaces or on lines indented further; and
    /// paragraphs (any other block, kept as written).
    class HelpText
    {
    public:
        struct Entry
        {
            QString term;
            QString description; ///< continuation lines joined with single spaces
        };

        struct Section
        {
            QString heading; ///< without the colon, e.g. "Global options"
            QList<Entry> entries;
        };

        /// Fails only without a single one-line "Usage:", which every help text starts with.
        static Result<HelpText> parse(const QString& text);

        [[nodiscard]] const QString& usage() const { return m_usage; }
        [[nodiscard]] const QStringList& paragraphs() const { return m_paragraphs; }
        [[nodiscard]] const QList<Section>& sections() const { return m_sections; }
        /// The section with this heading, or nullptr.
        [[nodiscard]] const Section* section(const QString& heading) const;

    private:
        QString m_usage;
        QStringList m_paragraphs;
        QList<Section> m_sections;
    };
}
