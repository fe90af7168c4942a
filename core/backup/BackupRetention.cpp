#include "BackupRetention.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace tessera
{
    namespace
    {
        constexpr qint64 HourMs = 60LL * 60 * 1000;
        constexpr qint64 DayMs = 24 * HourMs;

        /// Days since 1970-01-01 (UTC), rounded down also before 1970.
        qint64 dayNumber(qint64 ms)
        {
            return ms >= 0 ? ms / DayMs : -((-ms + DayMs - 1) / DayMs);
        }

        /// Weeks starting on Monday: 1970-01-01 was a Thursday, so day 4 is the first Monday.
        qint64 weekNumber(qint64 ms)
        {
            const qint64 day = dayNumber(ms) + 3;
            return day >= 0 ? day / 7 : -((-day + 6) / 7);
        }
    }

    QList<bool> BackupRetention::keep(const QList<Copy>& copies, const QDateTime& now)
    {
        const auto count = static_cast<std::size_t>(copies.size());
        QList<bool> kept(copies.size(), false);
        if (copies.isEmpty()) {
            return kept;
        }
        std::vector<qint64> times(count);
        for (std::size_t i = 0; i < count; ++i) {
            times[i] = copies.at(static_cast<qsizetype>(i)).time.toMSecsSinceEpoch();
        }
        // Newest first; equal times keep their given order.
        std::vector<std::size_t> order(count);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(
            order.begin(), order.end(), [&times](std::size_t a, std::size_t b) { return times[a] > times[b]; });

        const qint64 nowMs = now.toMSecsSinceEpoch();
        const auto age = [&](std::size_t i) { return nowMs - times[i]; };
        const qint64 horizon = static_cast<qint64>(WeeklyWeeks) * 7 * DayMs;

        kept[static_cast<qsizetype>(order.front())] = true;

        int recent = 0;
        QSet<qint64> days;
        QSet<qint64> weeks;
        QSet<QUuid> accounts;
        for (const std::size_t i : order) {
            bool keepIt = false;
            if (age(i) < RecentHours * HourMs && recent < RecentMax) {
                ++recent;
                keepIt = true;
            }
            if (age(i) < DailyDays * DayMs && !days.contains(dayNumber(times[i]))) {
                days.insert(dayNumber(times[i]));
                keepIt = true;
            }
            if (age(i) < horizon && !weeks.contains(weekNumber(times[i]))) {
                weeks.insert(weekNumber(times[i]));
                keepIt = true;
            }
            for (const QUuid& account : copies.at(static_cast<qsizetype>(i)).accounts) {
                if (accounts.contains(account)) {
                    continue;
                }
                accounts.insert(account); // this is the newest copy that holds it
                if (age(i) < horizon) {
                    keepIt = true;
                }
            }
            if (keepIt) {
                kept[static_cast<qsizetype>(i)] = true;
            }
        }
        return kept;
    }
}
