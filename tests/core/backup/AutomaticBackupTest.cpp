#include "AutomaticBackup.h"
#include "BackupFixture.h"
#include "BackupFolder.h"
#include "BackupRestore.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <chrono>

#include <sys/stat.h>

using namespace tessera;
using namespace std::chrono_literals;
using tessera::test::BackupFixture;

TEST(AutomaticBackup, ACopyFollowsTwoMinutesAfterTheLastChange)
{
    BackupFixture f;
    QSignalSpy written(f.backup.get(), &AutomaticBackup::backupWritten);
    EXPECT_FALSE(f.backup->isPending()) << "creating the vault is not a change of accounts";
    EXPECT_EQ(f.backup->delay(), std::chrono::milliseconds(2min));

    const QUuid a = f.add(QStringLiteral("GitHub"), 1);
    EXPECT_TRUE(f.backup->isPending());
    EXPECT_TRUE(f.backup->isTimerActive());
    f.advance(90s);
    EXPECT_TRUE(f.copyNames().isEmpty());

    // Another change restarts the wait.
    const QUuid b = f.add(QStringLiteral("Forge"), 2);
    f.advance(90s);
    EXPECT_TRUE(f.copyNames().isEmpty()) << "only 90 s after the last change";
    f.advance(30s);
    ASSERT_EQ(f.copyNames().size(), 1);
    EXPECT_EQ(written.count(), 1);
    EXPECT_FALSE(f.backup->isPending());
    EXPECT_FALSE(f.backup->isTimerActive()) << "recording the copy is not a change that starts another";

    const auto records = f.automaticRecords();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records.first().accountRevisions, (QHash<QUuid, quint64>{{a, 1}, {b, 1}}));
    EXPECT_EQ(records.first().time, QDateTime::fromMSecsSinceEpoch(BackupFixture::Start + 210'000, Qt::UTC));
    EXPECT_EQ(written.first().first().value<BackupRecord>(), records.first());
    EXPECT_EQ(f.vault->backupStatus(a).value().lastBackup->id, records.first().id);

    // Quiet for an hour: nothing more.
    f.advance(60min);
    EXPECT_EQ(f.copyNames().size(), 1);
}

TEST(AutomaticBackup, FlushWritesThePendingCopyAtOnceAndLockingFlushes)
{
    BackupFixture f;
    EXPECT_FALSE(f.backup->flush().value().has_value()) << "nothing pending";
    EXPECT_TRUE(f.copyNames().isEmpty());

    f.add(QStringLiteral("GitHub"));
    auto flushed = f.backup->flush();
    ASSERT_TRUE(flushed.ok()) << flushed.error().message().toStdString();
    ASSERT_TRUE(flushed->has_value());
    EXPECT_EQ(f.copyNames().size(), 1);
    EXPECT_FALSE(f.backup->isTimerActive());
    EXPECT_FALSE(f.backup->flush().value().has_value());

    // A change, then the vault locks before the two minutes are up: the copy is written first.
    f.now += 1000;
    f.add(QStringLiteral("Forge"), 2);
    f.vault->lock();
    EXPECT_EQ(f.copyNames().size(), 2);
    EXPECT_FALSE(f.backup->isPending());

    // Unlocking announces every account, but the newest copy already holds them: no new copy.
    f.now += 1000;
    ASSERT_TRUE(f.vault->unlock(Credential::password(tessera::test::testPassword())).ok());
    EXPECT_TRUE(f.backup->isPending());
    auto again = f.backup->flush();
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->has_value());
    EXPECT_EQ(f.copyNames().size(), 2);
    EXPECT_FALSE(f.backup->isPending());

    // backUpNow() writes whenever the accounts differ from the newest copy.
    f.now += 1000;
    ASSERT_TRUE(f.vault->modify(f.vault->accounts().first().id, [](Account& a) { a.note = QStringLiteral("x"); }).ok());
    f.timer->stop();
    EXPECT_TRUE(f.backup->backUpNow().value().has_value());
    EXPECT_EQ(f.copyNames().size(), 3);
}

