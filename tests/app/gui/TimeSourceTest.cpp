#include "services/TimeSource.h"
#include "ManualTimeSource.h"
#include "services/Timer.h"

#include <QObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using tessera::gui::Timer;
using tessera::gui::TimeSource;
using tessera::gui::test::ManualTimeSource;

namespace
{
    TEST(TimeSourceTest, TheSystemClockMovesForward)
    {
        TimeSource& time = TimeSource::system();
        const qint64 before = time.elapsedMilliseconds();
        QObject owner;
        Timer* timer = time.createTimer(&owner);
        timer->setSingleShot(true);
        QSignalSpy fired(timer, &Timer::timeout);
        timer->start(20ms);
        EXPECT_TRUE(timer->isActive());
        ASSERT_TRUE(fired.wait(5000));
        EXPECT_FALSE(timer->isActive());
        EXPECT_GE(time.elapsedMilliseconds() - before, 20);
    }

    TEST(TimeSourceTest, ManualTimersFireInOrderAtTheirDeadlines)
    {
        ManualTimeSource time;
        QObject owner;
        Timer* repeating = time.createTimer(&owner);
        Timer* once = time.createTimer(&owner);
        once->setSingleShot(true);
        QList<std::pair<QString, qint64>> log;
        const qint64 start = time.elapsedMilliseconds();
        QObject::connect(repeating, &Timer::timeout, &owner, [&] {
            log.append({QStringLiteral("repeating"), time.elapsedMilliseconds() - start});
        });
        QObject::connect(once, &Timer::timeout, &owner, [&] {
            log.append({QStringLiteral("once"), time.elapsedMilliseconds() - start});
        });
        repeating->start(1s);
        once->start(1500ms);

        time.advance(3s);
        const QList<std::pair<QString, qint64>> expected{{QStringLiteral("repeating"), 1000},
            {QStringLiteral("once"), 1500}, {QStringLiteral("repeating"), 2000}, {QStringLiteral("repeating"), 3000}};
        EXPECT_EQ(log, expected);
        EXPECT_EQ(time.activeTimers(), 1);
    }
}
