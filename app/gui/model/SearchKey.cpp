#include "model/SearchKey.h"

#include <QRegularExpression>

namespace tessera::gui
{
    namespace
    {
        bool wordStartsWith(const QString& text, const QString& term)
        {
            qsizetype from = 0;
            while (from < text.size()) {
                if (QStringView(text).mid(from).startsWith(term)) {
                    return true;
                }
                // The next word: after a space, dot, at sign, hyphen, ...
                while (from < text.size() && text.at(from).isLetterOrNumber()) {
                    ++from;
                }
                while (from < text.size() && !text.at(from).isLetterOrNumber()) {
                    ++from;
                }
            }
            return false;
        }
    }

    SearchKey::SearchKey(
        const QString& issuer, const QString& accountName, const QStringList& tags, const QString& note)
        : m_issuer(normalized(issuer))
        , m_name(normalized(accountName))
        , m_tagsAndNote(normalized(tags.join(QLatin1Char(' ')) + QLatin1Char(' ') + note))
    { }

    QString SearchKey::normalized(const QString& text)
    {
        const QString decomposed = text.normalized(QString::NormalizationForm_KD);
        QString result;
        result.reserve(decomposed.size());
        for (const QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing) {
                result.append(c);
            }
        }
        return result.toCaseFolded();
    }

    QStringList SearchKey::terms(const QString& query)
    {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        return normalized(query).split(spaces, Qt::SkipEmptyParts);
    }

    int SearchKey::rank(const QStringList& terms) const
    {
        if (terms.isEmpty()) {
            return 0;
        }
        for (const QString& term : terms) {
            if (!m_issuer.contains(term) && !m_name.contains(term) && !m_tagsAndNote.contains(term)) {
                return -1;
            }
        }
        const QString& first = terms.constFirst();
        const QString& title = m_issuer.isEmpty() ? m_name : m_issuer;
        if (title.startsWith(first)) {
            return 0;
        }
        if (wordStartsWith(m_issuer, first) || wordStartsWith(m_name, first)) {
            return 1;
        }
        if (m_issuer.contains(first) || m_name.contains(first)) {
            return 2;
        }
        return 3;
    }
}
