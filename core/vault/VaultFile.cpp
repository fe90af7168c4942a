#include "VaultFile.h"

#include "VaultFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tessera
{
    namespace
    {
        const QByteArray SqliteMagic("SQLite format 3\0", 16);
        constexpr int HeaderBytes = 100;

        QString systemMessage(int error)
        {
            return QString::fromLocal8Bit(std::strerror(error));
        }

        /// What a file operation was doing when it failed.
        enum class FileStep
        {
            CreatingFolder,
            SettingPermissions,
            Reading,
            Creating,
        };

        /// The messages of one step as whole sentences, so that they translate as such: %1 is the path,
        /// %2 (in `failed`) the system's reason.
        struct FileStepMessages
        {
            const char* diskFull;
            const char* readOnly;
            const char* denied;
            const char* failed;
        };

        FileStepMessages messages(FileStep step)
        {
            switch (step) {
            case FileStep::CreatingFolder:
                return {QT_TRANSLATE_NOOP("tessera::VaultFile",
                            "The disk is full: creating the folder %1 failed. Free some space and try again."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile",
                        "%1 is on a read-only file system, so creating the folder is not possible."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile",
                        "Permission denied: creating the folder %1 is not allowed. Check the permissions of the file "
                        "and its folder."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile", "creating the folder %1 failed: %2.")};
            case FileStep::SettingPermissions:
                return {QT_TRANSLATE_NOOP("tessera::VaultFile",
                            "The disk is full: setting the permissions of %1 failed. Free some space and try again."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile",
                        "%1 is on a read-only file system, so setting its permissions is not possible."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile",
                        "Permission denied: setting the permissions of %1 is not allowed. Check the permissions of the "
                        "file and its folder."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile", "setting the permissions of %1 failed: %2.")};
            case FileStep::Reading:
                return {QT_TRANSLATE_NOOP("tessera::VaultFile",
                            "The disk is full: reading %1 failed. Free some space and try again."),
                    QT_TRANSLATE_NOOP(
                        "tessera::VaultFile", "%1 is on a read-only file system, so reading is not possible."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile",
                        "Permission denied: reading %1 is not allowed. Check the permissions of the file and its "
                        "folder."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile", "reading %1 failed: %2.")};
            case FileStep::Creating:
                return {QT_TRANSLATE_NOOP("tessera::VaultFile",
                            "The disk is full: creating %1 failed. Free some space and try again."),
                    QT_TRANSLATE_NOOP(
                        "tessera::VaultFile", "%1 is on a read-only file system, so creating is not possible."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile",
                        "Permission denied: creating %1 is not allowed. Check the permissions of the file and its "
                        "folder."),
                    QT_TRANSLATE_NOOP("tessera::VaultFile", "creating %1 failed: %2.")};
            }
            Q_UNREACHABLE();
        }

        QString translated(const char* text)
        {
            return QCoreApplication::translate("tessera::VaultFile", text);
        }

        Error ioError(int error, const QString& path, FileStep step)
        {
            const FileStepMessages text = messages(step);
            switch (error) {
            case ENOSPC:
            case EDQUOT:
                return {Error::Kind::Io, translated(text.diskFull).arg(path)};
            case EROFS:
                return {Error::Kind::Io, translated(text.readOnly).arg(path)};
            case EACCES:
            case EPERM:
                return {Error::Kind::Io, translated(text.denied).arg(path)};
            default:
                return {Error::Kind::Io, translated(text.failed).arg(path, systemMessage(error))};
            }
        }

        /// mkdir -p with mode 0700 for every folder it creates (chmod after mkdir, so the umask
        /// cannot widen or narrow it).
        Result<void> makeFolders(const QString& folder)
        {
            const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
            QStringList missing;
            QString current = absolute;
            while (!current.isEmpty() && !QFileInfo::exists(current)) {
                missing.prepend(current);
                const QString parent = QFileInfo(current).path();
                if (parent == current) {
                    break;
                }
                current = parent;
            }
            if (!current.isEmpty() && QFileInfo::exists(current) && !QFileInfo(current).isDir()) {
                return Error(Error::Kind::Io,
                    QCoreApplication::translate(
                        "tessera::VaultFile", "%1 is a file, so the vault's folder cannot be created inside it.")
                        .arg(current));
            }
            for (const QString& path : missing) {
                const QByteArray native = QFile::encodeName(path);
                if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
                    return ioError(errno, path, FileStep::CreatingFolder);
                }
                if (::chmod(native.constData(), 0700) != 0) {
                    return ioError(errno, path, FileStep::SettingPermissions);
                }
            }
            return {};
        }
    }

    QString VaultFile::defaultPath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/tessera/vault.tessera");
    }

    bool VaultFile::exists(const QString& path)
    {
        return QFileInfo::exists(path);
    }

    QString VaultFile::folderOf(const QString& path)
    {
        return QFileInfo(path).absolutePath();
    }

    Result<void> VaultFile::probe(const QString& path)
    {
        const QByteArray native = QFile::encodeName(path);
        struct stat info = {};
        if (::stat(native.constData(), &info) != 0) {
            if (errno == ENOENT || errno == ENOTDIR) {
                return Error(Error::Kind::Io, tr("There is no vault at %1.").arg(path));
            }
            return ioError(errno, path, FileStep::Reading);
        }
        if (S_ISDIR(info.st_mode)) {
            return Error(Error::Kind::Io, tr("%1 is a folder, not a vault file.").arg(path));
        }
        if (!S_ISREG(info.st_mode)) {
            return Error(Error::Kind::InvalidInput, tr("%1 is not a regular file.").arg(path));
        }
        const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            return ioError(errno, path, FileStep::Reading);
        }
        QByteArray header(HeaderBytes, '\0');
        qsizetype got = 0;
        while (got < HeaderBytes) {
            const ssize_t n = ::read(fd, header.data() + got, static_cast<std::size_t>(HeaderBytes - got));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0) {
                const int error = errno;
                ::close(fd);
                return ioError(error, path, FileStep::Reading);
            }
            if (n == 0) {
                break;
            }
            got += n;
        }
        ::close(fd);
        header.truncate(got);
        const auto size = static_cast<quint64>(info.st_size);

        const Error truncated(Error::Kind::Corrupt,
            tr("The vault file %1 is truncated (%2 bytes): part of it is missing. Restore it from a "
               "backup.")
                .arg(path)
                .arg(size));
        if (size == 0) {
            return Error(Error::Kind::Corrupt,
                tr("The vault file %1 is empty: it was truncated. Restore it from a backup.").arg(path));
        }
        const qsizetype compared = std::min<qsizetype>(header.size(), SqliteMagic.size());
        if (header.left(compared) != SqliteMagic.left(compared)) {
            return Error(Error::Kind::InvalidInput, tr("%1 is not a Tessera vault.").arg(path));
        }
        if (header.size() < HeaderBytes) {
            return truncated;
        }
        const quint32 applicationId = VaultFormat::readUint32(header.constData() + 68);
        if (applicationId != VaultFormat::ApplicationId) {
            return Error(Error::Kind::InvalidInput,
                tr("%1 is not a Tessera vault (it is a database of another program).").arg(path));
        }
        quint32 pageSize = VaultFormat::readUint16(header.constData() + 16);
        if (pageSize == 1) {
            pageSize = 65536;
        }
        if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
            return Error(Error::Kind::Corrupt,
                tr("The vault file %1 is damaged (its header is invalid). Restore it from a backup.").arg(path));
        }
        // An interrupted transaction leaves a hot journal that SQLite rolls back on the next read;
        // until then the file's size may legitimately disagree with its header.
        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
            return {};
        }
        const quint32 changeCounter = VaultFormat::readUint32(header.constData() + 24);
        const quint32 pageCount = VaultFormat::readUint32(header.constData() + 28);
        const quint32 validFor = VaultFormat::readUint32(header.constData() + 92);
        if (size % pageSize != 0) {
            return truncated;
        }
        if (validFor == changeCounter && pageCount != 0 && size < static_cast<quint64>(pageCount) * pageSize) {
            return truncated;
        }
        return {};
    }

    Result<void> VaultFile::createExclusive(const QString& path)
    {
        if (auto folders = makeFolders(folderOf(path)); !folders) {
            return folders.error();
        }
        const QByteArray native = QFile::encodeName(path);
        const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            if (errno == EEXIST) {
                return Error(
                    Error::Kind::Conflict, tr("%1 already exists; Tessera never overwrites a vault.").arg(path));
            }
            return ioError(errno, path, FileStep::Creating);
        }
        if (::fchmod(fd, 0600) != 0) {
            const int error = errno;
            ::close(fd);
            ::unlink(native.constData());
            return ioError(error, path, FileStep::SettingPermissions);
        }
        ::close(fd);
        return {};
    }

    void VaultFile::removeCreated(const QString& path)
    {
        for (const QString& file : QStringList{path, path + QStringLiteral("-journal")}) {
            ::unlink(QFile::encodeName(file).constData());
        }
    }

    Result<VaultFile::Identity> VaultFile::identity(const QString& path)
    {
        struct stat info = {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
            if (errno == ENOENT || errno == ENOTDIR) {
                return Error(
                    Error::Kind::Io, tr("The vault file %1 was moved or deleted while it was open.").arg(path));
            }
            return ioError(errno, path, FileStep::Reading);
        }
        return Identity{static_cast<quint64>(info.st_dev), static_cast<quint64>(info.st_ino)};
    }
}
