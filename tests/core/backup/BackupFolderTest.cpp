#include "BackupFolder.h"
#include "BackupFixture.h"

#include <QDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace tessera;
using tessera::test::BackupFixture;
using tessera::test::VaultDir;

TEST(BackupFolder, NamesSortByTimeAndReadBack)
{
    const QDateTime time(QDate(2026, 3, 9), QTime(7, 5, 3, 42), Qt::UTC);
    EXPECT_EQ(BackupFolder::fileName(time), QStringLiteral("tessera-20260309-070503-042.tessera"));
    EXPECT_EQ(BackupFolder::timeFromFileName(BackupFolder::fileName(time)), time);
    // Local times are written in UTC.
    EXPECT_EQ(BackupFolder::fileName(time.toOffsetFromUtc(3600)), BackupFolder::fileName(time));

    QStringList names;
    QList<QDateTime> times;
    for (const qint64 ms : {1'000'000'000'000LL, 999'999'999'999LL, 1'767'225'600'000LL, 1'767'225'600'001LL}) {
        times.append(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        names.append(BackupFolder::fileName(times.last()));
    }
    names.sort();
    std::sort(times.begin(), times.end());
    for (qsizetype i = 0; i < names.size(); ++i) {
        EXPECT_EQ(BackupFolder::timeFromFileName(names.at(i)), times.at(i));
    }

    for (const QString& other : {QStringLiteral("vault.tessera"), QStringLiteral("tessera-20260309-070503.tessera"),
             QStringLiteral("tessera-20261309-070503-042.tessera"), QStringLiteral("tessera-20260309-070503-042.txt"),
             QStringLiteral(".tessera-backup-0011.partial")}) {
        EXPECT_FALSE(BackupFolder::timeFromFileName(other).has_value()) << other.toStdString();
    }
}

TEST(BackupFolder, ListingShowsEveryCopyAndItsCountsOnlyWithTheUnlockedVault)
{
    BackupFixture f;
    const QUuid a = f.add(QStringLiteral("GitHub"));
    f.add(QStringLiteral("Forge"), 2);
    ASSERT_TRUE(f.backup->backUpNow().ok());
    f.now += 60'000;
    ASSERT_TRUE(f.vault->moveToTrash(a).ok());
    ASSERT_TRUE(f.backup->backUpNow().ok());
    tessera::test::writeFile(QDir(f.folder).absoluteFilePath(QStringLiteral("readme.txt")), "not a copy");

    auto plain = BackupFolder::list(f.folder);
    ASSERT_TRUE(plain.ok());
    ASSERT_EQ(plain->size(), 2);
    EXPECT_GT(plain->first().time, plain->last().time) << "newest first";
    EXPECT_EQ(plain->first().time, QDateTime::fromMSecsSinceEpoch(f.now, Qt::UTC));
    EXPECT_GT(plain->first().sizeBytes, 0);
    EXPECT_FALSE(plain->first().accountCount.has_value()) << "no key, no count";
    EXPECT_TRUE(plain->first().problem.isEmpty());

    auto checked = BackupFolder::list(f.folder, f.vault.get());
    ASSERT_TRUE(checked.ok());
    ASSERT_EQ(checked->size(), 2);
    EXPECT_EQ(checked->at(0).accountCount, 1);
    EXPECT_EQ(checked->at(0).trashedCount, 1);
    EXPECT_EQ(checked->at(1).accountCount, 2);
    EXPECT_EQ(checked->at(1).trashedCount, 0);

    // Locked: listed, not counted. Another vault: listed with the reason.
    f.vault->lock();
    auto locked = BackupFolder::list(f.folder, f.vault.get());
    ASSERT_TRUE(locked.ok());
    EXPECT_FALSE(locked->first().accountCount.has_value());
    VaultDir otherDir;
    auto other = tessera::test::createVault(otherDir.path());
    ASSERT_TRUE(other);
    auto foreign = BackupFolder::list(f.folder, other.get());
    ASSERT_TRUE(foreign.ok());
    EXPECT_FALSE(foreign->first().accountCount.has_value());
    EXPECT_TRUE(foreign->first().problem.contains(QStringLiteral("another vault")));

    auto contents = BackupFolder::contents(foreign->last().path);
    ASSERT_TRUE(contents.ok());
    EXPECT_EQ(contents->accounts.size(), 2);
    EXPECT_FALSE(contents->vaultId.isNull());

    EXPECT_EQ(BackupFolder::list(f.folder + QStringLiteral("/missing")).error().kind(), Error::Kind::Io);
}
