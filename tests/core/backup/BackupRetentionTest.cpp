#include "BackupRetention.h"
#include "BackupFixture.h"
#include "BackupFolder.h"

#include <QDir>
#include <QFile>
#include <QHash>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>

using namespace tessera;
using namespace std::chrono_literals;
using tessera::test::BackupFixture;
using tessera::test::VaultDir;

namespace
{
    constexpr qint64 MinuteMs = 60'000;
    constexpr qint64 HourMs = 60 * MinuteMs;
    constexpr qint64 DayMs = 24 * HourMs;
    constexpr qint64 HorizonMs = BackupRetention::WeeklyWeeks * 7 * DayMs;

    QDateTime at(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }

    qint64 weekOf(qint64 ms)
    {
        return (ms / DayMs + 3) / 7; // weeks from Monday (1970-01-01 was a Thursday)
    }

    QList<BackupRetention::Copy> prune(const QList<BackupRetention::Copy>& copies, qint64 now)
    {
        const QList<bool> keep = BackupRetention::keep(copies, at(now));
        QList<BackupRetention::Copy> kept;
        for (qsizetype i = 0; i < copies.size(); ++i) {
            if (keep.at(i)) {
                kept.append(copies.at(i));
            }
        }
        return kept;
    }
}

TEST(BackupRetention, TheRulesOneByOne)
{
    const qint64 now = 1'767'225'600'000; // 2026-01-01 00:00 UTC, a Thursday
    EXPECT_TRUE(BackupRetention::keep({}, at(now)).isEmpty());

    // The newest copy is kept however old it is; anything older than six months goes.
    EXPECT_EQ(BackupRetention::keep({{at(now - 400 * DayMs), {}}, {at(now - 300 * DayMs), {}}}, at(now)),
        (QList<bool>{false, true}));

    // All 20 newest of the last 48 hours, no more (and the daily rule keeps each day's newest).
    QList<BackupRetention::Copy> recent;
    for (int i = 0; i < 30; ++i) {
        recent.append({at(now - 1 * HourMs - i * MinuteMs), {}}); // all on 2025-12-31
    }
    const QList<bool> recentKept = BackupRetention::keep(recent, at(now));
    EXPECT_EQ(std::count(recentKept.cbegin(), recentKept.cend(), true), 20);
    for (int i = 0; i < 20; ++i) {
        EXPECT_TRUE(recentKept.at(i)) << i;
    }

    // Older than 48 hours: one a day (the newest of the day) for 30 days.
    QList<BackupRetention::Copy> days;
    for (int day = 3; day < 40; ++day) {
        days.append({at(now - day * DayMs + 2 * HourMs), {}}); // 22:00 of that day
        days.append({at(now - day * DayMs + 1 * HourMs), {}}); // 21:00 of the same day
    }
    const QList<bool> daysKept = BackupRetention::keep(days, at(now));
    for (int day = 3; day < 40; ++day) {
        const auto index = static_cast<qsizetype>((day - 3) * 2);
        if (day < 30) {
            EXPECT_TRUE(daysKept.at(index)) << day;
            EXPECT_FALSE(daysKept.at(index + 1)) << day;
        }
    }

    // A deleted account's last copy: kept until it is six months old, even beyond the weekly rule.
    const QUuid gone = QUuid::createUuid();
    const QUuid stays = QUuid::createUuid();
    QList<BackupRetention::Copy> deleted{
        {at(now - 100 * DayMs - 2 * HourMs), {gone, stays}},
        {at(now - 100 * DayMs - 1 * HourMs), {gone, stays}}, // the newest copy with `gone`
        {at(now - 100 * DayMs), {stays}},                    // same week, newer: the weekly rule keeps this one
        {at(now), {stays}},
    };
    EXPECT_EQ(BackupRetention::keep(deleted, at(now)), (QList<bool>{false, true, true, true}));
    EXPECT_EQ(
        BackupRetention::keep(deleted, at(now - 100 * DayMs + HorizonMs + 1)), (QList<bool>{false, false, false, true}))
        << "after six months even that copy goes";
}

