#include "Random.h"

#include <QSet>

#include <gtest/gtest.h>

using tessera::Random;

namespace
{
    /// A deterministic counter "generator": proves that callers use the injected source.
    class CountingRandom final : public Random
    {
    public:
        void fill(unsigned char* buffer, std::size_t size) override
        {
            for (std::size_t i = 0; i < size; ++i) {
                buffer[i] = m_next++;
            }
        }

    private:
        unsigned char m_next = 0;
    };
}

TEST(Random, SystemGeneratorGivesDistinctValues)
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        seen.insert(Random::system().bytes(16));
    }
    EXPECT_EQ(seen.size(), 100);
    EXPECT_EQ(Random::system().secureBytes(24).size(), 24u);
}

TEST(Random, UniformStaysInRangeAndCoversIt)
{
    QSet<quint32> seen;
    for (int i = 0; i < 2000; ++i) {
        const quint32 value = Random::system().uniform(7);
        ASSERT_LT(value, 7u);
        seen.insert(value);
    }
    EXPECT_EQ(seen.size(), 7);
    EXPECT_EQ(Random::system().uniform(1), 0u);
}

TEST(Random, InjectedSourceIsUsed)
{
    CountingRandom random;
    EXPECT_EQ(random.bytes(4), QByteArray::fromHex("00010203"));
    EXPECT_EQ(random.secureBytes(2).view(), QByteArrayView(QByteArray::fromHex("0405")));
}
