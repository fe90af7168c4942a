#include "Result.h"

#include <QString>

#include <gtest/gtest.h>

using tessera::Error;
using tessera::Result;

namespace
{
    Result<int> half(int value)
    {
        if (value % 2 != 0) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("%1 is odd.").arg(value));
        }
        return value / 2;
    }
}

TEST(Result, HoldsAValueOrAnError)
{
    const auto ok = half(8);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, 4);
    const auto bad = half(3);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().message(), QStringLiteral("3 is odd."));
}

TEST(Result, VoidResult)
{
    const Result<void> success;
    EXPECT_TRUE(success.ok());
    const Result<void> failure = Error(Error::Kind::Io, QStringLiteral("Disk full."));
    EXPECT_FALSE(failure.ok());
    EXPECT_EQ(failure.error().kind(), Error::Kind::Io);
}

TEST(Result, MovesValuesOut)
{
    Result<QString> text = QStringLiteral("value");
    const QString moved = std::move(text).value();
    EXPECT_EQ(moved, QStringLiteral("value"));
}
