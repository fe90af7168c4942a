#include "CryptoSelfTest.h"

#include <gtest/gtest.h>

TEST(CryptoSelfTest, PassesOnThisSystem)
{
    const auto result = tessera::CryptoSelfTest::run();
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message().toStdString());
}
