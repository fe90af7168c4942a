#pragma once

#include "Credential.h"
#include "Error.h"

#include <QObject>

#include <memory>

namespace tessera::gui
{
    class KeyDerivation;
    class VaultHolder;

    /// Unlocks the vault without blocking the window: the key is derived on a worker thread
    /// (Vault::deriveUnlockKey), then the vault is opened on this thread. If the key slot changed
    /// meanwhile (another process changed the password), the derivation runs once more.
    class VaultUnlocker : public QObject
    {
        Q_OBJECT

    public:
        explicit VaultUnlocker(VaultHolder& holder, QObject* parent = nullptr);
        ~VaultUnlocker() override;

        VaultUnlocker(const VaultUnlocker&) = delete;
        VaultUnlocker& operator=(const VaultUnlocker&) = delete;

        /// Starts unlocking with a password or the recovery key; ignored while busy.
        void unlock(Credential credential);
        [[nodiscard]] bool isBusy() const;

    signals:
        void busyChanged(bool busy);
        void succeeded();
        void failed(const tessera::Error& error);

    private:
        void derive();
        void onDerived();

        VaultHolder& m_holder;
        KeyDerivation* m_derivation;
        std::shared_ptr<const Credential> m_credential;
        int m_attempt = 0;
    };
}
