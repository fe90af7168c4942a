#include "Clock.h"

#include <QDateTime>

#include <gtest/gtest.h>

using tessera::Clock;

TEST(Clock, UsesTheInjectedSource)
{
    qint64 now = 1'234'567'890'123;
    Clock clock([&now] { return now; });
    EXPECT_EQ(clock.nowMilliseconds(), 1'234'567'890'123);
    EXPECT_EQ(clock.nowSeconds(), 1'234'567'890);
    now += 1000;
    EXPECT_EQ(clock.nowSeconds(), 1'234'567'891);
}

TEST(Clock, AppliesTheAppInternalOffsetToCodesOnly)
{
    Clock clock([] { return qint64(1'000'000); });
    clock.setOffsetMilliseconds(-90'500);
    EXPECT_EQ(clock.offsetMilliseconds(), -90'500);
    EXPECT_EQ(clock.nowMilliseconds(), 909'500);
    EXPECT_EQ(clock.nowSeconds(), 909);
    EXPECT_EQ(Clock::systemMilliseconds() / 100000, QDateTime::currentMSecsSinceEpoch() / 100000);
}

TEST(Clock, FloorsNegativeTimes)
{
    Clock clock([] { return qint64(-500); });
    EXPECT_EQ(clock.nowSeconds(), -1);
}

TEST(Clock, DefaultsToTheSystemClock)
{
    Clock clock;
    const qint64 system = QDateTime::currentMSecsSinceEpoch();
    EXPECT_LE(std::abs(clock.nowMilliseconds() - system), 5000);
}
