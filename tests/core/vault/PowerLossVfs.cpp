#include "PowerLossVfs.h"

#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <new>

namespace tessera::test
{
    /// One file's data as the disk holds it: its content at the last sync and the changes since.
    struct PowerLossVfs::Inode
    {
        struct Change
        {
            bool truncate = false;
            qint64 offset = 0; ///< where a write starts, or the new size
            QByteArray bytes;
        };
        QByteArray durable;
        std::vector<Change> unsynced;
    };

    /// The sqlite3_file SQLite allocates for us: ours first, the real VFS's file right behind it.
    struct PowerLossVfs::File
    {
        sqlite3_file base;
        PowerLossVfs* owner;
        std::shared_ptr<Inode> inode; ///< empty for files without a name (SQLite's temporary files)
        bool syncFolderOnSync;
        sqlite3_file* real;
    };

    /// The C callbacks; a struct so they may reach PowerLossVfs's private members.
    struct PowerLossVfsAccess
    {
        using File = PowerLossVfs::File;

        static PowerLossVfs& owner(sqlite3_vfs* vfs) { return *static_cast<PowerLossVfs*>(vfs->pAppData); }
        static File& file(sqlite3_file* file) { return *reinterpret_cast<File*>(file); }

        static QByteArray readAll(sqlite3_file* real)
        {
            sqlite3_int64 size = 0;
            if (real->pMethods->xFileSize(real, &size) != SQLITE_OK || size <= 0) {
                return {};
            }
            QByteArray bytes(static_cast<qsizetype>(size), '\0');
            if (real->pMethods->xRead(real, bytes.data(), static_cast<int>(size), 0) != SQLITE_OK) {
                return {};
            }
            return bytes;
        }

        static int close(sqlite3_file* handle)
        {
            File& f = file(handle);
            const int rc = f.real->pMethods->xClose(f.real);
            f.inode.~shared_ptr();
            return rc;
        }

        static int read(sqlite3_file* handle, void* buffer, int amount, sqlite3_int64 offset)
        {
            File& f = file(handle);
            return f.real->pMethods->xRead(f.real, buffer, amount, offset);
        }

        static int write(sqlite3_file* handle, const void* buffer, int amount, sqlite3_int64 offset)
        {
            File& f = file(handle);
            if (!f.owner->change()) {
                return SQLITE_IOERR_WRITE;
            }
            const int rc = f.real->pMethods->xWrite(f.real, buffer, amount, offset);
            if (rc == SQLITE_OK && f.inode) {
                f.inode->unsynced.push_back({false, offset, QByteArray(static_cast<const char*>(buffer), amount)});
            }
            return rc;
        }

        static int truncate(sqlite3_file* handle, sqlite3_int64 size)
        {
            File& f = file(handle);
            if (!f.owner->change()) {
                return SQLITE_IOERR_TRUNCATE;
            }
            const int rc = f.real->pMethods->xTruncate(f.real, size);
            if (rc == SQLITE_OK && f.inode) {
                f.inode->unsynced.push_back({true, size, {}});
            }
            return rc;
        }

        static int sync(sqlite3_file* handle, int flags)
        {
            File& f = file(handle);
            if (!f.owner->change()) {
                return SQLITE_IOERR_FSYNC;
            }
            const int rc = f.real->pMethods->xSync(f.real, flags);
            if (rc == SQLITE_OK && f.inode) {
                f.inode->durable = readAll(f.real);
                f.inode->unsynced.clear();
                // The unix VFS syncs the folder on a new journal's first sync (UNIXFILE_DIRSYNC).
                if (f.syncFolderOnSync) {
                    f.owner->syncFolder();
                    f.syncFolderOnSync = false;
                }
            }
            return rc;
        }

        static int fileSize(sqlite3_file* handle, sqlite3_int64* size)
        {
            File& f = file(handle);
            return f.real->pMethods->xFileSize(f.real, size);
        }

        static int lock(sqlite3_file* handle, int level)
        {
            File& f = file(handle);
            return f.real->pMethods->xLock(f.real, level);
        }

        static int unlock(sqlite3_file* handle, int level)
        {
            File& f = file(handle);
            return f.real->pMethods->xUnlock(f.real, level);
        }

        static int checkReservedLock(sqlite3_file* handle, int* out)
        {
            File& f = file(handle);
            return f.real->pMethods->xCheckReservedLock(f.real, out);
        }

