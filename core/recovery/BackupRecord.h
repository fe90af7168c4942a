#pragma once

#include <QDateTime>
#include <QHash>
#include <QUuid>

namespace tessera
{
    /// One backup as the readiness audit sees it: when it was written, whether automatically, and
    /// which accounts it holds at which revision (AccountSummary::revision). The vault's backup
    /// bookkeeping (a later issue) produces these; tests build them by hand.
    struct BackupRecord
    {
        QDateTime time;
        bool automatic = false;
        QHash<QUuid, quint64> accountRevisions; ///< account id → the revision the backup holds

        [[nodiscard]] bool contains(const QUuid& accountId) const { return accountRevisions.contains(accountId); }

        bool operator==(const BackupRecord&) const = default;
    };
}
