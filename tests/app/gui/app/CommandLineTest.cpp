#include "app/CommandLine.h"

#include <gtest/gtest.h>

namespace tessera::gui::test
{
    namespace
    {
        Result<CommandLine> parse(std::initializer_list<const char*> arguments)
        {
            QStringList list{QStringLiteral("tessera")};
            for (const char* argument : arguments) {
                list.append(QString::fromUtf8(argument));
            }
            return CommandLine::parse(list, QStringLiteral("/home/alice/work"));
        }
    }

    TEST(CommandLineTest, ShowsTheWindowWithoutArguments)
    {
        auto line = parse({});
        ASSERT_TRUE(line.ok());
        EXPECT_EQ(line->request().action(), LaunchRequest::Action::ShowWindow);
        EXPECT_TRUE(line->vaultPath().isEmpty());
    }

    TEST(CommandLineTest, TakesAVaultRelativeToTheWorkingDirectory)
    {
        auto relative = parse({"--vault", "../vaults/work.tessera", "--quick-search"});
        ASSERT_TRUE(relative.ok());
        EXPECT_EQ(relative->vaultPath(), QStringLiteral("/home/alice/vaults/work.tessera"));
        EXPECT_EQ(relative->request().action(), LaunchRequest::Action::QuickSearch);
        auto absolute = parse({"--vault=/srv/v.tessera"});
        ASSERT_TRUE(absolute.ok());
        EXPECT_EQ(absolute->vaultPath(), QStringLiteral("/srv/v.tessera"));
    }

    TEST(CommandLineTest, PassesAnOtpauthLinkOn)
    {
        auto line = parse({"otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP"});
        ASSERT_TRUE(line.ok());
        EXPECT_EQ(line->request().action(), LaunchRequest::Action::AddAccount);
        EXPECT_EQ(line->request().otpauthUri(), QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP"));
    }

    TEST(CommandLineTest, RefusesWhatItDoesNotUnderstand)
    {
        EXPECT_FALSE(parse({"--frobnicate"}).ok());
        EXPECT_FALSE(parse({"--vault"}).ok());
        EXPECT_FALSE(parse({"--vault", ""}).ok());
        EXPECT_FALSE(parse({"https://example.com"}).ok());
        EXPECT_FALSE(parse({"--quick-search", "otpauth://totp/x?secret=AA"}).ok());
    }
}
