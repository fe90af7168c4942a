#pragma once

#include "Playbook.h"

#include <QList>
#include <QString>

#include <optional>

namespace tessera
{
    /// Finds the bundled playbooks for an account's issuer: by the playbook's provider name, title or
    /// id, or a known other name of the provider ("AWS", "Gmail", "Outlook", "iCloud", ...). Case,
    /// punctuation and extra words after the name do not matter ("aws (prod)" is AWS). When several
    /// keys match, the longest wins, so "AWS root" picks the root user's playbook while "Amazon Web
    /// Services" gives both AWS playbooks (root user and IAM user): the issuer alone cannot tell.
    class PlaybookMatcher
    {
    public:
        static constexpr auto GenericId = "generic";

        explicit PlaybookMatcher(QList<Playbook> playbooks);

        /// The playbooks for the issuer, in bundled order; empty when none fits.
        [[nodiscard]] QList<Playbook> match(const QString& issuer) const;
        /// match(), or the generic playbook when nothing fits (empty when that is not loaded either).
        [[nodiscard]] QList<Playbook> matchOrGeneric(const QString& issuer) const;
        [[nodiscard]] std::optional<Playbook> generic() const;
        [[nodiscard]] const QList<Playbook>& playbooks() const { return m_playbooks; }

        /// Lower case, letters and digits only, words separated by one space: "AWS (Prod)" → "aws prod".
        static QString normalise(const QString& name);

    private:
        QList<Playbook> m_playbooks;
    };
}
