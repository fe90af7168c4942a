#include "KeySlot.h"
#include "Aead.h"
#include "VaultFormat.h"
#include "VaultTestSupport.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::SeededRandom;

namespace
{
    const QUuid VaultId(QStringLiteral("{11111111-2222-4333-8444-555555555555}"));

    SlotKey passwordKey(const QString& password, SeededRandom& random)
    {
        return SlotKey::deriveNew(Credential::password(password), PasswordKdf::minimum(), random).value();
    }

    Result<KeySlot> reread(const KeySlot& slot)
    {
        return KeySlot::fromStored(
            static_cast<int>(slot.type()), slot.header(), slot.nonce(), slot.sealedKey(), slot.checksum());
    }
}

TEST(KeySlot, HeaderLayoutIsTheDocumentedOne)
{
    SeededRandom random(1);
    const SlotKey key = passwordKey(QStringLiteral("pw"), random);
    const KeySlot slot = KeySlot::seal(key, VaultId, SecureBytes(32), random);
    const QByteArray header = slot.header();
    ASSERT_EQ(header.size(), KeySlot::HeaderBytes);
    EXPECT_EQ(header.left(11), QByteArray("TesseraSlot"));
    EXPECT_EQ(header.at(11), 1);                                           // header version
    EXPECT_EQ(header.at(12), 1);                                           // slot type: password
    EXPECT_EQ(header.mid(13, 16), VaultId.toRfc4122());                    // vault UUID
    EXPECT_EQ(header.at(29), 1);                                           // KDF: Argon2id v1.3
    EXPECT_EQ(header.mid(30, 4), QByteArray::fromHex("00000001"));         // ops
    EXPECT_EQ(header.mid(34, 8), QByteArray::fromHex("0000000000800000")); // 8 MiB
    EXPECT_EQ(header.at(42), 16);                                          // salt length
    EXPECT_EQ(header.mid(43), key.salt());
    EXPECT_EQ(slot.nonce().size(), 24);
    EXPECT_EQ(slot.sealedKey().size(), 48);
}

TEST(KeySlot, OpensWithTheRightKeyOnly)
{
    SeededRandom random(2);
    const SecureBytes master = random.secureBytes(32);
    const SlotKey key = passwordKey(QStringLiteral("right"), random);
    const KeySlot slot = KeySlot::seal(key, VaultId, master, random);
    auto stored = reread(slot);
    ASSERT_TRUE(stored.ok());
    auto opened = stored->open(
        SlotKey::derive(Credential::password(QStringLiteral("right")), stored->parameters(), stored->salt()).value());
    ASSERT_TRUE(opened.ok());
    EXPECT_TRUE(opened->equals(master));
    auto wrong = stored->open(
        SlotKey::derive(Credential::password(QStringLiteral("wrong")), stored->parameters(), stored->salt()).value());
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().kind(), Error::Kind::WrongPassword);
}

TEST(KeySlot, AnyChangedByteIsDamageNotAWrongPassword)
{
    SeededRandom random(3);
    const KeySlot slot = KeySlot::seal(passwordKey(QStringLiteral("pw"), random), VaultId, SecureBytes(32), random);
    const QByteArray parts[] = {slot.header(), slot.nonce(), slot.sealedKey(), slot.checksum()};
    for (int part = 0; part < 4; ++part) {
        for (qsizetype i = 0; i < parts[part].size(); ++i) {
            QByteArray changed[] = {parts[0], parts[1], parts[2], parts[3]};
            changed[part][i] = static_cast<char>(changed[part][i] ^ 0x04);
            auto result = KeySlot::fromStored(1, changed[0], changed[1], changed[2], changed[3]);
            ASSERT_FALSE(result.ok()) << part << ":" << i;
            EXPECT_EQ(result.error().kind(), Error::Kind::Corrupt) << part << ":" << i;
            EXPECT_TRUE(result.error().message().contains(QStringLiteral("password slot is damaged")));
        }
    }
    EXPECT_FALSE(KeySlot::fromStored(2, parts[0], parts[1], parts[2], parts[3]).ok()); // wrong slot type
}

TEST(KeySlot, ParametersOutsideTheBoundsAreRefusedBeforeAnyDerivation)
{
    SeededRandom random(4);
    const SlotKey key = passwordKey(QStringLiteral("pw"), random);
    const KeySlot slot = KeySlot::seal(key, VaultId, SecureBytes(32), random);
    // A header whose checksum matches (as an attacker or a buggy writer could produce) with 64 GiB.
    QByteArray header = KeySlot::buildHeader(SlotType::Password, VaultId, {3, 64ULL << 30}, key.salt());
    QByteArray input;
    input.append(char(1));
    for (const QByteArray& part : {header, slot.nonce(), slot.sealedKey()}) {
        VaultFormat::appendUint32(input, static_cast<quint32>(part.size()));
        input.append(part);
    }
    const QByteArray checksum = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    auto result = KeySlot::fromStored(1, header, slot.nonce(), slot.sealedKey(), checksum);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), Error::Kind::Unsupported);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("MiB")));
}
