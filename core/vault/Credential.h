#pragma once

#include "RecoveryKey.h"
#include "SecureBytes.h"
#include "SlotType.h"

#include <QStringView>

namespace tessera
{
    /// What the user gives to open (or re-key) a vault: the password as the UTF-8 bytes of its
    /// Unicode NFC form, or the raw bytes of the recovery key. Guarded memory, move-only.
    class Credential
    {
    public:
        static Credential password(QStringView password);
        static Credential recoveryKey(const RecoveryKey& key);

        [[nodiscard]] SlotType slotType() const { return m_type; }
        [[nodiscard]] const SecureBytes& secret() const { return m_secret; }
        [[nodiscard]] bool isEmpty() const { return m_secret.isEmpty(); }

    private:
        Credential(SlotType type, SecureBytes secret);

        SlotType m_type;
        SecureBytes m_secret;
    };
}
