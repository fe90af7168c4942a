#pragma once

#include <QString>
#include <QStringList>

namespace tessera::gui
{
    /// An account's text in the form search compares (lower case, accents removed), made once
    /// per change of the account so that a keystroke only compares, never normalizes.
    class SearchKey
    {
    public:
        SearchKey() = default;
        SearchKey(const QString& issuer, const QString& accountName, const QStringList& tags, const QString& note);

        /// Lower case, accents removed: the form search compares.
        static QString normalized(const QString& text);
        /// The words of a query, normalized.
        static QStringList terms(const QString& query);

        /// How well the account matches every term (normalized): 0 best .. 3 weakest, -1 no match.
        /// 0: the title (issuer, or the name without one) starts with the first term; 1: a word of
        /// the issuer or name does; 2: the issuer or name contains it; 3: only the tags or note do.
        [[nodiscard]] int rank(const QStringList& terms) const;

    private:
        QString m_issuer;
        QString m_name;
        QString m_tagsAndNote;
    };
}
