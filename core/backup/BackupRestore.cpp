#include "BackupRestore.h"

#include "Vault.h"

#include <QSet>

namespace tessera
{
    std::unique_ptr<Vault> BackupRestore::openCopy(const QString& path, QObject* parent)
    {
        VaultOptions options;
        options.readOnly = true;
        options.purgeExpiredTrashOnUnlock = false;
        return std::make_unique<Vault>(path, std::move(options), parent);
    }

    Result<QList<QUuid>> BackupRestore::bringBack(Vault& vault, const Vault& copy, const QList<QUuid>& ids)
    {
        if (!copy.isUnlocked()) {
            return Error(Error::Kind::Conflict, tr("Unlock the backup copy first."));
        }
        const QHash<QUuid, quint64> present = vault.accountRevisions();
        QSet<QUuid> taken;
        QList<Account> accounts;
        accounts.reserve(ids.size());
        for (const QUuid& id : ids) {
            auto account = copy.account(id);
            if (!account) {
                return account.error();
            }
            if (present.contains(id) || taken.contains(id)) {
                account->id = QUuid(); // beside the current one: a fresh id
            }
            taken.insert(id);
            account->trashedAt = QDateTime();
            account->position = 0; // last
            accounts.append(std::move(account).value());
        }
        return vault.addAll(std::move(accounts));
    }
}
