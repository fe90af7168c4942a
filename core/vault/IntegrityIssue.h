#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace tessera
{
    /// Something unlocking (or reloading) found that the vault's own authenticated records
    /// contradict: never accepted silently. While any issue exists the vault opens read-only:
    /// every healthy account can be read and copied out, nothing is written until the user
    /// repairs the vault (Vault::repair) or restores a backup.
    struct IntegrityIssue
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::IntegrityIssue)

    public:
        enum class Kind
        {
            MissingAccount,     ///< the manifest lists the account; its row is gone (deleted outside Tessera)
            OlderRevision,      ///< the row is an authentic but older copy (replayed or restored outside Tessera)
            UnexpectedRevision, ///< the row's revision is not the one the manifest lists, and not older
            UnlistedAccount,    ///< a row the manifest does not list (a purged account put back, or injected)
            DamagedAccount,     ///< the row fails its authenticity check or cannot be decoded
            UnsupportedAccount, ///< the row was written by a newer version of Tessera
            DamagedManifest,    ///< the manifest itself fails its check: rows cannot be cross-checked
        };

        Kind kind = Kind::DamagedAccount;
        QUuid accountId; ///< null for DamagedManifest
        quint64 expectedRevision = 0;
        quint64 foundRevision = 0;

        /// One or two sentences for the user: what is wrong and what it means.
        [[nodiscard]] QString message() const;
        /// A stable machine name: "missing-account", "older-revision", ...
        [[nodiscard]] QString code() const;

        bool operator==(const IntegrityIssue&) const = default;
    };
}
