#include "SlotKey.h"

#include <utility>

namespace tessera
{
    SlotKey::SlotKey(SlotType type, PasswordKdf::Parameters parameters, QByteArray salt, SecureBytes key)
        : m_type(type)
        , m_parameters(parameters)
        , m_salt(std::move(salt))
        , m_key(std::move(key))
    { }

    Result<SlotKey> SlotKey::deriveNew(
        const Credential& credential, const PasswordKdf::Parameters& parameters, Random& random)
    {
        return derive(credential, parameters, random.bytes(PasswordKdf::SaltBytes));
    }

    Result<SlotKey> SlotKey::derive(
        const Credential& credential, const PasswordKdf::Parameters& parameters, QByteArrayView salt)
    {
        auto key = PasswordKdf::derive(credential.secret().view(), salt, parameters);
        if (!key) {
            return key.error();
        }
        return SlotKey(credential.slotType(), parameters, salt.toByteArray(), std::move(key).value());
    }
}
