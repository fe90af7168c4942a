#include "SecureBytes.h"

#include <gtest/gtest.h>

using tessera::SecureBytes;

TEST(SecureBytes, StartsZeroedAndCopiesExplicitly)
{
    SecureBytes bytes(16);
    EXPECT_EQ(bytes.size(), 16u);
    EXPECT_EQ(bytes.view(), QByteArrayView(QByteArray(16, '\0')));
    const SecureBytes copy = SecureBytes::copyOf("secret");
    EXPECT_EQ(copy.view(), QByteArrayView("secret"));
    EXPECT_TRUE(copy.clone().equals(copy));
    EXPECT_FALSE(copy.equals(SecureBytes::copyOf("secreT")));
    EXPECT_FALSE(copy.equals(SecureBytes::copyOf("secrets")));
}

TEST(SecureBytes, AccountingTracksEveryAllocationUntilItIsFreed)
{
    const auto allocations = SecureBytes::liveAllocations();
    const auto bytes = SecureBytes::liveBytes();
    {
        SecureBytes a(32);
        SecureBytes b = SecureBytes::copyOf("0123456789");
        EXPECT_EQ(SecureBytes::liveAllocations(), allocations + 2);
        EXPECT_EQ(SecureBytes::liveBytes(), bytes + 42);
        SecureBytes moved = std::move(a);
        EXPECT_EQ(SecureBytes::liveAllocations(), allocations + 2);
        EXPECT_TRUE(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
        b.clear();
        EXPECT_EQ(SecureBytes::liveAllocations(), allocations + 1);
        EXPECT_EQ(SecureBytes::liveBytes(), bytes + 32);
    }
    EXPECT_EQ(SecureBytes::liveAllocations(), allocations);
    EXPECT_EQ(SecureBytes::liveBytes(), bytes);
}

TEST(SecureBytes, EmptyIsNotAnAllocation)
{
    const auto allocations = SecureBytes::liveAllocations();
    SecureBytes empty = SecureBytes::copyOf(QByteArrayView());
    EXPECT_TRUE(empty.isEmpty());
    EXPECT_EQ(SecureBytes::liveAllocations(), allocations);
}
