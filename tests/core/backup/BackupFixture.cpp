#include "BackupFixture.h"

#include "BackupFolder.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace tessera::test
{
    BackupFixture::BackupFixture()
        : folder(dir.dir.path() + QStringLiteral("/backups"))
    {
        EXPECT_TRUE(QDir().mkpath(folder));
        vault = createVault(dir.path(), vaultOptions());
        makeBackup();
    }

    BackupFixture::~BackupFixture()
    {
        backup.reset(); // before the vault it watches
    }

    VaultOptions BackupFixture::vaultOptions()
    {
        VaultOptions options;
        options.now = [this] { return now; };
        return options;
    }

    void BackupFixture::makeBackup(std::function<void(const QString&)> hook)
    {
        backup.reset();
        auto manual = std::make_unique<ManualBackupTimer>(&now);
        timer = manual.get();
        AutomaticBackup::Options options;
        options.now = [this] { return now; };
        options.timer = std::move(manual);
        options.afterCopyWritten = std::move(hook);
        backup = std::make_unique<AutomaticBackup>(*vault, folder, std::move(options));
    }

    void BackupFixture::advance(std::chrono::milliseconds step)
    {
        now += step.count();
        timer->poll();
    }

    QUuid BackupFixture::add(const QString& issuer, int seed)
    {
        auto id = vault->add(makeAccount(issuer, QStringLiteral("user"), seed));
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : QUuid();
    }

    QStringList BackupFixture::copyNames() const
    {
        QStringList names;
        for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
            if (BackupFolder::timeFromFileName(name)) {
                names.append(name);
            }
        }
        return names;
    }

    QStringList BackupFixture::allEntries() const
    {
        return QDir(folder).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    QList<BackupRecord> BackupFixture::automaticRecords() const
    {
        QList<BackupRecord> automatic;
        auto records = vault->backups();
        EXPECT_TRUE(records.ok());
        if (records.ok()) {
            for (const BackupRecord& record : *records) {
                if (record.isAutomatic()) {
                    automatic.append(record);
                }
            }
        }
        return automatic;
    }

    int fileMode(const QString& path)
    {
        struct stat info = {};
        EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
        return static_cast<int>(info.st_mode & 07777);
    }
}
