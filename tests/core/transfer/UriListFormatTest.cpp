// Reads the project's own fixtures (tests/data/transfer, written by tests/tools/make_transfer_fixtures.py
// from the format notes).
#include "UriListFormat.h"
#include "TransferTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

TEST(UriListFormat, ReadsLinesAndNamesBadOnes)
{
    UriListFormat format;
    const QByteArray data = readData(QStringLiteral("uris.txt"));
    EXPECT_EQ(format.detect(data), 80);
    auto result = format.read(data, std::nullopt);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString());
    ASSERT_EQ(result->unreadable.size(), 1);
    EXPECT_EQ(result->unreadable.first().label, u"line 8");
    EXPECT_EQ(result->unreadable.first().reason, u"The link has no secret.");

    auto mixed = format.read(
        "otpauth://totp/A:b?secret=MFRGGZDF\n"
        "otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC\n"
        "just words\n",
        std::nullopt);
    ASSERT_TRUE(mixed.ok());
    EXPECT_EQ(mixed->accounts.size(), 2);
    ASSERT_EQ(mixed->unreadable.size(), 1);
    EXPECT_EQ(mixed->unreadable.first().label, u"line 3");
    EXPECT_FALSE(format.read("nothing here\n", std::nullopt).ok());
}

TEST(UriListFormat, WritesStrictLinksAndLeavesOutTrash)
{
    UriListFormat format;
    auto written = format.write(richAccounts(), {});
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->leftOut.size(), 1);
    EXPECT_EQ(written->warnings.size(), 1);
    const QList<QByteArray> lines = written->data.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.first(),
        QByteArray("otpauth://totp/Example%20Bank:alice%40example.com?secret="
                   "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example%20Bank&algorithm=SHA1&digits=6&period=30"));
}
