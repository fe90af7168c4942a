#include "services/InactivityTimer.h"
#include "ManualTimeSource.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using tessera::gui::InactivityTimer;
using tessera::gui::test::ManualTimeSource;

namespace
{
    class InactivityTimerTest : public ::testing::Test
    {
    protected:
        ManualTimeSource time;
        InactivityTimer timer{time};
        QSignalSpy detected{&timer, &InactivityTimer::inactivityDetected};
        QLineEdit widget;
    };

    TEST_F(InactivityTimerTest, DefaultsToFiveMinutes)
    {
        EXPECT_EQ(timer.timeout(), 5min);
        EXPECT_FALSE(timer.isRunning());
    }

    TEST_F(InactivityTimerTest, ReportsInactivityOnceAfterTheIdleTime)
    {
        timer.start();
        time.advance(5min - 1ms);
        EXPECT_EQ(detected.count(), 0);
        time.advance(1ms);
        EXPECT_EQ(detected.count(), 1);
        EXPECT_FALSE(timer.isRunning());

        time.advance(1h);
        EXPECT_EQ(detected.count(), 1);
    }

    TEST_F(InactivityTimerTest, KeyPressesResetTheIdleTime)
    {
        timer.start();
        time.advance(4min);
        QTest::keyClick(&widget, Qt::Key_A);
        time.advance(4min);
        EXPECT_EQ(detected.count(), 0);
        EXPECT_EQ(timer.remaining(), 1min);
        time.advance(1min);
        EXPECT_EQ(detected.count(), 1);
    }

    TEST_F(InactivityTimerTest, MouseInputResetsTheIdleTime)
    {
        timer.start();
        time.advance(4min);
        QMouseEvent move(QEvent::MouseMove, QPointF(3, 3), QPointF(3, 3), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&widget, &move);
        time.advance(4min);
        QWheelEvent wheel(QPointF(3, 3), QPointF(3, 3), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&widget, &wheel);
        time.advance(4min);
        QTest::mouseClick(&widget, Qt::LeftButton);
        time.advance(4min);
        EXPECT_EQ(detected.count(), 0);
        time.advance(1min);
        EXPECT_EQ(detected.count(), 1);
    }

    TEST_F(InactivityTimerTest, OtherEventsAreNotActivity)
    {
        timer.start();
        time.advance(4min);
        QEvent update(QEvent::UpdateRequest);
        QCoreApplication::sendEvent(&widget, &update);
        QEvent timerLike(QEvent::Timer);
        QCoreApplication::sendEvent(&widget, &timerLike);
        time.advance(1min);
        EXPECT_EQ(detected.count(), 1);
    }

    TEST_F(InactivityTimerTest, APausedTimerNeverFiresAndRestartsTheIdleTimeOnResume)
    {
        timer.start();
        time.advance(4min);
        timer.setPaused(true);
        EXPECT_TRUE(timer.isPaused());
        time.advance(1h);
        EXPECT_EQ(detected.count(), 0);

        timer.setPaused(false);
        time.advance(5min - 1s);
        EXPECT_EQ(detected.count(), 0);
        time.advance(1s);
        EXPECT_EQ(detected.count(), 1);
    }

    TEST_F(InactivityTimerTest, AStoppedTimerIgnoresInputAndStaysQuiet)
    {
        timer.start();
        timer.stop();
        QTest::keyClick(&widget, Qt::Key_A);
        time.advance(1h);
        EXPECT_EQ(detected.count(), 0);
        EXPECT_EQ(time.activeTimers(), 0);
    }

    TEST_F(InactivityTimerTest, ZeroTimeoutNeverLocks)
    {
        timer.setTimeout(0ms);
        timer.start();
        time.advance(24h);
        EXPECT_EQ(detected.count(), 0);
        EXPECT_EQ(timer.remaining(), 0ms);
    }

    TEST_F(InactivityTimerTest, ANewTimeoutCountsFromTheLastInput)
    {
        timer.start();
        time.advance(2min);
        timer.setTimeout(3min);
        time.advance(1min - 1ms);
        EXPECT_EQ(detected.count(), 0);
        time.advance(1ms);
        EXPECT_EQ(detected.count(), 1);
    }

    TEST_F(InactivityTimerTest, StartsAgainAfterReporting)
    {
        timer.setTimeout(1min);
        timer.start();
        time.advance(1min);
        ASSERT_EQ(detected.count(), 1);

        timer.start(); // after the next unlock
        EXPECT_EQ(timer.remaining(), 1min);
        time.advance(1min);
        EXPECT_EQ(detected.count(), 2);
    }

    TEST_F(InactivityTimerTest, InputDoesNotWakeTheTimerUp)
    {
        timer.start();
        // Recording input only stores a time: the one pending timer stays as it is.
        for (int i = 0; i < 100; ++i) {
            QTest::keyClick(&widget, Qt::Key_A);
        }
        EXPECT_EQ(time.activeTimers(), 1);
    }
}
