#include "KeySlot.h"

#include "Aead.h"
#include "VaultFormat.h"

#include <QCryptographicHash>

#include <utility>

namespace tessera
{
    namespace
    {
        const QByteArrayView HeaderMagic("TesseraSlot");

        QByteArray computeChecksum(
            quint8 type, const QByteArray& header, const QByteArray& nonce, const QByteArray& sealedKey)
        {
            QByteArray input;
            input.append(static_cast<char>(type));
            for (const QByteArray* part : {&header, &nonce, &sealedKey}) {
                VaultFormat::appendUint32(input, static_cast<quint32>(part->size()));
                input.append(*part);
            }
            return QCryptographicHash::hash(input, QCryptographicHash::Sha256);
        }

        Error damaged(SlotType type)
        {
            if (type == SlotType::RecoveryKey) {
                return {Error::Kind::Corrupt,
                    QCoreApplication::translate("tessera::KeySlot",
                        "The vault's recovery key slot is damaged (bytes of the file were changed). "
                        "Unlock with the password and make a new recovery key, or restore a backup.")};
            }
            return {Error::Kind::Corrupt,
                QCoreApplication::translate("tessera::KeySlot",
                    "The vault's password slot is damaged (bytes of the file were changed). Unlock with "
                    "the recovery key and set a new password, or restore a backup.")};
        }
    }

    QString KeySlot::describe(SlotType type)
    {
        return type == SlotType::RecoveryKey ? tr("recovery key") : tr("password");
    }

    QByteArray KeySlot::buildHeader(
        SlotType type, const QUuid& vaultId, const PasswordKdf::Parameters& parameters, const QByteArray& salt)
    {
        QByteArray header;
        header.reserve(HeaderBytes);
        header.append(HeaderMagic);
        header.append(static_cast<char>(HeaderVersion));
        header.append(static_cast<char>(static_cast<quint8>(type)));
        header.append(VaultFormat::uuidBytes(vaultId));
        header.append(static_cast<char>(KdfArgon2id13));
        VaultFormat::appendUint32(header, parameters.opsLimit);
        VaultFormat::appendUint64(header, parameters.memLimitBytes);
        header.append(static_cast<char>(salt.size()));
        header.append(salt);
        return header;
    }

    KeySlot KeySlot::seal(const SlotKey& key, const QUuid& vaultId, const SecureBytes& masterKey, Random& random)
    {
        KeySlot slot;
        slot.m_type = key.type();
        slot.m_vaultId = vaultId;
        slot.m_parameters = key.parameters();
        slot.m_salt = key.salt();
        slot.m_header = buildHeader(slot.m_type, vaultId, slot.m_parameters, slot.m_salt);
        auto sealed = Aead::seal(key.key(), masterKey.view(), slot.m_header, random);
        slot.m_nonce = std::move(sealed.nonce);
        slot.m_sealedKey = std::move(sealed.ciphertext);
        return slot;
    }

    Result<KeySlot> KeySlot::fromStored(
        int storedType, QByteArray header, QByteArray nonce, QByteArray sealedKey, QByteArray checksum)
    {
        const auto fallbackType
            = storedType == static_cast<int>(SlotType::RecoveryKey) ? SlotType::RecoveryKey : SlotType::Password;
        if (storedType != static_cast<int>(SlotType::Password)
            && storedType != static_cast<int>(SlotType::RecoveryKey)) {
            return damaged(fallbackType);
        }
        if (computeChecksum(static_cast<quint8>(storedType), header, nonce, sealedKey) != checksum) {
            return damaged(fallbackType);
        }
        // The checksum matches, so these bytes are what a writer stored: anything unexpected
        // below comes from a different (newer) layout rather than from damage.
        if (header.size() < HeaderMagic.size() + 1 || !header.startsWith(HeaderMagic)) {
            return damaged(fallbackType);
        }
        if (static_cast<quint8>(header.at(HeaderMagic.size())) != HeaderVersion) {
            return Error(Error::Kind::Unsupported,
                tr("The vault's %1 slot was written by a newer version of Tessera. Update Tessera to "
                   "open it.")
                    .arg(describe(fallbackType)));
        }
        if (header.size() != HeaderBytes) {
            return damaged(fallbackType);
        }
        const char* p = header.constData() + HeaderMagic.size() + 1;
        if (static_cast<quint8>(p[0]) != storedType) {
            return damaged(fallbackType);
        }
        const auto vaultId = VaultFormat::uuidFromBytes(QByteArrayView(p + 1, 16));
        if (!vaultId) {
            return damaged(fallbackType);
        }
        if (static_cast<quint8>(p[17]) != KdfArgon2id13) {
            return Error(Error::Kind::Unsupported,
                tr("The vault's %1 slot uses a key derivation this version of Tessera does not know. "
                   "Update Tessera to open it.")
                    .arg(describe(fallbackType)));
        }
        PasswordKdf::Parameters parameters;
        parameters.opsLimit = VaultFormat::readUint32(p + 18);
        parameters.memLimitBytes = VaultFormat::readUint64(p + 22);
        if (auto bounds = PasswordKdf::checkBounds(parameters); !bounds) {
            return bounds.error();
        }
        if (static_cast<quint8>(p[30]) != PasswordKdf::SaltBytes) {
            return damaged(fallbackType);
        }
        if (nonce.size() != Aead::NonceBytes || sealedKey.size() != Aead::KeyBytes + Aead::TagBytes) {
            return damaged(fallbackType);
        }
        KeySlot slot;
        slot.m_type = fallbackType;
        slot.m_vaultId = *vaultId;
        slot.m_parameters = parameters;
        slot.m_salt = QByteArray(p + 31, PasswordKdf::SaltBytes);
        slot.m_header = std::move(header);
        slot.m_nonce = std::move(nonce);
        slot.m_sealedKey = std::move(sealedKey);
        return slot;
    }

    Result<SecureBytes> KeySlot::open(const SlotKey& key) const
    {
        auto masterKey = Aead::open(key.key(), m_nonce, m_sealedKey, m_header);
        if (!masterKey || masterKey->size() != static_cast<std::size_t>(Aead::KeyBytes)) {
            if (m_type == SlotType::RecoveryKey) {
                return Error(Error::Kind::WrongPassword, tr("The recovery key does not open this vault."));
            }
            return Error(Error::Kind::WrongPassword, tr("The password is wrong."));
        }
        return std::move(masterKey).value();
    }

    QByteArray KeySlot::checksum() const
    {
        return computeChecksum(static_cast<quint8>(m_type), m_header, m_nonce, m_sealedKey);
    }
}
