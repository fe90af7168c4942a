#pragma once

#include "Playbook.h"
#include "RecoveryFlow.h"

#include <QList>
#include <QUuid>

namespace tessera
{
    class Clock;
}

namespace tessera::gui
{
    class Clipboard;
    class VaultHolder;

    /// What the recovery wizard's pages share: the vault, the clock codes use, the clipboard service, the bundled
    /// playbooks and the flow they drive. Every change to the flow is saved (see RecoveryWizard::save) so a recovery
    /// that waits days for a provider can be picked up again.
    struct RecoveryContext
    {
        VaultHolder& holder;
        Clock& clock;
        Clipboard& clipboard;
        QList<Playbook> playbooks;
        RecoveryFlow flow;
        /// The account the provider's new QR code became (re-enrolment), once there is one.
        QUuid newAccount;

        /// The account the last steps are about: the new one once it exists, else the one recovered.
        [[nodiscard]] QUuid currentAccount() const
        {
            return newAccount.isNull() ? QUuid::fromString(flow.accountId()) : newAccount;
        }
    };
}
