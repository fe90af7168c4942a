#include "Manifest.h"
#include "VaultFormat.h"
#include "VaultTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;

TEST(Manifest, SerialisesSortedByUuidBytes)
{
    Manifest manifest;
    manifest.generation = 5;
    const QUuid a(QStringLiteral("{ffffffff-0000-4000-8000-000000000000}"));
    const QUuid b(QStringLiteral("{00000000-0000-4000-8000-000000000001}"));
    manifest.revisions.insert(a, 3);
    manifest.revisions.insert(b, 1);
    const QByteArray bytes = manifest.serialize();
    ASSERT_EQ(bytes.size(), 4 + 2 * 24);
    EXPECT_EQ(bytes.left(4), QByteArray::fromHex("00000002"));
    EXPECT_EQ(bytes.mid(4, 16), b.toRfc4122());
    EXPECT_EQ(bytes.mid(20, 8), QByteArray::fromHex("0000000000000001"));
    EXPECT_EQ(bytes.mid(28, 16), a.toRfc4122());
    auto parsed = Manifest::parse(bytes, 5);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, manifest);
}

TEST(Manifest, StrictParsing)
{
    Manifest manifest;
    manifest.revisions.insert(QUuid::createUuid(), 1);
    manifest.revisions.insert(QUuid::createUuid(), 2);
    const QByteArray bytes = manifest.serialize();
    EXPECT_FALSE(Manifest::parse(bytes.left(bytes.size() - 1), 0).ok());
    EXPECT_FALSE(Manifest::parse(QByteArray(bytes + QByteArray(1, 'x')), 0).ok());
    const QByteArray swapped = QByteArray(bytes.left(4) + bytes.mid(28, 24) + bytes.mid(4, 24));
    EXPECT_FALSE(Manifest::parse(swapped, 0).ok());
    QByteArray zeroRevision = bytes;
    zeroRevision.replace(20, 8, QByteArray(8, '\0'));
    EXPECT_FALSE(Manifest::parse(zeroRevision, 0).ok());
}

TEST(Manifest, IsBoundToItsVaultAndGeneration)
{
    tessera::test::SeededRandom random(9);
    const SecureBytes key = random.secureBytes(32);
    const QUuid vault = QUuid::createUuid();
    Manifest manifest;
    manifest.generation = 7;
    manifest.revisions.insert(QUuid::createUuid(), 4);
    const auto sealed = manifest.seal(key, vault, random);
    EXPECT_TRUE(Manifest::open(key, vault, 7, 1, sealed.nonce, sealed.ciphertext).ok());
    EXPECT_FALSE(Manifest::open(key, vault, 6, 1, sealed.nonce, sealed.ciphertext).ok());
    EXPECT_FALSE(Manifest::open(key, QUuid::createUuid(), 7, 1, sealed.nonce, sealed.ciphertext).ok());
    auto newer = Manifest::open(key, vault, 7, 2, sealed.nonce, sealed.ciphertext);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().kind(), Error::Kind::Unsupported);
    EXPECT_EQ(VaultFormat::manifestAssociatedData(vault, 7),
        QByteArray(QByteArray("TesseraManifest") + QByteArray::fromHex("00000001") + vault.toRfc4122()
            + QByteArray::fromHex("0000000000000007")));
}
