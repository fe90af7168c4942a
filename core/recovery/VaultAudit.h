#pragma once

#include "AuditInput.h"

#include <QCoreApplication>
#include <QStringList>

namespace tessera
{
    class Vault;

    /// Builds the readiness audit's input from an unlocked vault: every account outside the trash with
    /// its revision, the vault's backup records, and whether automatic copies are being made. Shared by
    /// `tessera-cli audit` and the desktop's readiness view so both judge the same facts.
    class VaultAudit
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::VaultAudit)

    public:
        struct Input
        {
            AuditInput input;
            /// What could not be read (an account, the backup records): one sentence each. The audit still
            /// runs on the rest.
            QStringList warnings;
        };

        /// `automaticBackupsEnabled`: the desktop passes its setting; without one (the command line), a
        /// recent automatic copy in the records counts as enabled.
        [[nodiscard]] static Input collect(const Vault& vault,
            const QDateTime& now,
            const QString& defaultRegion,
            std::optional<bool> automaticBackupsEnabled = std::nullopt);
    };
}
