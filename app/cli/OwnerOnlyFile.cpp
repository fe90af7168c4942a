#include "OwnerOnlyFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tessera::cli
{
    namespace
    {
        constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

        Error cannotWrite(const QString& path, const QString& reason)
        {
            return {Error::Kind::Io, QStringLiteral("Cannot write '%1': %2.").arg(path, reason)};
        }

        /// QSaveFile gives its temporary file the permissions of the file it replaces, and a new file's
        /// temporary is created with the umask's permissions before it could be changed. So the target is
        /// made owner-only first, or created so (an empty placeholder): the secrets never sit in a file
        /// someone else may open. Returns whether a placeholder was created.
        Result<bool> prepareTarget(const QString& path)
        {
            if (auto checked = OwnerOnlyFile::checkTarget(path); !checked) {
                return checked.error();
            }
            if (QFileInfo::exists(path)) {
                if (!QFile::setPermissions(path, OwnerOnly)) {
                    return cannotWrite(path, QStringLiteral("it cannot be made readable by you only"));
                }
                return false;
            }
            QFile placeholder(path);
            if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly)) {
                return cannotWrite(path, placeholder.errorString());
            }
            return true;
        }
    }

    Result<void> OwnerOnlyFile::checkTarget(const QString& path)
    {
        const QFileInfo info(path);
        if (info.isDir()) {
            return cannotWrite(path, QStringLiteral("it is a folder; give a file name"));
        }
        if (!QFileInfo(info.absolutePath()).isDir()) {
            return cannotWrite(
                path, QStringLiteral("the folder %1 does not exist; create it first").arg(info.absolutePath()));
        }
        return {};
    }

    Result<void> OwnerOnlyFile::write(const QString& path, const QByteArray& bytes)
    {
        auto created = prepareTarget(path);
        if (!created) {
            return created.error();
        }
        Result<void> outcome;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            outcome = cannotWrite(path, file.errorString());
        } else if (!file.setPermissions(OwnerOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            outcome = cannotWrite(path, file.errorString());
            file.cancelWriting();
        }
        if (!outcome && *created) {
            QFile::remove(path);
        }
        return outcome;
    }
}
