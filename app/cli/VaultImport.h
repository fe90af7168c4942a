#pragma once

#include "ImportPlan.h"
#include "ImportResult.h"
#include "Result.h"
#include "Vault.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTextStream>
#include <QUuid>

namespace tessera::cli
{
    /// The part of `import` and `scan --add` that meets the vault: plans the accounts read against every
    /// account already in it (the trash included, so an account in the trash is named rather than added a
    /// second time), adds what the plan includes in one transaction, and describes the outcome for people
    /// (added, duplicates, unreadable entries with their reasons, the reader's warnings) or as JSON.
    class VaultImport
    {
    public:
        /// Where entries came from, in the order their results were appended to the ImportResult.
        struct Source
        {
            QString file;
            QString format; ///< Format::id()
            bool encrypted = false;
            qsizetype accounts = 0;   ///< how many accounts of the ImportResult came from it
            qsizetype unreadable = 0; ///< how many unreadable entries
        };

        /// Plans `incoming` against the accounts in the unlocked vault.
        [[nodiscard]] static Result<VaultImport> plan(
            const Vault& vault, const ImportResult& incoming, QList<Source> sources = {});

        void setDuplicatePolicy(ImportPlan::DuplicatePolicy policy) { m_plan.setDuplicatePolicy(policy); }
        [[nodiscard]] const ImportPlan& importPlan() const { return m_plan; }
        /// How many accounts apply() adds (or added).
        [[nodiscard]] qsizetype addCount() const { return m_plan.addCount(); }
        [[nodiscard]] bool isApplied() const { return m_applied; }

        /// Adds the accounts the plan includes, all or none (nothing is written when there are none).
        [[nodiscard]] Result<void> apply(Vault& vault, const QDateTime& now);

        /// One sentence a line: the warnings, each unreadable entry with its reason, the duplicates, and what
        /// was added (before apply(): what would be added, and that nothing was written).
        void report(QTextStream& stream) const;
        /// {dry_run, added, new, duplicate, unreadable, warnings, files, entries}: see ImportCommand's help.
        [[nodiscard]] QJsonObject toJson() const;

    private:
        explicit VaultImport(ImportPlan plan, QList<Source> sources);

        /// The source of each item (empty when the sources are not known).
        [[nodiscard]] QList<const Source*> itemSources() const;
        [[nodiscard]] QString itemLabel(qsizetype index, const QList<const Source*>& sources) const;

        ImportPlan m_plan;
        QList<Source> m_sources;
        QSet<QUuid> m_trashedIds;           ///< accounts of the vault that are in the trash
        QHash<qsizetype, QUuid> m_addedIds; ///< item index → the id it was added with
        bool m_applied = false;
    };
}
