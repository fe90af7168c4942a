#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace tessera::cli
{
    /// Files tessera-cli writes that hold secrets (QR codes, exports): written atomically (QSaveFile: an
    /// existing file stays whole until the new one is complete, then is replaced) and readable and
    /// writable by the owner only (0600) from the moment they exist, whatever the umask.
    class OwnerOnlyFile
    {
    public:
        /// Writes `bytes` to `path`. Errors (kind Io) name the file and the reason; on an error no partial
        /// file is left behind.
        [[nodiscard]] static Result<void> write(const QString& path, const QByteArray& bytes);
        /// Whether `path` can be a file: not a folder, in a folder that exists (checked by write() too; call it
        /// to refuse before asking for passwords).
        [[nodiscard]] static Result<void> checkTarget(const QString& path);
    };
}
