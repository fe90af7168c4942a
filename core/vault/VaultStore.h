#pragma once

#include "Aead.h"
#include "KeySlot.h"
#include "Result.h"
#include "SlotType.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

class QSqlError;
class QSqlQuery;

namespace tessera
{
    /// The vault's SQL side, and nothing else: one named QSQLITE connection (unique to this
    /// object, removed when it is closed), the schema and its migrations, and prepared statements
    /// with bound values. It stores and returns bytes; it never sees a key or a plaintext.
    ///
    /// The connection uses a rollback journal (one file to copy, no -wal/-shm), synchronous=EXTRA,
    /// secure_delete, and a busy timeout. No transaction is left open between calls: reads finish
    /// their statements, and every change is one BEGIN IMMEDIATE ... COMMIT the caller brackets
    /// with beginWrite()/commit(). Like every QSqlDatabase, an object is used by one thread only:
    /// the thread that opened it.
    class VaultStore
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::VaultStore)

    public:
        /// A forward migration of the SQL layout from `fromVersion` to `fromVersion + 1`. It runs
        /// inside the transaction of migrate() and needs no key (re-encrypting records, if a
        /// future format needs it, happens after unlock in its own transaction).
        struct Migration
        {
            int fromVersion = 0;
            QString description;
            QStringList statements;
        };

        struct StoredSlot
        {
            int type = 0;
            QByteArray header;
            QByteArray nonce;
            QByteArray sealedKey;
            QByteArray checksum;
        };

        struct StoredManifest
        {
            quint32 format = 0;
            quint64 generation = 0;
            QByteArray nonce;
            QByteArray ciphertext;
        };

        struct AccountRow
        {
            QByteArray uuid; ///< 16 bytes when intact
            quint32 format = 0;
            quint64 revision = 0;
            QByteArray nonce;
            QByteArray ciphertext;
            bool wellFormed = true; ///< false when a column had the wrong type (damage)
        };

        /// One row of `backups` with its rows of `backup_accounts` (schema version 2).
        struct BackupRow
        {
            QByteArray id; ///< the backup UUID, 16 bytes when intact
            quint32 format = 0;
            qint64 createdAtMs = 0;
            qint64 kind = 0;
            QByteArray nonce;
            QByteArray ciphertext;
            QList<std::pair<QByteArray, quint64>> accounts; ///< account UUID (16 bytes), revision
            bool wellFormed = true;                         ///< false when a column had the wrong type (damage)
        };

        explicit VaultStore(QString path, int busyTimeoutMs = DefaultBusyTimeoutMs);
        ~VaultStore();
        VaultStore(const VaultStore&) = delete;
        VaultStore& operator=(const VaultStore&) = delete;

        static constexpr int DefaultBusyTimeoutMs = 10000;

        [[nodiscard]] const QString& path() const { return m_path; }
        [[nodiscard]] const QString& connectionName() const { return m_connectionName; }
        [[nodiscard]] bool isOpen() const;

        /// Opens an existing vault: VaultFile::probe(), then the connection, then checks that the
        /// schema is Tessera's and not newer than this build (Unsupported). Writes nothing.
        [[nodiscard]] Result<void> open();
        /// The same checks, but the connection is read-only (SQLite `mode=ro`): for a backup copy
        /// that must never be changed, not even migrated.
        [[nodiscard]] Result<void> openReadOnly();
        [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
        /// Opens the empty file VaultFile::createExclusive() just made, to build the schema in it.
        [[nodiscard]] Result<void> openNew();
        void close();

        /// The schema version in the file (0 for a file with no schema yet).
        [[nodiscard]] Result<int> schemaVersion();
        /// SQLite's data_version: it changes when another connection commits a change.
        [[nodiscard]] Result<qint64> dataVersion();
        /// PRAGMA quick_check: a damaged b-tree is an error of kind Corrupt.
        [[nodiscard]] Result<void> quickCheck();
        /// PRAGMA integrity_check (slower and more thorough: also indexes and uniqueness).
        [[nodiscard]] Result<void> integrityCheck();
        /// `VACUUM INTO target`: a consistent copy of the whole file (one read transaction) into
        /// `target`, which must not exist or be empty; an empty file keeps its permissions. SQLite
        /// does not sync the copy: the caller does. Not inside a transaction.
        [[nodiscard]] Result<void> vacuumInto(const QString& target);

        /// BEGIN (deferred): the reads until endRead() see one consistent state of the file.
        [[nodiscard]] Result<void> beginRead();
        void endRead();
        [[nodiscard]] bool inTransaction() const { return m_inTransaction; }
        [[nodiscard]] Result<void> beginWrite(); ///< BEGIN IMMEDIATE (waits up to the busy timeout)
        [[nodiscard]] Result<void> commit();     ///< COMMIT; on failure the transaction is rolled back
        void rollback();

        /// Applies `migrations` from the file's version up to `targetVersion`, inside the current
        /// write transaction; migrate() brackets the same in its own transaction.
        [[nodiscard]] Result<void> applyMigrations(const QList<Migration>& migrations, int targetVersion);
        [[nodiscard]] Result<void> migrate(const QList<Migration>& migrations, int targetVersion);
        /// Tessera's own migrations; version 0 → 1 creates the schema of a new vault, 1 → 2 adds the
        /// backup bookkeeping tables.
        static QList<Migration> builtinMigrations();
        [[nodiscard]] Result<void> setApplicationId();

        [[nodiscard]] Result<QUuid> vaultId();
        [[nodiscard]] Result<std::optional<StoredSlot>> slot(SlotType type);
        /// The manifest row; nullopt when it is missing or a column has the wrong type (damage).
        [[nodiscard]] Result<std::optional<StoredManifest>> manifest();
        [[nodiscard]] Result<quint64> manifestGeneration();
        [[nodiscard]] Result<QList<AccountRow>> accountRows();
        [[nodiscard]] Result<qint64> quarantineCount();
        /// The account UUID column alone (plaintext, no key needed): what a copy holds, for retention.
        [[nodiscard]] Result<QList<QByteArray>> accountKeys();
        /// Every backup record with its accounts, newest first (by created_at, then id), read in
        /// one consistent state; empty for a file older than schema version 2.
        [[nodiscard]] Result<QList<BackupRow>> backupRows();
        /// Whether a backup record with this id exists.
        [[nodiscard]] Result<bool> hasBackup(const QByteArray& id);

        [[nodiscard]] Result<void> writeVaultId(const QUuid& id);
        [[nodiscard]] Result<void> writeSlot(const KeySlot& slot);
        [[nodiscard]] Result<void> writeManifest(quint32 format, quint64 generation, const Aead::Sealed& sealed);
        [[nodiscard]] Result<void> writeAccountRows(const QList<AccountRow>& rows);
        [[nodiscard]] Result<void> deleteAccountRows(const QList<QUuid>& ids);
        [[nodiscard]] Result<void> deleteAccountRowsByKey(const QList<QByteArray>& uuidBytes);
        [[nodiscard]] Result<void> quarantine(const AccountRow& row, const QString& reason, qint64 nowMs);
        /// Inserts a backup record and its account rows (inside the caller's write transaction).
        [[nodiscard]] Result<void> writeBackup(const BackupRow& row);
        /// Deletes backup records and their account rows (inside the caller's write transaction).
        [[nodiscard]] Result<void> deleteBackups(const QList<QByteArray>& ids);

        /// The Error for a failed statement: the disk is full, read-only, busy, damaged, ...
        static Error sqlError(const QSqlError& error, const QString& action);

    private:
        [[nodiscard]] Result<void> openConnection(bool forCreation);
        [[nodiscard]] Result<void> openExisting();
        [[nodiscard]] Result<void> check(const QString& pragma);
        [[nodiscard]] Result<void> exec(const QString& sql, const QString& action);
        [[nodiscard]] Result<void> execPrepared(QSqlQuery& query, const QString& action);
        [[nodiscard]] Result<bool> hasTable(const QString& name);
        [[nodiscard]] Result<void> configure();

        QString m_path;
        QString m_connectionName;
        int m_busyTimeoutMs;
        QSqlDatabase m_db;
        bool m_inTransaction = false;
        bool m_readOnly = false;
    };
}
