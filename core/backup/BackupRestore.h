#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

class QObject;

namespace tessera
{
    class Vault;

    /// Bringing accounts back from a backup copy of the vault file (an automatic copy, or any
    /// vault file).
    class BackupRestore
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::BackupRestore)

    public:
        /// The copy at `path` as a locked Vault opened read-only (VaultOptions::readOnly: nothing in
        /// the copy is ever written, not even migrated). Unlock it with the password or recovery key
        /// that was valid when the copy was written, then read its accounts.
        [[nodiscard]] static std::unique_ptr<Vault> openCopy(const QString& path, QObject* parent = nullptr);

        /// Adds the accounts `ids` of the unlocked `copy` to `vault`, all or none, in one transaction.
        /// An account whose id is not in the vault (deleted since) comes back with its id; one whose
        /// id is still there (changed since) is added beside it as a new account, so nothing is
        /// overwritten. Restored accounts are out of the trash and placed last. Returns their ids in
        /// the vault, in the order of `ids`.
        [[nodiscard]] static Result<QList<QUuid>> bringBack(Vault& vault, const Vault& copy, const QList<QUuid>& ids);
    };
}
