#include "CliApplication.h"
#include "CliHarness.h"

#include <gtest/gtest.h>

using tessera::test::runCli;
using tessera::test::runCliProcess;

TEST(CliApplication, HelpListsCommandsGlobalOptionsAndExitCodes)
{
    const auto run = runCli({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("generate")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("--password-file FILE")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Exit codes:")));
    EXPECT_TRUE(run.err.isEmpty());
}

TEST(CliApplication, EveryCommandHasHelpBeforeOrAfterItsName)
{
    tessera::cli::CliApplication app;
    for (const auto& command : app.commands()) {
        const auto after = runCli({command->name(), QStringLiteral("--help")});
        EXPECT_EQ(after.exitCode, 0) << command->name().toStdString();
        EXPECT_TRUE(after.out.startsWith(QStringLiteral("Usage: tessera-cli [GLOBAL OPTIONS] ") + command->name()));
        const auto before = runCli({QStringLiteral("--help"), command->name()});
        EXPECT_EQ(before.out, after.out);
    }
}

TEST(CliApplication, VersionPrintsTheProjectVersion)
{
    const auto run = runCli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("tessera-cli ")));
}

TEST(CliApplication, UsageErrorsExitWithOneAndSayWhatToDo)
{
    const auto none = runCli({});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("No command given")));

    const auto unknown = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Unknown command 'frobnicate'")));

    const auto badOption = runCli({QStringLiteral("generate"), QStringLiteral("--bogus"), QStringLiteral("x")});
    EXPECT_EQ(badOption.exitCode, 1);
    EXPECT_TRUE(badOption.err.contains(QStringLiteral("bogus")));
    EXPECT_TRUE(badOption.err.contains(QStringLiteral("tessera-cli generate --help")));

    const auto badGlobal = runCli({QStringLiteral("--bogus")});
    EXPECT_EQ(badGlobal.exitCode, 1);
}

TEST(CliApplication, RealExecutableHelpAndVersion)
{
    const auto help = runCliProcess({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Commands:")));
    const auto version = runCliProcess({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("tessera-cli ")));
}
