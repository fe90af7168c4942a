// Reads the project's own fixtures (tests/data/transfer, written by tests/tools/make_transfer_fixtures.py
// from the format notes).
#include "FreeOtpPlusFormat.h"
#include "TransferTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

TEST(FreeOtpPlusFormat, ReadsSignedByteSecretsAndSteamByIssuer)
{
    FreeOtpPlusFormat format;
    const QByteArray data = readData(QStringLiteral("freeotp_plus.json"));
    EXPECT_EQ(format.detect(data), Format::Certain);
    auto result = format.read(data, std::nullopt);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString());
    ASSERT_EQ(result->unreadable.size(), 1);
    EXPECT_EQ(result->unreadable.first().label, u"Old (md5)");
    EXPECT_TRUE(result->unreadable.first().reason.contains(u"MD5"));
}