TEST(BackupRetention, AYearOfBackups)
{
    // A year of copies: three on ordinary days, a burst of 25 (two minutes apart) every Monday,
    // none on some days. Retention runs after every copy, as AutomaticBackup does.
    const qint64 start = 1'735'689'600'000; // 2025-01-01 00:00 UTC
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const QUuid x = QUuid::createUuid(); // exists on days 100 and 101 only
    const QUuid y = QUuid::createUuid(); // exists from day 300 to day 339
    const QUuid z = QUuid::createUuid(); // exists in one single copy on day 360

    QList<BackupRetention::Copy> kept;
    QList<qint64> made;
    QHash<QUuid, qint64> newestWith; // account → time of the newest copy ever made holding it
    qint64 now = start;
    qint64 lastXCheck = 0;
    const auto makeCopy = [&](qint64 time, int day, bool withZ) {
        now = time;
        QSet<QUuid> accounts{a};
        if (day >= 50) {
            accounts.insert(b);
        }
        if (day == 100 || day == 101) {
            accounts.insert(x);
        }
        if (day >= 300 && day < 340) {
            accounts.insert(y);
        }
        if (withZ) {
            accounts.insert(z);
        }
        for (const QUuid& id : accounts) {
            newestWith.insert(id, time);
        }
        made.append(time);
        kept.append({at(time), accounts});
        kept = prune(kept, now);

        // The promise, after every run: each account's newest copy survives while it is younger
        // than six months, whatever came after it.
        for (auto it = newestWith.cbegin(); it != newestWith.cend(); ++it) {
            if (now - it.value() >= HorizonMs) {
                continue;
            }
            const bool present = std::any_of(kept.cbegin(), kept.cend(), [&](const BackupRetention::Copy& copy) {
                return copy.time == at(it.value()) && copy.accounts.contains(it.key());
            });
            ASSERT_TRUE(present) << "day " << day << ": the last copy of an account was dropped";
        }
        if (day == 250 && lastXCheck == 0) {
            lastXCheck = now;
            EXPECT_TRUE(std::any_of(kept.cbegin(), kept.cend(), [&](const BackupRetention::Copy& copy) {
                return copy.accounts.contains(x);
            })) << "x was deleted 150 days ago: its last copy is still there";
        }
    };

    for (int day = 0; day < 365; ++day) {
        const qint64 midnight = start + day * DayMs;
        if (day % 11 == 5) {
            continue; // a day without changes
        }
        if (weekOf(midnight) * 7 - 3 == midnight / DayMs) { // a Monday
            for (int i = 0; i < 25; ++i) {
                makeCopy(midnight + 8 * HourMs + i * 2 * MinuteMs, day, false);
            }
        }
        makeCopy(midnight + 9 * HourMs, day, false);
        makeCopy(midnight + 13 * HourMs + 30 * MinuteMs, day, day == 360);
        makeCopy(midnight + 18 * HourMs + 45 * MinuteMs, day, false);
    }
    ASSERT_GT(made.size(), 1300);

    // What is left at the end of the year.
    QList<qint64> times;
    for (const auto& copy : std::as_const(kept)) {
        times.append(copy.time.toMSecsSinceEpoch());
    }
    std::sort(times.begin(), times.end(), std::greater<>());
    EXPECT_EQ(times.first(), made.last()) << "the newest copy";
    EXPECT_LE(times.size(), BackupRetention::RecentMax + BackupRetention::DailyDays + BackupRetention::WeeklyWeeks + 4);

    // Every copy of the last 48 hours, up to 20.
    const auto recentMade = std::count_if(made.cbegin(), made.cend(), [&](qint64 t) { return now - t < 48 * HourMs; });
    const auto recentKept
        = std::count_if(times.cbegin(), times.cend(), [&](qint64 t) { return now - t < 48 * HourMs; });
    EXPECT_EQ(recentKept, std::min<qint64>(recentMade, BackupRetention::RecentMax));

    // The newest copy of each of the last 30 days that had copies, and never two from one day
    // older than 48 hours (but a deleted account's last copy).
    QHash<qint64, qint64> newestOfDay;
    QHash<qint64, qint64> newestOfWeek;
    for (const qint64 t : made) {
        newestOfDay[t / DayMs] = std::max(newestOfDay.value(t / DayMs), t);
        newestOfWeek[weekOf(t)] = std::max(newestOfWeek.value(weekOf(t)), t);
    }
    for (auto it = newestOfDay.cbegin(); it != newestOfDay.cend(); ++it) {
        if (now - it.value() < BackupRetention::DailyDays * DayMs) {
            EXPECT_TRUE(times.contains(it.value())) << "day " << it.key();
        }
    }
    for (auto it = newestOfWeek.cbegin(); it != newestOfWeek.cend(); ++it) {
        if (now - it.value() < HorizonMs) {
            EXPECT_TRUE(times.contains(it.value())) << "week " << it.key();
        }
    }
    QHash<qint64, int> perOldDay;
    for (const qint64 t : std::as_const(times)) {
        if (now - t >= 48 * HourMs) {
            ++perOldDay[t / DayMs];
        }
    }
    for (auto it = perOldDay.cbegin(); it != perOldDay.cend(); ++it) {
        EXPECT_LE(it.value(), 2) << "day " << it.key();
    }

    // Nothing older than six months; x (deleted on day 102) is gone, y and z are still there.
    for (const qint64 t : std::as_const(times)) {
        EXPECT_LT(now - t, HorizonMs);
    }
    const auto holding = [&kept](const QUuid& id) {
        return std::count_if(kept.cbegin(), kept.cend(),
            [&id](const BackupRetention::Copy& copy) { return copy.accounts.contains(id); });
    };
    EXPECT_EQ(holding(x), 0);
    EXPECT_GE(holding(y), 1);
    EXPECT_EQ(holding(z), 1) << "the only copy that ever held z";
    EXPECT_NE(lastXCheck, 0);
}

