#include "QrGuiTestData.h"
#include "qr/RegionSelector.h"
#include "qr/ScreenScanner.h"

#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using tessera::QrPayload;
using tessera::gui::RegionSelector;
using tessera::gui::ScreenScanner;
using tessera::test::QrGuiTestData;

namespace
{
    /// Scans with a real X server: the per-push suite runs under xvfb-run (packaging/dev.sh test).
    class ScreenScannerX11 : public ::testing::Test
    {
    protected:
        void SetUp() override
        {
            if (QGuiApplication::platformName() != QStringLiteral("xcb")) {
                GTEST_SKIP() << "Needs an X server (run under xvfb-run with DISPLAY set): the '"
                             << QGuiApplication::platformName().toStdString()
                             << "' platform has no real screen to capture.";
            }
            m_window.setPixmap(QPixmap::fromImage(QrGuiTestData::codeImage(QrGuiTestData::uri(), 5, QSize(400, 400))));
            m_window.setWindowTitle(QStringLiteral("A QR code on the screen"));
            m_window.move(100, 100);
            m_window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
            QTest::qWait(300); // let the X server draw it
        }

        QLabel m_window;
    };
}

TEST_F(ScreenScannerX11, FindsACodeShownOnTheScreen)
{
    ScreenScanner scanner;
    ASSERT_EQ(scanner.backend(), ScreenScanner::Backend::QtGrab);
    scanner.setHideOwnWindows(false); // the code is in Tessera's own window here
    QSignalSpy found(&scanner, &ScreenScanner::found);
    QSignalSpy failed(&scanner, &ScreenScanner::failed);
    scanner.scan(ScreenScanner::Mode::AllScreens);
    ASSERT_TRUE(found.wait(30000)) << (failed.isEmpty() ? "no answer"
                                                        : failed.first().first().toString().toStdString());
    const auto payloads = found.first().first().value<QList<QrPayload>>();
    ASSERT_EQ(payloads.size(), 1);
    EXPECT_EQ(payloads.first().text(), QrGuiTestData::uri());
}

TEST_F(ScreenScannerX11, HidesItsOwnWindowsWhileCapturingAndShowsThemAgain)
{
    ScreenScanner scanner;
    QSignalSpy found(&scanner, &ScreenScanner::found);
    QSignalSpy failed(&scanner, &ScreenScanner::failed);
    scanner.scan(ScreenScanner::Mode::AllScreens);
    EXPECT_FALSE(m_window.isVisible());
    ASSERT_TRUE(failed.wait(30000));
    // The only code on the screen was in a Tessera window, so the capture did not see it.
    EXPECT_EQ(failed.first().first().toString(), ScreenScanner::noCodeMessage());
    EXPECT_EQ(found.count(), 0);
    EXPECT_TRUE(m_window.isVisible());
}

TEST_F(ScreenScannerX11, ScansTheRegionTheUserSelects)
{
    ScreenScanner scanner;
    scanner.setHideOwnWindows(false);
    QSignalSpy found(&scanner, &ScreenScanner::found);
    QSignalSpy cancelled(&scanner, &ScreenScanner::cancelled);
    scanner.scan(ScreenScanner::Mode::Region);
    ASSERT_TRUE(QTest::qWaitFor([&] { return scanner.regionSelector() != nullptr; }, 10000));
    RegionSelector* selector = scanner.regionSelector();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(selector));
    // Drag around the window that shows the code.
    const QRect around = m_window.frameGeometry().adjusted(-10, -10, 10, 10);
    QTest::mousePress(selector, Qt::LeftButton, Qt::NoModifier, selector->mapFromGlobal(around.topLeft()));
    QTest::mouseMove(selector, selector->mapFromGlobal(around.center()));
    QTest::mouseRelease(selector, Qt::LeftButton, Qt::NoModifier, selector->mapFromGlobal(around.bottomRight()));
    ASSERT_TRUE(found.wait(30000));
    EXPECT_EQ(found.first().first().value<QList<QrPayload>>().first().text(), QrGuiTestData::uri());
    EXPECT_EQ(scanner.regionSelector(), nullptr);

    // Esc cancels.
    scanner.scan(ScreenScanner::Mode::Region);
    ASSERT_TRUE(QTest::qWaitFor([&] { return scanner.regionSelector() != nullptr; }, 10000));
    QTest::keyClick(scanner.regionSelector(), Qt::Key_Escape);
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(scanner.isBusy());
}
