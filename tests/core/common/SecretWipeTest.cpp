#include "SecretWipe.h"

#include <gtest/gtest.h>

using tessera::wipe;

TEST(SecretWipe, ZeroesADetachedBufferInPlace)
{
    QByteArray secret("seed bytes");
    secret.detach();
    ASSERT_TRUE(tessera::zeroInPlace(secret));
    EXPECT_EQ(secret, QByteArray(10, '\0'));
    wipe(secret);
    EXPECT_TRUE(secret.isEmpty());
}

TEST(SecretWipe, ZeroInPlaceRefusesASharedBuffer)
{
    QByteArray secret("shared");
    const QByteArray other = secret;
    EXPECT_FALSE(tessera::zeroInPlace(secret));
    EXPECT_EQ(other, QByteArray("shared"));
}

TEST(SecretWipe, DoesNotTouchASharedBuffer)
{
    QByteArray secret("shared");
    const QByteArray other = secret; // shares the data
    wipe(secret);
    EXPECT_TRUE(secret.isEmpty());
    EXPECT_EQ(other, QByteArray("shared")); // the other owner's copy is intact
}

TEST(SecretWipe, ZeroesStrings)
{
    QString text = QStringLiteral("password");
    text.detach();
    wipe(text);
    EXPECT_TRUE(text.isEmpty());
}