TEST(BackupRetention, TheFolderIsThinnedOutAndOnlyThisVaultsCopiesAreTouched)
{
    BackupFixture f;
    // Things in the folder that are not this vault's copies.
    const QString notes = QDir(f.folder).absoluteFilePath(QStringLiteral("notes.txt"));
    tessera::test::writeFile(notes, "keep me");
    VaultDir otherDir;
    auto other = tessera::test::createVault(otherDir.path());
    ASSERT_TRUE(other);
    const QString foreign = QDir(f.folder).absoluteFilePath(
        BackupFolder::fileName(QDateTime::fromMSecsSinceEpoch(BackupFixture::Start - 400 * DayMs, Qt::UTC)));
    ASSERT_TRUE(other->writeCopy(foreign).ok());

    // Twenty days, a change and a copy every eight hours; one account lives only on day 3.
    const QUuid a = f.add(QStringLiteral("GitHub"));
    QUuid shortLived;
    for (int step = 0; step < 20 * 3; ++step) {
        f.now += 8 * HourMs;
        if (step == 9) {
            shortLived = f.add(QStringLiteral("Short"), 7);
        } else if (step == 11) {
            ASSERT_TRUE(f.vault->purge(shortLived).ok());
        } else {
            ASSERT_TRUE(f.vault->modify(a, [step](Account& account) { account.note = QString::number(step); }).ok());
        }
        auto written = f.backup->backUpNow();
        ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    }
    const QStringList names = f.copyNames();
    EXPECT_LE(names.size(), 30) << "from 60 copies";
    EXPECT_GE(names.size(), 22) << "one a day, all of the last 48 hours, and the other vault's copy";
    EXPECT_TRUE(QFile::exists(notes));
    EXPECT_TRUE(QFile::exists(foreign)) << "another vault's copy is not ours to delete";

    // The records follow the files: one per copy of this vault that is still there.
    const auto records = f.automaticRecords();
    EXPECT_EQ(records.size(), names.size() - 1);
    for (const BackupRecord& record : records) {
        EXPECT_TRUE(QFile::exists(record.location)) << record.location.toStdString();
    }

    // The purged account's last copy is still there, and holds it.
    bool found = false;
    for (const QString& name : names) {
        const QString path = QDir(f.folder).absoluteFilePath(name);
        if (path == foreign) {
            continue;
        }
        auto contents = BackupFolder::contents(path);
        ASSERT_TRUE(contents.ok());
        found = found || contents->accounts.contains(shortLived);
    }
    EXPECT_TRUE(found);

    // A copy deleted by hand: its record is forgotten at the next run.
    const QString newest = QDir(f.folder).absoluteFilePath(names.last());
    const QString byHand = QDir(f.folder).absoluteFilePath(names.at(names.size() - 2));
    ASSERT_TRUE(QFile::remove(byHand));
    auto removed = f.backup->applyRetention();
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(f.automaticRecords().size(), records.size() - 1);
    EXPECT_TRUE(QFile::exists(newest));
}
