#include "AutomaticBackup.h"

#include "BackupFolder.h"
#include "BackupRetention.h"
#include "Random.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tessera
{
    namespace
    {
        const QString TemporaryPrefix = QStringLiteral(".tessera-backup-");
        const QString TemporarySuffix = QStringLiteral(".partial");
        /// Temporary files older than this are left-overs of a crash: retention removes them.
        constexpr qint64 StaleTemporaryMs = 24LL * 60 * 60 * 1000;

        /// What a file operation was doing when it failed.
        enum class FileStep
        {
            Creating,
            SettingPermissions,
            Writing,
            NamingBackup,
            RemovingOldBackup,
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
            case FileStep::Creating:
                return {QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "The disk is full: creating %1 failed."),
                    QT_TRANSLATE_NOOP(
                        "tessera::AutomaticBackup", "%1 is on a read-only file system: creating it is not possible."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "Permission denied: creating %1 is not allowed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "creating %1 failed: %2.")};
            case FileStep::SettingPermissions:
                return {QT_TRANSLATE_NOOP(
                            "tessera::AutomaticBackup", "The disk is full: setting the permissions of %1 failed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup",
                        "%1 is on a read-only file system: setting the permissions of it is not possible."),
                    QT_TRANSLATE_NOOP(
                        "tessera::AutomaticBackup", "Permission denied: setting the permissions of %1 is not allowed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "setting the permissions of %1 failed: %2.")};
            case FileStep::Writing:
                return {QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "The disk is full: writing %1 failed."),
                    QT_TRANSLATE_NOOP(
                        "tessera::AutomaticBackup", "%1 is on a read-only file system: writing it is not possible."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "Permission denied: writing %1 is not allowed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "writing %1 failed: %2.")};
            case FileStep::NamingBackup:
                return {QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "The disk is full: naming the backup %1 failed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup",
                        "%1 is on a read-only file system: naming the backup is not possible."),
                    QT_TRANSLATE_NOOP(
                        "tessera::AutomaticBackup", "Permission denied: naming the backup %1 is not allowed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "naming the backup %1 failed: %2.")};
            case FileStep::RemovingOldBackup:
                return {QT_TRANSLATE_NOOP(
                            "tessera::AutomaticBackup", "The disk is full: removing the old backup %1 failed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup",
                        "%1 is on a read-only file system: removing the old backup is not possible."),
                    QT_TRANSLATE_NOOP(
                        "tessera::AutomaticBackup", "Permission denied: removing the old backup %1 is not allowed."),
                    QT_TRANSLATE_NOOP("tessera::AutomaticBackup", "removing the old backup %1 failed: %2.")};
            }
            Q_UNREACHABLE();
        }

        QString translated(const char* text)
        {
            return QCoreApplication::translate("tessera::AutomaticBackup", text);
        }

        Error ioError(int error, FileStep step, const QString& path)
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
                return {
                    Error::Kind::Io, translated(text.failed).arg(path, QString::fromLocal8Bit(std::strerror(error)))};
            }
        }

        /// A new empty file, mode 0600 whatever the umask (VACUUM INTO keeps an empty file's mode).
        Result<void> createOwnerOnly(const QString& path)
        {
            const QByteArray native = QFile::encodeName(path);
            const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
            if (fd < 0) {
                return ioError(errno, FileStep::Creating, path);
            }
            if (::fchmod(fd, 0600) != 0) {
                const int error = errno;
                ::close(fd);
                ::unlink(native.constData());
                return ioError(error, FileStep::SettingPermissions, path);
            }
            ::close(fd);
            return {};
        }

        Result<void> syncFile(const QString& path)
        {
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            if (fd < 0) {
                return ioError(errno, FileStep::Writing, path);
            }
            if (::fsync(fd) != 0) {
                const int error = errno;
                ::close(fd);
                return ioError(error, FileStep::Writing, path);
            }
            ::close(fd);
            return {};
        }

        /// Makes a rename durable. Some file systems cannot sync a folder (EINVAL): nothing to do then.
        void syncFolder(const QString& folder)
        {
            const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (fd >= 0) {
                ::fsync(fd);
                ::close(fd);
            }
        }

        QString cleanAbsolute(const QString& path)
        {
            return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        }
    }

    AutomaticBackup::AutomaticBackup(Vault& vault, QString folder, QObject* parent)
        : AutomaticBackup(vault, std::move(folder), Options(), parent)
    { }

    AutomaticBackup::AutomaticBackup(Vault& vault, QString folder, Options options, QObject* parent)
        : QObject(parent)
        , m_vault(&vault)
        , m_folder(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
        , m_options(std::move(options))
    {
        if (!m_options.timer) {
            m_options.timer = BackupTimer::system();
        }
        connect(m_options.timer.get(), &BackupTimer::timeout, this, &AutomaticBackup::onTimeout);
        connect(&vault, &Vault::accountsChanged, this, &AutomaticBackup::noteChange);
        connect(&vault, &Vault::aboutToLock, this, [this] {
            if (m_pending) {
                if (auto flushed = run(true); !flushed) {
                    // Reported through backupFailed(); locking goes on.
                }
            }
        });
    }

    AutomaticBackup::~AutomaticBackup() = default;

    bool AutomaticBackup::isTimerActive() const
    {
        return m_options.timer->isActive();
    }

    qint64 AutomaticBackup::nowMs() const
    {
        return m_options.now ? m_options.now() : Clock::systemMilliseconds();
    }

    bool AutomaticBackup::inFolder(const QString& path) const
    {
        return QFileInfo(cleanAbsolute(path)).absolutePath() == m_folder;
    }

    void AutomaticBackup::noteChange()
    {
        if (m_running) {
            return; // a copy is being written; it includes this change
        }
        m_pending = true;
        m_options.timer->start(m_options.delay);
    }

    void AutomaticBackup::onTimeout()
    {
        if (m_vault.isNull() || !m_vault->isUnlocked()) {
            return; // stays pending: the next unlock reports every account as changed anyway
        }
        if (auto done = run(); !done) {
            // Reported through backupFailed(); the next change or flush() tries again.
        }
    }

    Result<std::optional<BackupRecord>> AutomaticBackup::flush()
    {
        if (!m_pending) {
            return std::optional<BackupRecord>();
        }
        return run();
    }

    Result<std::optional<BackupRecord>> AutomaticBackup::backUpNow()
    {
        return run();
    }

    Result<std::optional<BackupRecord>> AutomaticBackup::run(bool beforeLock)
    {
        if (m_running) {
            return std::optional<BackupRecord>();
        }
        m_running = true;
        auto running = qScopeGuard([this] { m_running = false; });
        m_options.timer->stop();

        const auto fail = [this](const Error& error) -> Result<std::optional<BackupRecord>> {
            emit backupFailed(error.message());
            return error;
        };
        if (m_vault.isNull() || !m_vault->isUnlocked()) {
            return fail(Error(Error::Kind::Conflict, tr("The vault is locked: no automatic backup was written.")));
        }
        // Changes by other processes belong in the copy, and decide whether one is needed.
        if (!beforeLock) {
            if (auto refreshed = m_vault->refresh(); !refreshed) {
                return fail(refreshed.error());
            }
        }
        if (m_vault->isReadOnly()) {
            return fail(Error(Error::Kind::Corrupt,
                tr("The vault has integrity problems, so no automatic backup was written (the copies "
                   "already in %1 are kept). Repair the vault or restore a backup first.")
                    .arg(m_folder)));
        }
        auto records = m_vault->backups();
        if (!records) {
            return fail(records.error());
        }
        const QHash<QUuid, quint64> current = m_vault->accountRevisions();
        for (const BackupRecord& record : std::as_const(*records)) {
            if (!record.isAutomatic() || !inFolder(record.location)) {
                continue;
            }
            // The newest automatic copy here: up to date when it holds exactly the current state.
            if (record.accountRevisions == current && QFileInfo::exists(record.location)) {
                m_pending = false;
                return std::optional<BackupRecord>();
            }
            break;
        }

        auto written = writeCopy();
        if (!written) {
            return fail(written.error());
        }
        m_pending = false;
        if (auto thinned = applyRetention(); !thinned) {
            emit backupFailed(thinned.error().message()); // the new copy itself is fine
        }
        emit backupWritten(*written);
        return std::optional<BackupRecord>(std::move(written).value());
    }

    Result<BackupRecord> AutomaticBackup::writeCopy()
    {
        if (!QFileInfo(m_folder).isDir()) {
            return Error(Error::Kind::Io,
                tr("The backup folder %1 does not exist (is its drive connected?): no automatic backup "
                   "was written.")
                    .arg(m_folder));
        }
        const QDir dir(m_folder);
        // A free name; two copies in the same millisecond get consecutive milliseconds.
        qint64 timeMs = nowMs();
        QString finalPath;
        for (int attempt = 0; attempt < 1000; ++attempt, ++timeMs) {
            const QString candidate
                = dir.absoluteFilePath(BackupFolder::fileName(QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC)));
            if (!QFileInfo::exists(candidate)) {
                finalPath = candidate;
                break;
            }
        }
        if (finalPath.isEmpty()) {
            return Error(Error::Kind::Conflict, tr("No free file name for a backup in %1.").arg(m_folder));
        }
        const QString temporary = dir.absoluteFilePath(
            TemporaryPrefix + QString::fromLatin1(Random::system().bytes(8).toHex()) + TemporarySuffix);
        if (auto created = createOwnerOnly(temporary); !created) {
            return created.error().withContext(tr("Writing an automatic backup"));
        }
        auto removeTemporary = qScopeGuard([&temporary] { ::unlink(QFile::encodeName(temporary).constData()); });

        if (auto copied = m_vault->writeCopy(temporary); !copied) {
            return copied.error();
        }
        if (auto synced = syncFile(temporary); !synced) {
            return synced.error().withContext(tr("Writing an automatic backup"));
        }
        if (m_options.afterCopyWritten) {
            m_options.afterCopyWritten(temporary);
        }
        auto report = m_vault->verifyCopy(temporary);
        if (!report) {
            return Error(report.error().kind(),
                tr("The automatic backup failed its check after writing and was removed: %1")
                    .arg(report.error().message()));
        }
        if (QFileInfo::exists(finalPath)) {
            return ioError(EEXIST, FileStep::NamingBackup, finalPath);
        }
        if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(finalPath).constData()) != 0) {
            return ioError(errno, FileStep::NamingBackup, finalPath);
        }
        removeTemporary.dismiss();
        syncFolder(m_folder);

        BackupRecord record;
        record.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
        record.kind = BackupKind::AutomaticCopy;
        record.location = finalPath;
        record.accountRevisions = report->accountRevisions;
        auto recorded = m_vault->recordBackup(record);
        if (!recorded) {
            return Error(recorded.error().kind(),
                tr("The automatic backup %1 was written and checked, but recording it in the vault "
                   "failed: %2")
                    .arg(finalPath, recorded.error().message()));
        }
        return recorded;
    }

    Result<QStringList> AutomaticBackup::applyRetention()
    {
        if (m_vault.isNull() || !m_vault->isUnlocked()) {
            return Error(Error::Kind::Conflict, tr("The vault is locked: old backups were not thinned out."));
        }
        const QUuid vaultId = m_vault->vaultId();
        auto found = BackupFolder::list(m_folder);
        if (!found) {
            return found.error();
        }
        QList<QString> paths;
        QList<BackupRetention::Copy> copies;
        for (const BackupFolder::Copy& copy : std::as_const(*found)) {
            auto contents = BackupFolder::contents(copy.path);
            if (!contents || contents->vaultId != vaultId) {
                continue; // another vault's copy, or unreadable: not ours to judge
            }
            paths.append(copy.path);
            copies.append({copy.time, contents->accounts});
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
        const QList<bool> keep = BackupRetention::keep(copies, now);
        QStringList removed;
        std::optional<Error> firstError;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (keep.at(i)) {
                continue;
            }
            if (::unlink(QFile::encodeName(paths.at(i)).constData()) != 0 && errno != ENOENT) {
                if (!firstError) {
                    firstError = ioError(errno, FileStep::RemovingOldBackup, paths.at(i));
                }
                continue;
            }
            removed.append(paths.at(i));
        }
        // Left-overs of an interrupted copy: the temporary file and the journal SQLite keeps beside it
        // while writing or checking it (BackupInterruptedTest).
        const QDir dir(m_folder);
        const QString temporary = TemporaryPrefix + QStringLiteral("*") + TemporarySuffix;
        for (const QFileInfo& info : dir.entryInfoList(
                 {temporary, temporary + QStringLiteral("-journal")}, QDir::Files | QDir::Hidden | QDir::System)) {
            if (nowMs() - info.lastModified().toMSecsSinceEpoch() > StaleTemporaryMs) {
                QFile::remove(info.absoluteFilePath());
            }
        }
        if (!removed.isEmpty()) {
            syncFolder(m_folder);
        }

        // Forget the records of this folder's copies that are gone (removed now or by hand).
        auto records = m_vault->backups();
        if (!records) {
            return records.error();
        }
        QList<QUuid> forget;
        for (const BackupRecord& record : std::as_const(*records)) {
            if (record.isAutomatic() && inFolder(record.location)
                && !QFileInfo::exists(cleanAbsolute(record.location))) {
                forget.append(record.id);
            }
        }
        if (!forget.isEmpty() && !m_vault->isReadOnly()) {
            if (auto forgotten = m_vault->forgetBackups(forget); !forgotten) {
                return forgotten.error();
            }
        }
        if (firstError) {
            return *firstError;
        }
        return removed;
    }
}
