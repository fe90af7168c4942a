#include "VaultAudit.h"

#include "ReadinessAudit.h"
#include "Vault.h"

namespace tessera
{
    VaultAudit::Input VaultAudit::collect(const Vault& vault,
        const QDateTime& now,
        const QString& defaultRegion,
        std::optional<bool> automaticBackupsEnabled)
    {
        Input collected;
        AuditInput& input = collected.input;
        for (const AccountSummary& summary : vault.accounts(Vault::Filter::Active)) {
            auto account = vault.account(summary.id);
            if (!account) {
                collected.warnings.append(
                    tr("%1 was left out of the audit: %2").arg(summary.displayName(), account.error().message()));
                continue;
            }
            input.accounts.append(std::move(account).value());
            input.accountRevisions.insert(summary.id, summary.revision);
        }
        input.defaultRegion = defaultRegion;
        input.now = now;
        if (auto backups = vault.backups(); backups) {
            input.backups = std::move(backups).value();
        } else {
            collected.warnings.append(tr("The vault's backup records could not be read, so none are counted: %1")
                                          .arg(backups.error().message()));
        }
        input.automaticBackupsEnabled
            = automaticBackupsEnabled.value_or(ReadinessAudit::hasRecentAutomaticCopy(input.backups, now));
        return collected;
    }
}
