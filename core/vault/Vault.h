#pragma once

#include "Account.h"
#include "AccountSummary.h"
#include "BackupRecord.h"
#include "Clock.h"
#include "Credential.h"
#include "IntegrityIssue.h"
#include "Manifest.h"
#include "PasswordKdf.h"
#include "Random.h"
#include "RecordArena.h"
#include "RecoveryKey.h"
#include "Result.h"
#include "SecureBytes.h"
#include "SlotKey.h"
#include "VaultCopyReport.h"
#include "VaultFile.h"
#include "VaultOptions.h"
#include "VaultStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace tessera
{
    /// The encrypted vault: one SQLite file (docs/vault-format.md) holding every account as one
    /// AEAD record under a random master key, which two key slots (password, recovery key) seal.
    ///
    /// Thread rules. A Vault is used from the thread it lives in (its QObject thread), like the
    /// QSqlDatabase connection it owns; only the static functions may run anywhere. Unlocking
    /// splits in two so the GUI never blocks on the key derivation:
    ///   1. on a worker thread: `auto key = Vault::deriveUnlockKey(path, credential);` (reads the
    ///      slot through its own short-lived connection, then runs Argon2id: up to seconds);
    ///   2. back on the vault's thread: `vault.unlock(std::move(key).value());` (opens the slot,
    ///      checks the file and decrypts the records: milliseconds, about 0.1 s for 10,000 accounts).
    /// The same split exists for new passwords: `Vault::deriveNewKey()` anywhere, then create()
    /// or changePassword() on the vault's thread. The Credential overloads do both steps on the
    /// calling thread (the CLI, tests).
    ///
    /// Several processes. No lock is held between calls. Every change is one short BEGIN IMMEDIATE
    /// transaction that first compares the manifest generation with the one in memory and reloads
    /// what another process changed, then applies the change to that fresh state ("reload, then
    /// apply"), so two writers never lose each other's changes. Reads are served from memory:
    /// call refresh() (cheap: PRAGMA data_version, and a file identity check) when the file may
    /// have changed, e.g. from a QFileSystemWatcher on the file and its folder, on a timer, and
    /// before showing the list after the window was hidden. refresh() emits changedExternally().
    ///
    /// Memory. The master key is guarded memory; every decrypted record sits in ONE guarded
    /// arena (RecordArena), so 20,000 accounts cost two guarded allocations, not 20,000. Values
    /// handed out (Account, AccountSummary, codes) are ordinary copies: keep them short-lived.
    /// lock() wipes and frees the master key and the arena.
    ///
    /// Integrity. Unlocking checks the file (PRAGMA quick_check), every record's authenticity and
    /// the manifest of account revisions. Damaged, deleted, replayed or unlisted rows are reported
    /// as integrityIssues(); while there is any, the vault is read-only (healthy accounts can be
    /// read and copied out) until repair() or a restored backup.
    ///
    /// Backups. The vault keeps its own bookkeeping of backups (recordBackup(), backups(),
    /// backupStatus()) in tables of their own: recording a backup changes neither an account nor
    /// the manifest, so it is never "a change since the last backup" and emits no accountsChanged().
    /// writeCopy() and verifyCopy() let AutomaticBackup copy the file and check the copy with the
    /// master key in memory, without the key ever leaving this object. A copy is opened like any
    /// vault, with VaultOptions::readOnly so nothing in it is changed.
    class Vault : public QObject
    {
        Q_OBJECT

    public:
        enum class Filter
        {
            Active, ///< not in the trash
            Trash,  ///< in the trash only
            All,
        };

        /// Gap between the positions of consecutive new accounts (reorder() fills the gaps).
        static constexpr qint64 PositionStep = 1024;

        explicit Vault(QString path = VaultFile::defaultPath(), QObject* parent = nullptr);
        Vault(QString path, VaultOptions options, QObject* parent = nullptr);
        ~Vault() override; ///< locks

        static QString defaultPath();
        static bool exists(const QString& path);

        // ---- Any thread ------------------------------------------------------------------

        /// A key for a new password slot: a fresh salt and the KDF (slow). For create() and
        /// changePassword().
        [[nodiscard]] static Result<SlotKey> deriveNewKey(
            const Credential& password, const PasswordKdf::Parameters& parameters, Random& random = Random::system());
        /// Reads the slot the credential is for from the file at `path` and derives its key (slow).
        [[nodiscard]] static Result<SlotKey> deriveUnlockKey(const QString& path, const Credential& credential);

        // ---- The vault's thread ----------------------------------------------------------

        /// Creates a new vault file (refusing an existing one: Conflict) with a password slot and
        /// a recovery key slot, and leaves it unlocked. The file is 0600 in a 0700 folder.
        [[nodiscard]] Result<void> create(SlotKey passwordKey, const RecoveryKey& recoveryKey);
        /// The same, deriving the password key here; returns the new recovery key (show it once).
        [[nodiscard]] Result<RecoveryKey> create(const Credential& password, const PasswordKdf::Parameters& parameters);

        [[nodiscard]] Result<void> unlock(SlotKey key);
        [[nodiscard]] Result<void> unlock(const Credential& credential);
        /// Wipes the master key and every decrypted record, and closes the connection.
        void lock();
        [[nodiscard]] bool isUnlocked() const;

        [[nodiscard]] const QString& path() const { return m_path; }
        [[nodiscard]] QUuid vaultId() const { return m_vaultId; }
        /// The password slot's KDF parameters (empty when that slot could not be read).
        [[nodiscard]] std::optional<PasswordKdf::Parameters> passwordParameters() const;
        [[nodiscard]] const QList<IntegrityIssue>& integrityIssues() const { return m_issues; }
        /// Nothing can be changed: the vault has integrity issues, or it was opened with
        /// VaultOptions::readOnly (a backup copy).
        [[nodiscard]] bool isReadOnly() const { return m_options.readOnly || !m_issues.isEmpty(); }

        /// Re-seals the master key under a new password (one transaction; the accounts are untouched).
        [[nodiscard]] Result<void> changePassword(SlotKey newPasswordKey);
        [[nodiscard]] Result<void> changePassword(
            const Credential& newPassword, std::optional<PasswordKdf::Parameters> parameters = std::nullopt);
        /// Replaces the recovery key slot; the old recovery key stops working. Show the result once.
        [[nodiscard]] Result<RecoveryKey> regenerateRecoveryKey();

        // Reading (from memory; see refresh()).
        [[nodiscard]] QList<AccountSummary> accounts(Filter filter = Filter::Active) const;
        [[nodiscard]] qsizetype accountCount(Filter filter = Filter::Active) const;
        [[nodiscard]] Result<Account> account(const QUuid& id) const;
        /// The current code (TOTP, Steam) or the code at the stored counter (HOTP, not advanced).
        [[nodiscard]] Result<QString> code(const QUuid& id, qint64 unixSeconds) const;
        /// The code after that: the next period, or the next counter.
        [[nodiscard]] Result<QString> nextCode(const QUuid& id, qint64 unixSeconds) const;
        /// Every account's current revision (trash included): what a backup made now would hold.
        [[nodiscard]] QHash<QUuid, quint64> accountRevisions() const;

        /// Reloads when another process changed the file; returns whether anything changed.
        [[nodiscard]] Result<bool> refresh();

        // Changing (each one transaction on freshly reloaded state).
        /// Adds an account; a null id gets a fresh one, a null position puts it last. Returns its id.
        [[nodiscard]] Result<QUuid> add(Account account);
        /// Adds all or none (imports). Returns the ids in order.
        [[nodiscard]] Result<QList<QUuid>> addAll(QList<Account> accounts);
        /// Replaces an account's whole record with `account` (matched by id).
        [[nodiscard]] Result<void> update(const Account& account);
        /// Applies `change` to the current record of `id` (after reloading) and saves it: edits
        /// that must not overwrite what another process changed meanwhile. Returns the result.
        [[nodiscard]] Result<Account> modify(const QUuid& id, const std::function<void(Account&)>& change);
        /// Puts the given accounts in this order, rewriting as few records as possible.
        [[nodiscard]] Result<void> reorder(const QList<QUuid>& orderedIds);
        [[nodiscard]] Result<void> moveToTrash(const QUuid& id);
        [[nodiscard]] Result<void> restore(const QUuid& id);
        /// Deletes for good (the record's bytes are overwritten in the file: secure_delete).
        [[nodiscard]] Result<void> purge(const QUuid& id);
        /// Purges accounts in the trash for longer than VaultFormat::TrashRetentionDays (by their
        /// authenticated trash time). Returns how many.
        [[nodiscard]] Result<int> purgeExpiredTrash();
        /// HOTP: returns the code for the stored counter and saves counter + 1 in the same
        /// transaction, so two processes never hand out the same code.
        [[nodiscard]] Result<QString> takeHotpCode(const QUuid& id);

        /// Resolves every integrity issue explicitly: rows that cannot be trusted are moved to the
        /// quarantine table (kept, not deleted), older copies become current, and the manifest is
        /// rewritten to match. Afterwards the vault is writable again.
        [[nodiscard]] Result<void> repair();

        // Backup bookkeeping (its own tables; never an account change, see the class comment).
        /// Records a backup holding `accountIds` at their current revisions, written now to
        /// `location` (a file or folder path; sealed under the master key in the file). Unknown
        /// ids are NotFound. Refused while the vault is read-only. Returns the record as stored.
        [[nodiscard]] Result<BackupRecord> recordBackup(
            BackupKind kind, const QString& location, const QList<QUuid>& accountIds);
        /// Records `record` as given: a null id gets a fresh one, a null time is now; the
        /// revisions are the caller's (e.g. what verifyCopy() found in a copy). Every revision must
        /// be at least 1.
        [[nodiscard]] Result<BackupRecord> recordBackup(BackupRecord record);
        /// Every recorded backup, newest first. Records that fail their check (changed outside
        /// Tessera) or come from a newer Tessera are left out.
        [[nodiscard]] Result<QList<BackupRecord>> backups() const;
        /// When the account was last included in a backup, and whether it changed since.
        [[nodiscard]] Result<AccountBackupStatus> backupStatus(const QUuid& accountId) const;
        /// backupStatus() of every account (trash included), from one read of the records.
        [[nodiscard]] Result<QHash<QUuid, AccountBackupStatus>> backupStatuses() const;
        /// Removes records (e.g. of automatic copies that retention deleted). Unknown ids are ignored.
        [[nodiscard]] Result<void> forgetBackups(const QList<QUuid>& backupIds);

        // Copies of the vault file (AutomaticBackup).
        /// A consistent copy of the whole file (SQLite VACUUM INTO through this vault's own
        /// connection) into `target`, which must not exist or be an empty file (an empty file keeps
        /// its permissions). Still encrypted by the same key slots. SQLite does not sync the copy.
        [[nodiscard]] Result<void> writeCopy(const QString& target);
        /// Opens the copy at `path` read-only and checks it with the master key in memory: SQLite's
        /// integrity check, the same vault id, readable key slots, and every account row and the
        /// manifest opening and agreeing. Any failure is an error (Corrupt for damage,
        /// InvalidInput for a copy of another vault); the copy is never written.
        [[nodiscard]] Result<VaultCopyReport> verifyCopy(const QString& path) const;

    signals:
        void unlocked();
        /// lock() is about to wipe the key: the last moment to use it (AutomaticBackup::flush()).
        void aboutToLock();
        void locked();
        /// Accounts added, changed or removed, by this object or (after a reload) by another process.
        void accountsChanged(const QList<QUuid>& ids);
        /// Another process changed the file; the state in memory was reloaded.
        void changedExternally();
        void integrityIssuesChanged();

    private:
        struct Entry
        {
            quint64 revision = 0;
            QByteArray nonce;
            qint64 position = 0;
            qint64 trashedAtMs = -1; ///< -1 when not in the trash
        };

        struct Mutation
        {
            QList<Account> upserts;
            QList<QUuid> deletes;
        };

        [[nodiscard]] Random& random() const;
        [[nodiscard]] qint64 nowMs() const;
        [[nodiscard]] QDateTime now() const;
        [[nodiscard]] Result<void> requireUnlocked() const;
        [[nodiscard]] Result<void> requireWritable() const;
        [[nodiscard]] Result<void> requireNotReadOnlyCopy() const;
        [[nodiscard]] Result<void> openStore(VaultStore& store) const;
        [[nodiscard]] QUuid newUuid() const;
        [[nodiscard]] bool matches(const Entry& entry, Filter filter) const;

        /// Re-reads the manifest and the rows (in one read transaction unless a write is open) and
        /// decrypts what changed. Returns the ids that changed.
        [[nodiscard]] Result<QList<QUuid>> reload(bool force);
        /// Reopens the file when it was replaced (a restore by rename); errors when it is gone or
        /// now holds a different vault.
        [[nodiscard]] Result<bool> followReplacedFile();
        /// One write transaction: reload if another process committed, let `prepare` compute the
        /// change on that state, seal and write it with a new manifest, commit, then update memory.
        [[nodiscard]] Result<QList<QUuid>> transact(const std::function<Result<Mutation>()>& prepare);
        [[nodiscard]] Result<void> writeSlot(const KeySlot& slot);
        void setIssues(QList<IntegrityIssue> issues);
        void clearState();

        QString m_path;
        VaultOptions m_options;
        std::unique_ptr<VaultStore> m_store;
        VaultFile::Identity m_identity;
        SecureBytes m_masterKey;
        QUuid m_vaultId;
        std::optional<PasswordKdf::Parameters> m_passwordParameters;
        RecordArena m_arena;
        QHash<QUuid, Entry> m_entries;
        Manifest m_manifest;
        QList<IntegrityIssue> m_issues;
        qint64 m_dataVersion = -1;
        bool m_locking = false; ///< inside lock(), while aboutToLock() is delivered
    };
}
