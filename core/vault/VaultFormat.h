#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QUuid>

#include <optional>

namespace tessera
{
    /// The constants and byte layouts of the vault file that docs/vault-format.md specifies: the
    /// version numbers, the SQLite application id and the exact associated data of every sealed
    /// record. Everything that must match byte for byte between writers and readers lives here.
    class VaultFormat
    {
    public:
        /// The SQL layout (tables and columns), kept in the schema_version table. A reader refuses a
        /// file with a higher number; a lower one is migrated forward, inside one transaction.
        /// Version 2 added the backup bookkeeping tables (`backups`, `backup_accounts`).
        static constexpr int SchemaVersion = 2;
        /// The serialisation of one account record (the `format` column, bound into its associated data).
        static constexpr quint32 AccountRecordFormat = 1;
        /// The serialisation of the manifest (the `format` column, bound into its associated data).
        static constexpr quint32 ManifestFormat = 1;
        /// The serialisation of one backup record (the `format` column of `backups`, bound into its
        /// associated data).
        static constexpr quint32 BackupRecordFormat = 1;
        /// `PRAGMA application_id`: "TESS" in ASCII, so `file(1)` and Tessera tell a vault from any SQLite file.
        static constexpr quint32 ApplicationId = 0x54455353;
        /// Accounts in the trash longer than this are purged on unlock.
        static constexpr int TrashRetentionDays = 30;

        /// "TesseraAccount" || format (u32 BE) || vault UUID (16) || account UUID (16) || revision (u64 BE).
        static QByteArray accountAssociatedData(
            const QUuid& vaultId, const QUuid& accountId, quint64 revision, quint32 format = AccountRecordFormat);
        /// "TesseraManifest" || format (u32 BE) || vault UUID (16) || generation (u64 BE).
        static QByteArray manifestAssociatedData(
            const QUuid& vaultId, quint64 generation, quint32 format = ManifestFormat);

        /// "TesseraBackup" || format (u32 BE) || vault UUID (16) || backup UUID (16) || time in ms (i64 BE)
        /// || kind (u32 BE) || SHA-256 of the backup's contents (32): the contents are serialised exactly
        /// as a manifest's plaintext (count, then UUID || revision sorted by UUID bytes).
        static QByteArray backupAssociatedData(const QUuid& vaultId,
            const QUuid& backupId,
            qint64 timeMs,
            quint32 kind,
            QByteArrayView contentsDigest,
            quint32 format = BackupRecordFormat);

        /// A UUID as its 16 RFC 4122 bytes, and back (nullopt unless exactly 16 bytes, not all zero).
        static QByteArray uuidBytes(const QUuid& id);
        static std::optional<QUuid> uuidFromBytes(QByteArrayView bytes);

        static void appendUint16(QByteArray& out, quint16 value);
        static void appendUint32(QByteArray& out, quint32 value);
        static void appendUint64(QByteArray& out, quint64 value);
        static quint16 readUint16(const char* data);
        static quint32 readUint32(const char* data);
        static quint64 readUint64(const char* data);
    };
}
