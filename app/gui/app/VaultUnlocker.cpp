#include "app/VaultUnlocker.h"

#include "app/KeyDerivation.h"
#include "app/VaultHolder.h"

namespace tessera::gui
{
    VaultUnlocker::VaultUnlocker(VaultHolder& holder, QObject* parent)
        : QObject(parent)
        , m_holder(holder)
        , m_derivation(new KeyDerivation(this))
    {
        connect(m_derivation, &KeyDerivation::finished, this, &VaultUnlocker::onDerived);
    }

    VaultUnlocker::~VaultUnlocker() = default;

    void VaultUnlocker::unlock(Credential credential)
    {
        if (isBusy()) {
            return;
        }
        m_credential = std::make_shared<const Credential>(std::move(credential));
        m_attempt = 0;
        emit busyChanged(true);
        derive();
    }

    bool VaultUnlocker::isBusy() const
    {
        return m_credential != nullptr;
    }

    void VaultUnlocker::derive()
    {
        m_derivation->start(
            [path = m_holder.path(), credential = m_credential] { return Vault::deriveUnlockKey(path, *credential); });
    }

    void VaultUnlocker::onDerived()
    {
        auto key = m_derivation->takeResult();
        const auto finish = [this](const std::optional<Error>& error) {
            m_credential.reset();
            emit busyChanged(false);
            if (error) {
                emit failed(*error);
            } else {
                emit succeeded();
            }
        };
        if (!key.has_value()) {
            finish(Error(Error::Kind::Io, tr("Unlocking was interrupted. Please try again.")));
            return;
        }
        if (!key->ok()) {
            finish(key->error());
            return;
        }
        if (m_holder.isUnlocked()) {
            finish(std::nullopt); // unlocked meanwhile (the quick search and the window both asked)
            return;
        }
        auto opened = m_holder.vault().unlock(std::move(*key).value());
        if (!opened && opened.error().kind() == Error::Kind::Conflict && m_attempt == 0) {
            ++m_attempt;
            derive();
            return;
        }
        finish(opened ? std::nullopt : std::optional<Error>(opened.error()));
    }
}
