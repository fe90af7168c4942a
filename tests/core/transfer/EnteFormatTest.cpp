// Reads the project's own fixtures (tests/data/transfer, written by tests/tools/make_transfer_fixtures.py
// from the format notes).
#include "EnteFormat.h"
#include "TransferTestSupport.h"
#include "UriListFormat.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    const Account& bySecret(const ImportResult& result, const QString& base32)
    {
        const Account* account = findBySecret(result.accounts, base32);
        EXPECT_NE(account, nullptr) << base32.toStdString();
        static const Account none(OtpParameters::create(OtpType::Totp, QByteArray(10, 'x')).value());
        return account != nullptr ? *account : none;
    }
}

TEST(EnteFormat, ReadsCodeDisplayTagsPinsAndTrash)
{
    EnteFormat ente;
    UriListFormat uris;
    const QByteArray data = readData(QStringLiteral("ente_auth.txt"));
    EXPECT_GT(ente.detect(data), uris.detect(data));
    auto result = ente.read(data, std::nullopt);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->formatId, u"ente");
    EXPECT_EQ(compareAccounts(fixtureAccounts(), result->accounts), QString());
    const Account& alice = bySecret(*result, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    EXPECT_EQ(alice.tags, (QStringList{QStringLiteral("Bank"), QStringLiteral("Personal")}));
    EXPECT_TRUE(alice.favorite);
    ASSERT_EQ(result->warnings.size(), 1);
    EXPECT_TRUE(result->warnings.first().contains(u"trash"));
}
