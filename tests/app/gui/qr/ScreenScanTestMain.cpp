#include <QApplication>

#include <gtest/gtest.h>

// The screen-scan test wants a real X server: with TESSERA_TEST_PLATFORM=xcb (set by CTest) and a DISPLAY
// (xvfb-run), it runs on xcb; anywhere else on offscreen, where its tests skip and say why.
int main(int argc, char* argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    const bool wantsXcb = qEnvironmentVariable("TESSERA_TEST_PLATFORM") == QStringLiteral("xcb")
        || qEnvironmentVariable("QT_QPA_PLATFORM") == QStringLiteral("xcb");
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY");
    qputenv("QT_QPA_PLATFORM", wantsXcb && hasDisplay ? "xcb" : "offscreen");
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
