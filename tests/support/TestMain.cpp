#include <QCoreApplication>

#include <gtest/gtest.h>

// Core and CLI tests: a QCoreApplication, so that event loops, signals and QProcess work.
int main(int argc, char* argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
