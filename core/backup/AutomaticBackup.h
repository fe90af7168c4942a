#pragma once

#include "BackupRecord.h"
#include "BackupTimer.h"
#include "Clock.h"
#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace tessera
{
    class Vault;

    /// Automatic backups of one vault into a folder the user chose: copies of the vault file
    /// itself (SQLite VACUUM INTO through the vault's own connection), so they are encrypted by the
    /// vault's own key slots and no key is kept for them; each opens with the password or recovery
    /// key that was valid when it was written (BackupRestore::openCopy()).
    ///
    /// - Debounced: every change to the accounts (Vault::accountsChanged) restarts a timer; the
    ///   copy is written `delay` (two minutes) after the last change. flush() writes a pending copy
    ///   at once; it runs by itself when the vault is about to lock (Vault::aboutToLock), and the
    ///   application calls it before quitting. Recording a backup is not a change (its own tables),
    ///   so a copy never causes another.
    /// - Skipped when the newest automatic copy in the folder already holds every account at its
    ///   current revision (e.g. after an unlock without changes).
    /// - Atomic and owner-only: written to a new 0600 temporary file in the folder, synced, checked,
    ///   then renamed to its final name (BackupFolder::fileName(), sortable by time) and the folder
    ///   synced. A missing folder is an error: it is never created (an unmounted drive's mount point
    ///   must not fill up the local disk).
    /// - Verified before it is kept: SQLite's integrity check, and every account row and the
    ///   manifest decrypt with the master key in memory (Vault::verifyCopy()). A copy that fails is
    ///   removed and nothing is recorded.
    /// - Recorded in the vault's backup bookkeeping (kind AutomaticCopy, with each account's
    ///   revision in the copy), then the folder is thinned out (BackupRetention) and the records of
    ///   removed copies are forgotten. Refused while the vault is read-only (integrity issues), so a
    ///   damaged state never pushes good copies out.
    ///
    /// Time and timer are injected (Options), so tests are deterministic.
    class AutomaticBackup : public QObject
    {
        Q_OBJECT

    public:
        static constexpr std::chrono::milliseconds DefaultDelay = std::chrono::minutes(2);

        struct Options
        {
            std::chrono::milliseconds delay = DefaultDelay;
            Clock::Source now;                  ///< ms since 1970 (UTC) for names, records, retention; empty: system
            std::unique_ptr<BackupTimer> timer; ///< empty: BackupTimer::system()
            /// Called with the temporary copy after it is written and before it is checked. For tests
            /// (to damage a copy on purpose); leave empty.
            std::function<void(const QString& temporaryPath)> afterCopyWritten;
        };

        AutomaticBackup(Vault& vault, QString folder, QObject* parent = nullptr);
        AutomaticBackup(Vault& vault, QString folder, Options options, QObject* parent = nullptr);
        ~AutomaticBackup() override;

        [[nodiscard]] const QString& folder() const { return m_folder; }
        /// A change waits for its copy (the timer runs, or the last attempt failed).
        [[nodiscard]] bool isPending() const { return m_pending; }
        [[nodiscard]] bool isTimerActive() const;
        [[nodiscard]] std::chrono::milliseconds delay() const { return m_options.delay; }

        /// The accounts changed: (re)start the delay. Connected to Vault::accountsChanged.
        void noteChange();
        /// Writes the pending copy now (lock, quit). Nothing pending, or the folder already holds an
        /// up-to-date copy: nullopt.
        [[nodiscard]] Result<std::optional<BackupRecord>> flush();
        /// Writes a copy now whether or not a change is pending (nullopt when the newest automatic
        /// copy in the folder is already up to date).
        [[nodiscard]] Result<std::optional<BackupRecord>> backUpNow();
        /// Removes the copies of this vault in the folder that BackupRetention does not keep, and
        /// forgets their records (and those of this folder's copies deleted by hand). Copies of other
        /// vaults and other files are never touched. Returns the paths removed.
        [[nodiscard]] Result<QStringList> applyRetention();

    signals:
        void backupWritten(const tessera::BackupRecord& record);
        /// A copy could not be written, checked or recorded, or retention failed (one sentence).
        void backupFailed(const QString& message);

    private:
        [[nodiscard]] qint64 nowMs() const;
        /// `beforeLock`: called from Vault::aboutToLock, where the vault must not reload (no signals
        /// about accounts while it locks); the copy holds the file as it is anyway.
        [[nodiscard]] Result<std::optional<BackupRecord>> run(bool beforeLock = false);
        [[nodiscard]] Result<BackupRecord> writeCopy();
        [[nodiscard]] bool inFolder(const QString& path) const;
        void onTimeout();

        QPointer<Vault> m_vault;
        QString m_folder;
        Options m_options;
        bool m_pending = false;
        bool m_running = false;
    };
}
