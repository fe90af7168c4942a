#pragma once

#include <QHash>
#include <QUuid>

namespace tessera
{
    /// What Vault::verifyCopy() found in a copy of the vault file: the copy is intact (SQLite's
    /// integrity check), belongs to this vault, its key slots are readable, and every account row
    /// and the manifest open with this vault's master key and agree with each other.
    struct VaultCopyReport
    {
        QUuid vaultId;
        int schemaVersion = 0;
        QHash<QUuid, quint64> accountRevisions; ///< every account in the copy, trash included
        qsizetype activeAccounts = 0;           ///< not in the trash
        qsizetype trashedAccounts = 0;

        bool operator==(const VaultCopyReport&) const = default;
    };
}
