#include <QApplication>

#include <gtest/gtest.h>

// GUI tests: a real QApplication; CTest runs them with QT_QPA_PLATFORM=offscreen.
int main(int argc, char* argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
