#pragma once

#include "Account.h"
#include "BackupRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace tessera
{
    /// Everything the readiness audit looks at, as plain values, so it runs without a vault: the
    /// accounts, the backups recorded, the vault-wide facts, and the time ("now", injected).
    struct AuditInput
    {
        QList<Account> accounts; ///< accounts in the trash are left out of the audit
        /// Each account's current revision (AccountSummary::revision). Optional: with it, an account
        /// changed after its newest backup is reported.
        QHash<QUuid, quint64> accountRevisions;
        QList<BackupRecord> backups;
        bool automaticBackupsEnabled = false;
        QDateTime recoveryKeyConfirmedAt; ///< null: the vault's recovery key was never confirmed
        /// Two-letter region ("GB") for phone numbers stored without '+', to show their E.164 form;
        /// empty: none (such numbers are still flagged).
        QString defaultRegion;
        QDateTime now;
    };
}