TEST(AutomaticBackup, CopiesAreOwnerOnlyRenamedIntoPlaceAndNamedByTime)
{
    const mode_t previous = ::umask(0); // the copy is 0600 whatever the umask
    auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
    BackupFixture f;
    QString seenTemporary;
    qsizetype copiesBefore = 0;
    f.makeBackup([&](const QString& temporary) {
        seenTemporary = temporary;
        // Before the check: a hidden temporary file in the target folder, the final name not there yet.
        EXPECT_EQ(QFileInfo(temporary).absolutePath(), QDir(f.folder).absolutePath());
        EXPECT_TRUE(QFileInfo(temporary).fileName().startsWith(QLatin1Char('.')));
        EXPECT_EQ(tessera::test::fileMode(temporary), 0600);
        EXPECT_EQ(f.copyNames().size(), copiesBefore);
    });
    const QUuid a = f.add(QStringLiteral("GitHub"));
    f.now = BackupFixture::Start + 123'456;
    auto written = f.backup->backUpNow();
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    ASSERT_TRUE(written->has_value());

    EXPECT_FALSE(seenTemporary.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(seenTemporary));
    const QString name
        = BackupFolder::fileName(QDateTime::fromMSecsSinceEpoch(BackupFixture::Start + 123'456, Qt::UTC));
    EXPECT_EQ(name, QStringLiteral("tessera-20260101-000203-456.tessera"));
    EXPECT_EQ(f.allEntries(), QStringList{name}) << "no temporary or journal file is left";
    const QString path = QDir(f.folder).absoluteFilePath(name);
    EXPECT_EQ(tessera::test::fileMode(path), 0600);
    EXPECT_EQ((*written)->location, path);
    EXPECT_EQ((*written)->time, BackupFolder::timeFromFileName(name));

    // The copy is a vault that opens with the password, holding the account.
    auto copy = BackupRestore::openCopy(path);
    ASSERT_TRUE(copy->unlock(Credential::password(tessera::test::testPassword())).ok());
    EXPECT_EQ(copy->account(a).value(), f.vault->account(a).value());

    // Two copies in the same millisecond get distinct names.
    copiesBefore = 1;
    ASSERT_TRUE(f.vault->modify(a, [](Account& account) { account.note = QStringLiteral("n"); }).ok());
    auto second = f.backup->backUpNow();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(f.copyNames().size(), 2);
    EXPECT_EQ((*second)->time, (*written)->time.addMSecs(1));
}

TEST(AutomaticBackup, ACopyThatFailsItsCheckIsRemovedAndNotRecorded)
{
    BackupFixture f;
    const QUuid a = f.add(QStringLiteral("GitHub"));
    f.makeBackup([&a](const QString& temporary) {
        // The copy on disk differs from what was written: one account's ciphertext is damaged.
        tessera::test::execSql(temporary,
            QStringLiteral("UPDATE accounts SET ciphertext = zeroblob(length(ciphertext)) WHERE hex(uuid) = '%1'")
                .arg(QString::fromLatin1(a.toRfc4122().toHex().toUpper())));
    });
    QSignalSpy failedNow(f.backup.get(), &AutomaticBackup::backupFailed);
    f.backup->noteChange();
    auto result = f.backup->flush();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), Error::Kind::Corrupt);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("failed its check")))
        << result.error().message().toStdString();
    EXPECT_TRUE(f.allEntries().isEmpty()) << f.allEntries().join(u' ').toStdString();
    EXPECT_TRUE(f.automaticRecords().isEmpty());
    EXPECT_EQ(failedNow.count(), 1);
    EXPECT_TRUE(f.backup->isPending()) << "tried again with the next change or flush";

    // A truncated copy fails the same way.
    f.makeBackup([](const QString& temporary) {
        QFile file(temporary);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(file.size() / 2));
    });
    f.backup->noteChange();
    EXPECT_FALSE(f.backup->flush().ok());
    EXPECT_TRUE(f.allEntries().isEmpty());
    EXPECT_TRUE(f.automaticRecords().isEmpty());

    // Without the damage it works.
    f.makeBackup();
    EXPECT_TRUE(f.backup->backUpNow().ok());
    EXPECT_EQ(f.copyNames().size(), 1);
}

TEST(AutomaticBackup, AMissingFolderIsAnErrorAndIsNeverCreated)
{
    BackupFixture f;
    ASSERT_TRUE(QDir(f.folder).removeRecursively());
    f.add(QStringLiteral("GitHub"));
    QSignalSpy failed(f.backup.get(), &AutomaticBackup::backupFailed);
    f.advance(2min);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.first().first().toString().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(f.folder));
    EXPECT_TRUE(f.backup->isPending());
    auto flushed = f.backup->flush();
    ASSERT_FALSE(flushed.ok());
    EXPECT_EQ(flushed.error().kind(), Error::Kind::Io);
    EXPECT_TRUE(f.automaticRecords().isEmpty());
}

TEST(AutomaticBackup, NothingIsCopiedFromAVaultWithIntegrityProblems)
{
    BackupFixture f;
    const QUuid a = f.add(QStringLiteral("GitHub"));
    f.add(QStringLiteral("Forge"), 2);
    ASSERT_TRUE(f.backup->backUpNow().ok());
    f.backup.reset();
    f.vault->lock();
    // A row deleted outside Tessera: the vault opens read-only with a finding.
    tessera::test::execSql(f.dir.path(),
        QStringLiteral("DELETE FROM accounts WHERE hex(uuid) = '%1'")
            .arg(QString::fromLatin1(a.toRfc4122().toHex().toUpper())));
    f.vault = tessera::test::openVault(f.dir.path(), f.vaultOptions());
    ASSERT_TRUE(f.vault);
    ASSERT_TRUE(f.vault->isReadOnly());
    f.makeBackup();
    auto result = f.backup->backUpNow();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), Error::Kind::Corrupt);
    EXPECT_EQ(f.copyNames().size(), 1) << "the good copy stays, no damaged one joins it";
}

TEST(AutomaticBackup, ChangesByAnotherProcessAreInTheCopy)
{
    BackupFixture f;
    f.add(QStringLiteral("GitHub"));
    auto other = tessera::test::openVault(f.dir.path(), f.vaultOptions());
    ASSERT_TRUE(other);
    const QUuid fromOther
        = other->add(tessera::test::makeAccount(QStringLiteral("Other"), QStringLiteral("o"), 9)).value();
    auto written = f.backup->backUpNow();
    ASSERT_TRUE(written.ok());
    ASSERT_TRUE(written->has_value());
    EXPECT_TRUE((*written)->contains(fromOther));
}