        static int fileControl(sqlite3_file* handle, int op, void* argument)
        {
            File& f = file(handle);
            return f.real->pMethods->xFileControl(f.real, op, argument);
        }

        static int sectorSize(sqlite3_file* handle)
        {
            File& f = file(handle);
            return f.real->pMethods->xSectorSize(f.real);
        }

        static int deviceCharacteristics(sqlite3_file* handle)
        {
            File& f = file(handle);
            return f.real->pMethods->xDeviceCharacteristics(f.real);
        }

        /// Version 1: no shared memory (the vault never uses WAL) and no memory mapping.
        static constexpr sqlite3_io_methods Methods
            = {1, &close, &read, &write, &truncate, &sync, &fileSize, &lock, &unlock, &checkReservedLock, &fileControl,
                &sectorSize, &deviceCharacteristics, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr};

        static int open(sqlite3_vfs* vfs, const char* name, sqlite3_file* handle, int flags, int* outFlags)
        {
            PowerLossVfs& self = owner(vfs);
            auto* f = new (handle) File{{nullptr}, &self, {}, false, nullptr};
            f->real = reinterpret_cast<sqlite3_file*>(f + 1);
            const bool create = (flags & SQLITE_OPEN_CREATE) != 0;
            const QString path = name != nullptr ? QString::fromUtf8(name) : QString();
            // Before the real open: a file it creates is new (not yet on the disk for good).
            if (name != nullptr) {
                f->inode = self.inodeFor(path, create);
            }
            const int rc = self.m_real->xOpen(self.m_real, name, f->real, flags, outFlags);
            if (rc != SQLITE_OK) {
                if (f->inode && !QFile::exists(path)) {
                    self.m_entries.remove(path);
                }
                f->inode.~shared_ptr();
                handle->pMethods = nullptr;
                return rc;
            }
            f->syncFolderOnSync
                = create && (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL)) != 0;
            handle->pMethods = &Methods;
            return SQLITE_OK;
        }

        static int remove(sqlite3_vfs* vfs, const char* name, int syncFolder)
        {
            PowerLossVfs& self = owner(vfs);
            if (!self.change()) {
                return SQLITE_IOERR_DELETE;
            }
            const int rc = self.m_real->xDelete(self.m_real, name, syncFolder);
            if (rc == SQLITE_OK) {
                self.m_entries.remove(QString::fromUtf8(name));
                if (syncFolder != 0) {
                    self.syncFolder();
                }
            }
            return rc;
        }

        static int access(sqlite3_vfs* vfs, const char* name, int flags, int* out)
        {
            return owner(vfs).m_real->xAccess(owner(vfs).m_real, name, flags, out);
        }

