#include "RecordArena.h"

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    QUuid idFor(int i)
    {
        return QUuid(static_cast<uint>(i + 1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    QByteArray recordFor(int i, int size)
    {
        return QByteArray(size, static_cast<char>('a' + i % 26));
    }
}

TEST(RecordArena, StoresReplacesAndRemovesRecords)
{
    RecordArena arena;
    arena.put(idFor(1), "first");
    arena.put(idFor(2), "second");
    EXPECT_EQ(arena.record(idFor(1)), QByteArrayView("first"));
    EXPECT_EQ(arena.record(idFor(2)), QByteArrayView("second"));
    arena.put(idFor(1), "first, changed");
    EXPECT_EQ(arena.record(idFor(1)), QByteArrayView("first, changed"));
    EXPECT_EQ(arena.recordCount(), 2);
    arena.remove(idFor(2));
    EXPECT_FALSE(arena.contains(idFor(2)));
    EXPECT_TRUE(arena.record(idFor(2)).isEmpty());
    EXPECT_EQ(arena.liveBytes(), 14u);
}

TEST(RecordArena, ThousandsOfRecordsLiveInOneGuardedAllocation)
{
    const auto before = SecureBytes::liveAllocations();
    RecordArena arena;
    for (int i = 0; i < 20000; ++i) {
        arena.put(idFor(i), recordFor(i, 200 + i % 50));
        ASSERT_LE(SecureBytes::liveAllocations(), before + 1) << i;
    }
    for (int i = 0; i < 20000; i += 997) {
        EXPECT_EQ(arena.record(idFor(i)), QByteArrayView(recordFor(i, 200 + i % 50))) << i;
    }
    arena.clear();
    EXPECT_EQ(SecureBytes::liveAllocations(), before);
}

TEST(RecordArena, CompactsWhenMostOfItIsGarbageAndKeepsEveryLiveRecord)
{
    RecordArena arena;
    for (int i = 0; i < 2000; ++i) {
        arena.put(idFor(i), recordFor(i, 100));
    }
    const std::size_t grown = arena.capacity();
    for (int i = 0; i < 1990; ++i) {
        arena.remove(idFor(i));
    }
    EXPECT_LT(arena.capacity(), grown);
    for (int i = 1990; i < 2000; ++i) {
        EXPECT_EQ(arena.record(idFor(i)), QByteArrayView(recordFor(i, 100)));
    }
}

TEST(RecordArena, DecryptsInPlaceThroughBeginAndCommit)
{
    RecordArena arena;
    unsigned char* space = arena.beginRecord(10);
    std::memcpy(space, "abcdefghij", 10);
    arena.commitRecord(idFor(7), 6);
    EXPECT_EQ(arena.record(idFor(7)), QByteArrayView("abcdef"));
    space = arena.beginRecord(4);
    std::memcpy(space, "zzzz", 4);
    arena.abandonRecord();
    EXPECT_EQ(arena.recordCount(), 1);
    EXPECT_EQ(arena.liveBytes(), 6u);
}
