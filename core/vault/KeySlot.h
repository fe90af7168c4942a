#pragma once

#include "PasswordKdf.h"
#include "Random.h"
#include "Result.h"
#include "SecureBytes.h"
#include "SlotKey.h"
#include "SlotType.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUuid>

namespace tessera
{
    /// One row of the key_slots table: the vault's master key sealed with XChaCha20-Poly1305 under
    /// a key derived from the password or the recovery key. The slot header (KDF id, bounded
    /// parameters, salt, slot type, vault UUID) is the associated data, so no field can be changed
    /// without the slot failing to open. A SHA-256 checksum over the whole slot tells a damaged
    /// slot (any changed byte) apart from a wrong password; it is not a security measure.
    class KeySlot
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::KeySlot)

    public:
        static constexpr quint8 HeaderVersion = 1;
        static constexpr quint8 KdfArgon2id13 = 1;
        static constexpr int HeaderBytes = 59;

        /// Seals `masterKey` for `vaultId` under a derived key.
        [[nodiscard]] static KeySlot seal(
            const SlotKey& key, const QUuid& vaultId, const SecureBytes& masterKey, Random& random = Random::system());

        /// A slot as stored: checks the checksum (Corrupt), the header layout (Corrupt or Unsupported)
        /// and the KDF bounds (Unsupported) before anything is derived.
        [[nodiscard]] static Result<KeySlot> fromStored(
            int storedType, QByteArray header, QByteArray nonce, QByteArray sealedKey, QByteArray checksum);

        /// The master key, or WrongPassword when the derived key does not open the slot.
        [[nodiscard]] Result<SecureBytes> open(const SlotKey& key) const;

        /// The header bytes for a slot of these properties (its associated data).
        static QByteArray buildHeader(
            SlotType type, const QUuid& vaultId, const PasswordKdf::Parameters& parameters, const QByteArray& salt);

        [[nodiscard]] SlotType type() const { return m_type; }
        [[nodiscard]] const QUuid& vaultId() const { return m_vaultId; }
        [[nodiscard]] const PasswordKdf::Parameters& parameters() const { return m_parameters; }
        [[nodiscard]] const QByteArray& salt() const { return m_salt; }
        [[nodiscard]] const QByteArray& header() const { return m_header; }
        [[nodiscard]] const QByteArray& nonce() const { return m_nonce; }
        [[nodiscard]] const QByteArray& sealedKey() const { return m_sealedKey; }
        [[nodiscard]] QByteArray checksum() const;

        static QString describe(SlotType type); ///< "password", "recovery key"

    private:
        KeySlot() = default;

        SlotType m_type = SlotType::Password;
        QUuid m_vaultId;
        PasswordKdf::Parameters m_parameters;
        QByteArray m_salt;
        QByteArray m_header;
        QByteArray m_nonce;
        QByteArray m_sealedKey;
    };
}
