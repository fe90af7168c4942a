#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QUuid>

namespace tessera
{
    /// Which automatic copies to keep, as a pure function of their times, the accounts each holds
    /// and "now" (so a year of backups can be simulated in a test). A copy is kept when any rule
    /// keeps it:
    ///   - the newest copy, always;
    ///   - the newest RecentMax copies of the last RecentHours hours;
    ///   - the newest copy of each day (UTC) of the last DailyDays days;
    ///   - the newest copy of each week (Monday to Sunday, UTC) of the last WeeklyWeeks weeks;
    ///   - for every account, the newest copy holding it, while that copy is younger than
    ///     WeeklyWeeks weeks: an account deleted from the vault (missing from every newer copy)
    ///     keeps its last copy for about six months, however many copies follow.
    /// Everything else, and everything older than WeeklyWeeks weeks (but the newest copy), goes.
    class BackupRetention
    {
    public:
        static constexpr int RecentHours = 48;
        static constexpr int RecentMax = 20;
        static constexpr int DailyDays = 30;
        static constexpr int WeeklyWeeks = 26; ///< about six months

        struct Copy
        {
            QDateTime time;
            QSet<QUuid> accounts; ///< the account ids the copy holds (trash included)
        };

        /// For each copy, in the order given, whether to keep it.
        [[nodiscard]] static QList<bool> keep(const QList<Copy>& copies, const QDateTime& now);
    };
}
