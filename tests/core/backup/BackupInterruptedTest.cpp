// Automatic backups killed half-way (SIGKILL at random moments while a copy is written, checked and
// renamed into place): the vault is never harmed, every copy under its final name is whole and opens,
// the backup list shows only those, and the left-over temporary files are removed by the next retention
// once they are a day old.
#include "AutomaticBackup.h"
#include "BackupFolder.h"
#include "BackupRestore.h"
#include "Vault.h"
#include "VaultTestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    /// 10 kills per push; TESSERA_CRASH_ROUNDS / 5 in the long run (100).
    int rounds()
    {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("TESSERA_CRASH_ROUNDS", &ok);
        return std::max(ok && fromEnvironment > 0 ? fromEnvironment / 5 : 10, 3);
    }

    bool isTemporary(const QString& name)
    {
        // The temporary copy, and the journal SQLite keeps beside it while writing or checking it.
        return name.startsWith(QStringLiteral(".tessera-backup-"))
            && (name.endsWith(QStringLiteral(".partial")) || name.endsWith(QStringLiteral(".partial-journal")));
    }
}

TEST(BackupInterrupted, KilledCopiesLeaveTheVaultAndEveryFinishedCopyWhole)
{
    VaultDir dir;
    const QString path = dir.path();
    const QString folder = dir.path(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(tessera::test::createVault(path));
    QRandomGenerator random(20240303);
    int reported = 0;
    int interrupted = 0;
    QSet<QString> temporaries;
    const int total = rounds();
    for (int round = 0; round < total; ++round) {
        const std::string where = "round " + std::to_string(round);
        QProcess writer;
        writer.start(QStringLiteral(TESSERA_BACKUP_CRASH_WRITER),
            {path, folder, tessera::test::testPassword(), QString::number(round + 1)});
        ASSERT_TRUE(writer.waitForStarted(10000));
        QByteArray output;
        while (!output.contains("ready\n")) {
            ASSERT_TRUE(writer.waitForReadyRead(10000)) << where << ": " << writer.readAllStandardError().constData();
            output += writer.readAllStandardOutput();
        }
        QThread::msleep(random.bounded(5, 250));
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(10000));
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << where << ": the writer stopped by itself: " << writer.readAllStandardError().constData();
        output += writer.readAllStandardOutput();
        for (const QByteArray& line : output.split('\n')) {
            if (line.startsWith("backup ")) {
                ++reported;
                // Retention may have thinned it out since; if it is there, it is whole (checked below).
            }
        }

        auto vault = tessera::test::openVault(path);
        ASSERT_TRUE(vault) << where;
        ASSERT_TRUE(vault->integrityIssues().isEmpty()) << where;

        int copies = 0;
        const QStringList entries = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString& name : entries) {
            if (isTemporary(name)) {
                continue;
            }
            ASSERT_TRUE(BackupFolder::timeFromFileName(name).has_value())
                << where << ": unexpected file " << name.toStdString();
            auto copy = BackupRestore::openCopy(QDir(folder).absoluteFilePath(name));
            ASSERT_TRUE(copy) << where;
            auto unlocked = copy->unlock(Credential::password(tessera::test::testPassword()));
            ASSERT_TRUE(unlocked.ok()) << where << ": " << name.toStdString() << ": "
                                       << unlocked.error().message().toStdString();
            EXPECT_TRUE(copy->integrityIssues().isEmpty()) << where << ": " << name.toStdString();
            ++copies;
        }
        for (const QString& name : entries) {
            if (isTemporary(name) && !temporaries.contains(name)) {
                temporaries.insert(name);
                ++interrupted;
            }
        }
        auto listed = BackupFolder::list(folder);
        ASSERT_TRUE(listed.ok()) << where << ": " << listed.error().message().toStdString();
        EXPECT_EQ(listed->size(), copies) << where << ": the list shows something that is not a whole copy";
    }
    EXPECT_GT(reported, 0) << "no copy was ever finished: the kills came too early to test anything";

    // A day later the next retention removes the left-overs of the interrupted copies.
    auto vault = tessera::test::openVault(path);
    ASSERT_TRUE(vault);
    AutomaticBackup::Options options;
    options.now = [] { return QDateTime::currentMSecsSinceEpoch() + 25LL * 60 * 60 * 1000; };
    AutomaticBackup backup(*vault, folder, std::move(options));
    auto retention = backup.applyRetention();
    ASSERT_TRUE(retention.ok()) << retention.error().message().toStdString();
    const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    EXPECT_TRUE(std::none_of(left.cbegin(), left.cend(), isTemporary)) << left.join(u' ').toStdString();
    std::cout << "interrupted backups: " << total << " kills, " << reported << " copies finished, " << interrupted
              << " kills left a temporary file behind" << std::endl;
}
