#include "services/LaunchRequest.h"

#include <QCommandLineParser>

#include <gtest/gtest.h>

using tessera::gui::LaunchRequest;

namespace
{
    QStringList args(std::initializer_list<const char*> items)
    {
        QStringList list{QStringLiteral("tessera")};
        for (const char* item : items) {
            list.append(QString::fromUtf8(item));
        }
        return list;
    }

    TEST(LaunchRequestTest, NoArgumentsShowsTheWindow)
    {
        const auto request = LaunchRequest::fromArguments(args({}));
        ASSERT_TRUE(request.ok());
        EXPECT_EQ(request->action(), LaunchRequest::Action::ShowWindow);
        EXPECT_TRUE(request->otpauthUri().isEmpty());
    }

    TEST(LaunchRequestTest, QuickSearch)
    {
        const auto request = LaunchRequest::fromArguments(args({"--quick-search"}));
        ASSERT_TRUE(request.ok());
        EXPECT_EQ(request->action(), LaunchRequest::Action::QuickSearch);
    }

    TEST(LaunchRequestTest, AnOtpauthLinkAddsAnAccount)
    {
        const auto request
            = LaunchRequest::fromArguments(args({"OTPAUTH://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP"}));
        ASSERT_TRUE(request.ok());
        EXPECT_EQ(request->action(), LaunchRequest::Action::AddAccount);
        EXPECT_EQ(request->otpauthUri(), QStringLiteral("OTPAUTH://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP"));
    }

    TEST(LaunchRequestTest, RejectsWhatItCannotDo)
    {
        const auto unknown = LaunchRequest::fromArguments(args({"--frobnicate"}));
        ASSERT_FALSE(unknown.ok());
        EXPECT_TRUE(unknown.error().message().contains(QStringLiteral("frobnicate")));

        const auto notALink = LaunchRequest::fromArguments(args({"https://example.com"}));
        ASSERT_FALSE(notALink.ok());
        EXPECT_TRUE(notALink.error().message().contains(QStringLiteral("otpauth://")));

        EXPECT_FALSE(
            LaunchRequest::fromArguments(args({"otpauth://totp/a?secret=A", "otpauth://totp/b?secret=B"})).ok());
        EXPECT_FALSE(LaunchRequest::fromArguments(args({"--quick-search", "otpauth://totp/a?secret=A"})).ok());
    }

    TEST(LaunchRequestTest, SharesAParserWithMain)
    {
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addVersionOption();
        LaunchRequest::addOptions(parser);
        ASSERT_TRUE(parser.parse(args({"--quick-search"})));
        const auto request = LaunchRequest::fromParser(parser);
        ASSERT_TRUE(request.ok());
        EXPECT_EQ(request->action(), LaunchRequest::Action::QuickSearch);
    }
}
