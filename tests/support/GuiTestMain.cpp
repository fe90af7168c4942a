#include "TestConfig.h"

#include <QApplication>
#include <QTranslator>

#include <gtest/gtest.h>

// GUI tests: a real QApplication; CTest runs them with QT_QPA_PLATFORM=offscreen.
int main(int argc, char* argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // English as the app shows it: its plural forms ("1 account", not "1 account(s)").
    QTranslator english;
    if (english.load(QStringLiteral(TESSERA_BINARY_DIR "/translations/tessera_en.qm"))) {
        QCoreApplication::installTranslator(&english);
    }
    return RUN_ALL_TESTS();
}
