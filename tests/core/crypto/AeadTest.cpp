#include "Aead.h"

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    SecureBytes testKey()
    {
        return SecureBytes::copyOf(
            QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"));
    }
}

TEST(Aead, DraftXChaChaVector)
{
    const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const QByteArray aad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
    const QByteArray plaintext("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
                               "future, sunscreen would be it.");
    const QByteArray ciphertext = Aead::sealWithNonce(testKey(), nonce, plaintext, aad);
    EXPECT_EQ(ciphertext.right(16).toHex(), QByteArray("c0875924c1c7987947deafd8780acf49"));
    EXPECT_EQ(ciphertext.left(8).toHex(), QByteArray("bd6d179d3e83d43b"));
}

TEST(Aead, RoundTripWithFreshNonces)
{
    const auto key = testKey();
    const auto a = Aead::seal(key, "plaintext", "ad");
    const auto b = Aead::seal(key, "plaintext", "ad");
    EXPECT_NE(a.nonce, b.nonce);
    EXPECT_NE(a.ciphertext, b.ciphertext);
    EXPECT_EQ(a.nonce.size(), 24);
    EXPECT_EQ(a.ciphertext.size(), 9 + 16);
    auto opened = Aead::open(key, a.nonce, a.ciphertext, "ad");
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->view(), QByteArrayView("plaintext"));
    auto empty = Aead::seal(key, QByteArrayView(), "ad");
    EXPECT_TRUE(Aead::open(key, empty.nonce, empty.ciphertext, "ad").ok());
}

TEST(Aead, EveryTamperingIsAnError)
{
    const auto key = testKey();
    const auto sealed = Aead::seal(key, "the secret seed", "vault-uuid|account-uuid|3|1");
    for (int i = 0; i < sealed.ciphertext.size(); ++i) {
        QByteArray changed = sealed.ciphertext;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        auto result = Aead::open(key, sealed.nonce, changed, "vault-uuid|account-uuid|3|1");
        ASSERT_FALSE(result.ok()) << i;
        EXPECT_EQ(result.error().kind(), Error::Kind::Corrupt);
    }
    for (int i = 0; i < sealed.nonce.size(); ++i) {
        QByteArray changed = sealed.nonce;
        changed[i] = static_cast<char>(changed[i] ^ 0x80);
        EXPECT_FALSE(Aead::open(key, changed, sealed.ciphertext, "vault-uuid|account-uuid|3|1").ok());
    }
    EXPECT_FALSE(Aead::open(key, sealed.nonce, sealed.ciphertext, "vault-uuid|account-uuid|2|1").ok());
    EXPECT_FALSE(Aead::open(SecureBytes(32), sealed.nonce, sealed.ciphertext, "vault-uuid|account-uuid|3|1").ok());
    EXPECT_FALSE(Aead::open(key, sealed.nonce, sealed.ciphertext.left(15), "x").ok());
    EXPECT_FALSE(Aead::open(key, sealed.nonce.left(23), sealed.ciphertext, "x").ok());
    EXPECT_FALSE(Aead::open(SecureBytes(16), sealed.nonce, sealed.ciphertext, "x").ok());
}

TEST(Aead, OpenIntoDecryptsInPlaceAndWipesTheOutputOnFailure)
{
    const auto key = testKey();
    const auto sealed = Aead::seal(key, "seed bytes", "ad");
    ASSERT_EQ(Aead::plaintextSize(sealed.ciphertext), 10u);
    SecureBytes arena(64);
    auto opened = Aead::openInto(key, sealed.nonce, sealed.ciphertext, "ad", arena.data() + 8, arena.size() - 8);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(*opened, 10u);
    EXPECT_EQ(QByteArrayView(arena.data() + 8, 10), QByteArrayView("seed bytes"));

    QByteArray changed = sealed.ciphertext;
    changed[0] = static_cast<char>(changed[0] ^ 0x01);
    auto failed = Aead::openInto(key, sealed.nonce, changed, "ad", arena.data() + 8, arena.size() - 8);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind(), Error::Kind::Corrupt);
    EXPECT_EQ(QByteArrayView(arena.data() + 8, 10), QByteArrayView(QByteArray(10, '\0')));
    EXPECT_EQ(Aead::plaintextSize("short"), 0u);
    EXPECT_FALSE(Aead::openInto(key, sealed.nonce, "short", "ad", arena.data(), arena.size()).ok());
}