        static int fullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out)
        {
            return owner(vfs).m_real->xFullPathname(owner(vfs).m_real, name, size, out);
        }

        static void* dlOpen(sqlite3_vfs* vfs, const char* name)
        {
            return owner(vfs).m_real->xDlOpen(owner(vfs).m_real, name);
        }

        static void dlError(sqlite3_vfs* vfs, int size, char* out)
        {
            owner(vfs).m_real->xDlError(owner(vfs).m_real, size, out);
        }

        static void (*dlSym(sqlite3_vfs* vfs, void* library, const char* symbol))(void)
        {
            return owner(vfs).m_real->xDlSym(owner(vfs).m_real, library, symbol);
        }

        static void dlClose(sqlite3_vfs* vfs, void* library)
        {
            owner(vfs).m_real->xDlClose(owner(vfs).m_real, library);
        }

        static int randomness(sqlite3_vfs* vfs, int size, char* out)
        {
            return owner(vfs).m_real->xRandomness(owner(vfs).m_real, size, out);
        }

        static int sleep(sqlite3_vfs* vfs, int microseconds)
        {
            return owner(vfs).m_real->xSleep(owner(vfs).m_real, microseconds);
        }

        static int currentTime(sqlite3_vfs* vfs, double* out)
        {
            return owner(vfs).m_real->xCurrentTime(owner(vfs).m_real, out);
        }

        static int lastError(sqlite3_vfs* vfs, int size, char* out)
        {
            return owner(vfs).m_real->xGetLastError(owner(vfs).m_real, size, out);
        }

        static int currentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
        {
            return owner(vfs).m_real->xCurrentTimeInt64(owner(vfs).m_real, out);
        }
    };

    PowerLossVfs::PowerLossVfs()
        : m_vfs(std::make_unique<sqlite3_vfs>())
        , m_real(sqlite3_vfs_find("unix"))
    {
        if (m_real == nullptr || m_real->iVersion < 2) {
            return;
        }
        sqlite3_vfs& vfs = *m_vfs;
        std::memset(&vfs, 0, sizeof vfs);
        vfs.iVersion = 2;
        vfs.szOsFile = static_cast<int>(sizeof(File)) + m_real->szOsFile;
        vfs.mxPathname = m_real->mxPathname;
        vfs.zName = "tessera-power-loss";
        vfs.pAppData = this;
        vfs.xOpen = &PowerLossVfsAccess::open;
        vfs.xDelete = &PowerLossVfsAccess::remove;
        vfs.xAccess = &PowerLossVfsAccess::access;
        vfs.xFullPathname = &PowerLossVfsAccess::fullPathname;
        vfs.xDlOpen = &PowerLossVfsAccess::dlOpen;
        vfs.xDlError = &PowerLossVfsAccess::dlError;
        vfs.xDlSym = &PowerLossVfsAccess::dlSym;
        vfs.xDlClose = &PowerLossVfsAccess::dlClose;
        vfs.xRandomness = &PowerLossVfsAccess::randomness;
        vfs.xSleep = &PowerLossVfsAccess::sleep;
        vfs.xCurrentTime = &PowerLossVfsAccess::currentTime;
        vfs.xGetLastError = &PowerLossVfsAccess::lastError;
        vfs.xCurrentTimeInt64 = &PowerLossVfsAccess::currentTimeInt64;
        m_installed = sqlite3_vfs_register(m_vfs.get(), 1) == SQLITE_OK;
    }

    PowerLossVfs::~PowerLossVfs()
    {
        if (m_installed) {
            sqlite3_vfs_unregister(m_vfs.get());
        }
    }

    void PowerLossVfs::cutAfter(int changes)
    {
        m_changes = 0;
        m_cutAt = changes;
        m_cut = false;
    }

    bool PowerLossVfs::change()
    {
        if (m_cut) {
            return false;
        }
        ++m_changes;
        if (m_cutAt > 0 && m_changes >= m_cutAt) {
            m_cut = true;
            return false;
        }
        return true;
    }

    std::shared_ptr<PowerLossVfs::Inode> PowerLossVfs::inodeFor(const QString& path, bool create)
    {
        if (auto known = m_entries.value(path)) {
            return known;
        }
        auto inode = std::make_shared<Inode>();
        QFile existing(path);
        if (existing.exists()) {
            // There before this simulator saw it: on the disk for good.
            if (existing.open(QIODevice::ReadOnly)) {
                inode->durable = existing.readAll();
            }
            m_durableEntries.insert(path, inode);
        } else if (!create) {
            return {};
        }
        m_entries.insert(path, inode);
        return inode;
    }

    void PowerLossVfs::syncFolder()
    {
        m_durableEntries = m_entries;
    }

    int PowerLossVfs::powerLoss(std::mt19937& random, double keepUnsynced)
    {
        std::bernoulli_distribution keep(std::clamp(keepUnsynced, 0.0, 1.0));
        int dropped = 0;
        QStringList paths = m_entries.keys() + m_durableEntries.keys();
        paths.removeDuplicates();
        for (const QString& path : std::as_const(paths)) {
            const std::shared_ptr<Inode> inode = m_durableEntries.value(path);
            if (!inode) {
                QFile::remove(path); // created since the folder was last synced: gone
                continue;
            }
            QByteArray content = inode->durable;
            for (const Inode::Change& change : inode->unsynced) {
                if (!keep(random)) {
                    ++dropped;
                    continue;
                }
                if (change.truncate) {
                    content.resize(static_cast<qsizetype>(change.offset), '\0');
                    continue;
                }
                const auto end = static_cast<qsizetype>(change.offset) + change.bytes.size();
                if (content.size() < end) {
                    content.resize(end, '\0');
                }
                std::memcpy(content.data() + change.offset, change.bytes.constData(),
                    static_cast<std::size_t>(change.bytes.size()));
            }
            QFile file(path);
            if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                file.write(content);
            }
        }
        reset();
        return dropped;
    }

    void PowerLossVfs::reset()
    {
        m_entries.clear();
        m_durableEntries.clear();
        cutAfter(0);
    }
}
