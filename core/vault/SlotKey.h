#pragma once

#include "Credential.h"
#include "PasswordKdf.h"
#include "Random.h"
#include "Result.h"
#include "SecureBytes.h"
#include "SlotType.h"

#include <QByteArray>
#include <QByteArrayView>

namespace tessera
{
    /// The key that opens or seals one key slot: the output of Argon2id over a credential, with the
    /// parameters and salt it was derived with. Deriving it is the slow part of unlocking (up to
    /// seconds) and touches nothing but memory, so it may run on any thread. Move-only.
    class SlotKey
    {
    public:
        /// A key for a new slot: a fresh random salt, then the KDF.
        [[nodiscard]] static Result<SlotKey> deriveNew(
            const Credential& credential, const PasswordKdf::Parameters& parameters, Random& random = Random::system());
        /// The key for an existing slot's parameters and salt (bounds are checked first).
        [[nodiscard]] static Result<SlotKey> derive(
            const Credential& credential, const PasswordKdf::Parameters& parameters, QByteArrayView salt);

        [[nodiscard]] SlotType type() const { return m_type; }
        [[nodiscard]] const PasswordKdf::Parameters& parameters() const { return m_parameters; }
        [[nodiscard]] const QByteArray& salt() const { return m_salt; }
        [[nodiscard]] const SecureBytes& key() const { return m_key; }

        /// The header of the stored slot this key was derived for (empty for a new slot): unlocking
        /// checks that the slot has not changed since (another process changing the password).
        [[nodiscard]] const QByteArray& slotHeader() const { return m_slotHeader; }
        void setSlotHeader(QByteArray header) { m_slotHeader = std::move(header); }

    private:
        SlotKey(SlotType type, PasswordKdf::Parameters parameters, QByteArray salt, SecureBytes key);

        SlotType m_type;
        PasswordKdf::Parameters m_parameters;
        QByteArray m_salt;
        SecureBytes m_key;
        QByteArray m_slotHeader;
    };
}
