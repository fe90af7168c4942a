#include "qr/ScreenScanner.h"

#include <QGuiApplication>
#include <QSignalSpy>

#include <gtest/gtest.h>

using tessera::gui::ScreenScanner;

TEST(ScreenScanner, PicksTheBackendFromThePlatform)
{
    EXPECT_EQ(ScreenScanner::backendFor(QStringLiteral("xcb")), ScreenScanner::Backend::QtGrab);
    EXPECT_EQ(ScreenScanner::backendFor(QStringLiteral("wayland")), ScreenScanner::Backend::Portal);
    EXPECT_EQ(ScreenScanner::backendFor(QStringLiteral("wayland-egl")), ScreenScanner::Backend::Portal);
    EXPECT_EQ(ScreenScanner::backendFor(QStringLiteral("offscreen")), ScreenScanner::Backend::Unavailable);
    EXPECT_EQ(ScreenScanner::backendFor(QStringLiteral("minimal")), ScreenScanner::Backend::Unavailable);
}

TEST(ScreenScanner, SaysSoWhereTheScreenCannotBeCaptured)
{
    ScreenScanner scanner;
    scanner.setBackend(ScreenScanner::Backend::Unavailable);
    QSignalSpy failed(&scanner, &ScreenScanner::failed);
    QSignalSpy found(&scanner, &ScreenScanner::found);
    scanner.scan(ScreenScanner::Mode::AllScreens);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().first().toString(), ScreenScanner::unavailableMessage());
    EXPECT_TRUE(ScreenScanner::unavailableMessage().contains(QStringLiteral("Read QR Code from Image File")));
    EXPECT_EQ(found.count(), 0);
    EXPECT_FALSE(scanner.isBusy());
}

TEST(ScreenScanner, MessagesForTheUser)
{
    EXPECT_TRUE(ScreenScanner::noCodeMessage().startsWith(QStringLiteral("No QR code found on the screen.")));
}
