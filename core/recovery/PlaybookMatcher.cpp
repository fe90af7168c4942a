#include "PlaybookMatcher.h"

#include <algorithm>
#include <utility>

namespace tessera
{
    namespace
    {
        struct Alias
        {
            const char* playbookId;
            const char* name;
        };

        /// Other names issuers use for the providers of the bundled playbooks (their provider
        /// names, titles and ids match anyway).
        constexpr Alias Aliases[] = {
            {"aws-root", "aws"},
            {"aws-root", "amazon aws"},
            {"aws-root", "amazonaws"},
            {"aws-root", "aws root"},
            {"aws-iam-user", "aws"},
            {"aws-iam-user", "amazon aws"},
            {"aws-iam-user", "amazonaws"},
            {"aws-iam-user", "aws iam"},
            {"google", "gmail"},
            {"google", "google workspace"},
            {"google", "youtube"},
            {"microsoft-personal", "outlook"},
            {"microsoft-personal", "outlook com"},
            {"microsoft-personal", "hotmail"},
            {"microsoft-personal", "live"},
            {"microsoft-personal", "xbox"},
            {"microsoft-personal", "skype"},
            {"microsoft-personal", "microsoft account"},
            {"microsoft-work", "azure"},
            {"microsoft-work", "azure ad"},
            {"microsoft-work", "entra"},
            {"microsoft-work", "microsoft entra"},
            {"microsoft-work", "microsoft 365"},
            {"microsoft-work", "office 365"},
            {"github", "github com"},
            {"apple", "apple id"},
            {"apple", "icloud"},
        };

        /// How long a key of the playbook matching the issuer is (0: none). A key matches the whole
        /// issuer or its first words.
        qsizetype matchLength(const Playbook& playbook, const QString& issuer)
        {
            QStringList keys{PlaybookMatcher::normalise(playbook.provider()),
                PlaybookMatcher::normalise(playbook.title()), PlaybookMatcher::normalise(playbook.id())};
            for (const Alias& alias : Aliases) {
                if (playbook.id() == QLatin1String(alias.playbookId)) {
                    keys.append(QLatin1String(alias.name));
                }
            }
            qsizetype best = 0;
            for (const QString& key : std::as_const(keys)) {
                if (key.isEmpty() || key.size() <= best) {
                    continue;
                }
                if (issuer == key || issuer.startsWith(QString(key + QLatin1Char(' ')))) {
                    best = key.size();
                }
            }
            return best;
        }
    }

    PlaybookMatcher::PlaybookMatcher(QList<Playbook> playbooks)
        : m_playbooks(std::move(playbooks))
    { }

    QString PlaybookMatcher::normalise(const QString& name)
    {
        QString out;
        bool space = false;
        for (const QChar c : name.toLower()) {
            if (c.isLetterOrNumber()) {
                if (space && !out.isEmpty()) {
                    out.append(QLatin1Char(' '));
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out;
    }

    QList<Playbook> PlaybookMatcher::match(const QString& issuer) const
    {
        const QString wanted = normalise(issuer);
        if (wanted.isEmpty()) {
            return {};
        }
        QList<qsizetype> lengths;
        qsizetype best = 0;
        for (const Playbook& playbook : m_playbooks) {
            const qsizetype length = playbook.id() == QLatin1String(GenericId) ? 0 : matchLength(playbook, wanted);
            lengths.append(length);
            best = std::max(best, length);
        }
        QList<Playbook> matches;
        if (best == 0) {
            return matches;
        }
        for (qsizetype i = 0; i < m_playbooks.size(); ++i) {
            if (lengths.at(i) == best) {
                matches.append(m_playbooks.at(i));
            }
        }
        return matches;
    }

    QList<Playbook> PlaybookMatcher::matchOrGeneric(const QString& issuer) const
    {
        QList<Playbook> matches = match(issuer);
        if (matches.isEmpty()) {
            if (auto fallback = generic()) {
                matches.append(*fallback);
            }
        }
        return matches;
    }

    std::optional<Playbook> PlaybookMatcher::generic() const
    {
        for (const Playbook& playbook : m_playbooks) {
            if (playbook.id() == QLatin1String(GenericId)) {
                return playbook;
            }
        }
        return std::nullopt;
    }
}
