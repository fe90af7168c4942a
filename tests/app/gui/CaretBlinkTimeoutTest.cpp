#include "services/CaretBlinkTimeout.h"
#include "ManualTimeSource.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QStyleHints>
#include <QTest>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using tessera::gui::CaretBlinkTimeout;
using tessera::gui::test::ManualTimeSource;

namespace
{
    class CaretBlinkTimeoutTest : public ::testing::Test
    {
    protected:
        void SetUp() override { hints()->setCursorFlashTime(1000); }
        void TearDown() override { hints()->setCursorFlashTime(m_desktop); }

        static QStyleHints* hints() { return QGuiApplication::styleHints(); }

        ManualTimeSource time;
        QLineEdit field;

    private:
        int m_desktop = hints()->cursorFlashTime();
    };

    TEST_F(CaretBlinkTimeoutTest, StopsBlinkingAfterTenQuietSecondsAndBlinksAgainOnInput)
    {
        CaretBlinkTimeout caret(time);
        time.advance(9s);
        QTest::keyClick(&field, Qt::Key_A);
        time.advance(9s); // 18 s since the start, 9 since the key
        EXPECT_FALSE(caret.isResting());
        EXPECT_EQ(hints()->cursorFlashTime(), 1000);

        time.advance(1s);
        EXPECT_TRUE(caret.isResting());
        EXPECT_EQ(hints()->cursorFlashTime(), 0) << "a steady caret";

        QTest::mouseMove(&field);
        QTest::keyClick(&field, Qt::Key_B);
        EXPECT_FALSE(caret.isResting());
        EXPECT_EQ(hints()->cursorFlashTime(), 1000);
        time.advance(10s);
        EXPECT_TRUE(caret.isResting());
    }

    TEST_F(CaretBlinkTimeoutTest, GivesTheBlinkBackWhenItGoes)
    {
        {
            CaretBlinkTimeout caret(time);
            time.advance(10s);
            ASSERT_EQ(hints()->cursorFlashTime(), 0);
        }
        EXPECT_EQ(hints()->cursorFlashTime(), 1000);
    }

    TEST_F(CaretBlinkTimeoutTest, LeavesADesktopWithoutBlinkingAsItIs)
    {
        hints()->setCursorFlashTime(0);
        CaretBlinkTimeout caret(time);
        time.advance(10s);
        QTest::keyClick(&field, Qt::Key_A);
        EXPECT_FALSE(caret.isResting());
        EXPECT_EQ(hints()->cursorFlashTime(), 0);
    }
}
