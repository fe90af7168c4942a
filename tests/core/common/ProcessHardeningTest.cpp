#include "ProcessHardening.h"

#include <QCoreApplication>
#include <QProcess>

#include <gtest/gtest.h>

// Runs in a child process so the test runner itself stays debuggable.
TEST(ProcessHardening, DisablesCoreDumpsAndDumpability)
{
    if (qEnvironmentVariableIsSet("TESSERA_HARDENING_CHILD")) {
        ASSERT_TRUE(tessera::ProcessHardening::apply());
        EXPECT_TRUE(tessera::ProcessHardening::coreDumpsDisabled());
        EXPECT_FALSE(tessera::ProcessHardening::isDumpable());
        return;
    }
    QProcess child;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TESSERA_HARDENING_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--gtest_filter=ProcessHardening.DisablesCoreDumpsAndDumpability")});
    ASSERT_TRUE(child.waitForFinished(30000));
    EXPECT_EQ(child.exitCode(), 0) << child.readAllStandardOutput().toStdString();
}
