#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <random>
#include <vector>

struct sqlite3_vfs;

namespace tessera::test
{
    /// A power-loss simulator for the vault's SQLite files: an SQLite VFS, installed as the default one
    /// of this process (Qt's SQLite driver uses the same libsqlite3), that passes every call to the
    /// real "unix" VFS and remembers what a disk would keep if the power failed now:
    ///
    /// - each file's content as of its last xSync, plus the writes and truncations since then, which a
    ///   disk cache may drop or reorder (each write whole: SQLite's unix VFS promises power-safe overwrite);
    /// - the folder's entries as of its last sync (SQLite syncs the folder after creating a journal and,
    ///   when asked, after deleting one), so a deletion or creation since then may be undone.
    ///
    /// After cutAfter(n), the n-th change (write, truncation, sync or deletion) and every later one
    /// fail with SQLITE_IOERR, as if the machine stopped there. powerLoss() then rewrites the files on
    /// disk as the disk would hold them after the restart, dropping a random part of the unsynced
    /// writes, and starts over with the files as they are.
    class PowerLossVfs
    {
    public:
        PowerLossVfs();
        ~PowerLossVfs();
        PowerLossVfs(const PowerLossVfs&) = delete;
        PowerLossVfs& operator=(const PowerLossVfs&) = delete;

        /// False when SQLite has no "unix" VFS to wrap (the test should skip then).
        [[nodiscard]] bool isInstalled() const { return m_installed; }

        /// The changes from now on fail from the n-th (1 = the next one).
        void cutAfter(int changes);
        [[nodiscard]] bool isCut() const { return m_cut; }
        /// Changes made since the counter was armed.
        [[nodiscard]] int changes() const { return m_changes; }

        /// Writes what survives the power failure to disk (every unsynced write is kept with
        /// probability keepUnsynced), then stops failing and forgets the history. Call it once every
        /// connection to the files is closed. Returns how many unsynced writes were dropped.
        int powerLoss(std::mt19937& random, double keepUnsynced);
        /// Takes the files as they are now for what the disk holds, and stops failing.
        void reset();

        struct Inode;
        struct File;

    private:
        friend struct PowerLossVfsAccess;

        /// Counts a change; false when it must fail.
        bool change();
        std::shared_ptr<Inode> inodeFor(const QString& path, bool create);
        void syncFolder();

        std::unique_ptr<sqlite3_vfs> m_vfs;
        sqlite3_vfs* m_real = nullptr;
        bool m_installed = false;
        bool m_cut = false;
        int m_changes = 0;
        int m_cutAt = 0;
        QHash<QString, std::shared_ptr<Inode>> m_entries;        ///< the folder as the running system sees it
        QHash<QString, std::shared_ptr<Inode>> m_durableEntries; ///< the folder as it was last synced
    };
}
