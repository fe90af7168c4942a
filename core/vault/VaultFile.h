#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace tessera
{
    /// The vault file as a file: where it lives by default, what it must look like before SQLite
    /// is allowed near it, and how a new one is created with owner-only permissions.
    class VaultFile
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::VaultFile)

    public:
        /// Identity of the file on disk, to notice that it was replaced (a restore by rename).
        struct Identity
        {
            quint64 device = 0;
            quint64 inode = 0;

            bool operator==(const Identity&) const = default;
        };

        /// $XDG_DATA_HOME/tessera/vault.tessera (~/.local/share/tessera/vault.tessera): the
        /// generic data location, so the GUI and the CLI agree whatever their application names.
        static QString defaultPath();

        static bool exists(const QString& path);

        /// Checks that `path` is a readable regular file holding a complete Tessera vault, from its
        /// first 100 bytes and its size, without opening it as a database. Errors: missing (Io),
        /// a folder or unreadable (Io), empty or truncated (Corrupt), not a vault (InvalidInput).
        [[nodiscard]] static Result<void> probe(const QString& path);

        /// Creates an empty file that did not exist (O_EXCL), mode 0600 whatever the umask, and
        /// its missing folders with mode 0700. An existing file is a Conflict.
        [[nodiscard]] static Result<void> createExclusive(const QString& path);

        /// Removes a file this process created (after a failed creation).
        static void removeCreated(const QString& path);

        [[nodiscard]] static Result<Identity> identity(const QString& path);

        /// The folder of `path`, and whether a file can be created in it.
        static QString folderOf(const QString& path);
    };
}
