#pragma once

#include "Aead.h"
#include "BackupRecord.h"
#include "Random.h"
#include "Result.h"
#include "SecureBytes.h"
#include "VaultStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace tessera
{
    /// The byte layout of the backup bookkeeping (docs/vault-format.md §7): one row of `backups`
    /// per backup, with its accounts in `backup_accounts`. The time, kind and account list are
    /// plaintext columns (SQL sorts and filters on them; account UUIDs and revisions are plaintext
    /// in `accounts` too); where the backup went (a path naming the user's folders, drives or
    /// cloud services) is sealed under the master key. The associated data binds the sealed part
    /// to the vault, the backup id, its time, its kind and a digest of its account list, so a
    /// plaintext column changed outside Tessera makes the record fail to open.
    class BackupLog
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::BackupLog)

    public:
        /// SHA-256 of the account list serialised exactly as a manifest's plaintext: u32 BE count,
        /// then per account (sorted by its 16 UUID bytes) UUID (16) || revision (u64 BE).
        [[nodiscard]] static QByteArray contentsDigest(const QHash<QUuid, quint64>& accountRevisions);

        /// The record (its id, time and kind set) as a row, sealed under the master key.
        [[nodiscard]] static VaultStore::BackupRow seal(
            const SecureBytes& masterKey, const QUuid& vaultId, const BackupRecord& record, Random& random);
        /// The record a row holds. Corrupt when a column has the wrong type or the sealed part does
        /// not open (changed outside Tessera); Unsupported for a newer record format or plaintext.
        [[nodiscard]] static Result<BackupRecord> open(
            const SecureBytes& masterKey, const QUuid& vaultId, const VaultStore::BackupRow& row);
    };
}
