#include "Credential.h"

#include "SecretWipe.h"

#include <utility>

namespace tessera
{
    Credential::Credential(SlotType type, SecureBytes secret)
        : m_type(type)
        , m_secret(std::move(secret))
    { }

    Credential Credential::password(QStringView password)
    {
        // NFC first: the same password typed or pasted as composed or decomposed characters
        // (é as one code point or as e + U+0301) must give the same key.
        QString normalized = password.toString().normalized(QString::NormalizationForm_C);
        QByteArray utf8 = normalized.toUtf8();
        wipe(normalized);
        Credential credential(SlotType::Password, SecureBytes::copyOf(utf8));
        wipe(utf8);
        return credential;
    }

    Credential Credential::recoveryKey(const RecoveryKey& key)
    {
        return {SlotType::RecoveryKey, key.bytes().clone()};
    }
}
