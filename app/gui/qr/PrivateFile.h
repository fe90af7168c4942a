#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace tessera::gui
{
    /// Files that hold a secret (a saved QR code): written atomically (QSaveFile) and readable and
    /// writable by the owner only (0600), whatever the umask or an earlier file's mode.
    class PrivateFile
    {
    public:
        [[nodiscard]] static Result<void> write(const QString& path, const QByteArray& bytes);
        /// Makes an existing file owner-only (one a library wrote, such as a printed PDF).
        [[nodiscard]] static Result<void> restrict(const QString& path);
    };
}
