#include "ImportPlan.h"

#include "ForeignCrypto.h"

#include <QHash>

#include <algorithm>

namespace tessera
{
    namespace
    {
        /// A digest of what makes two accounts the same credential: hash keys hold no secret.
        QByteArray credentialKey(const Account& account)
        {
            const OtpParameters& p = account.parameters;
            QByteArray material;
            material.reserve(p.secret().size() + 16);
            material.append(static_cast<char>(p.type()));
            material.append(static_cast<char>(p.algorithm()));
            material.append(static_cast<char>(p.digits()));
            material.append(QByteArray::number(p.isTimeBased() ? p.period() : 0));
            material.append('|');
            material.append(p.secret());
            QByteArray digest = ForeignCrypto::sha256(material);
            std::fill(material.begin(), material.end(), '\0');
            return digest;
        }

        Error invalidIndex()
        {
            return {Error::Kind::InvalidInput,
                QCoreApplication::translate("tessera::ImportPlan", "There is no such entry in the import.")};
        }
    }

    ImportPlan ImportPlan::create(const ImportResult& incoming, const QList<Account>& existing)
    {
        ImportPlan plan;
        plan.m_warnings = incoming.warnings;
        QHash<QByteArray, const Account*> known;
        qint64 maxPosition = -1;
        for (const Account& account : existing) {
            plan.m_existingIds.insert(account.id);
            maxPosition = std::max(maxPosition, account.position);
            known.insert(credentialKey(account), &account);
        }
        plan.m_nextPosition = maxPosition + 1;

        QHash<QByteArray, qsizetype> earlier; // credential → index in m_items
        for (const Account& account : incoming.accounts) {
            Item item;
            item.account = account;
            item.label = account.displayName();
            const QByteArray key = credentialKey(account);
            if (const auto found = known.constFind(key); found != known.constEnd()) {
                const Account& other = *found.value();
                item.status = Status::Duplicate;
                item.duplicateOf = other.id;
                item.duplicateOfName = other.displayName();
                item.reason = other.isTrashed()
                    ? tr("It has the same secret and settings as %1, which is in the trash.").arg(item.duplicateOfName)
                    : tr("It has the same secret and settings as %1.").arg(item.duplicateOfName);
            } else if (const auto repeated = earlier.constFind(key); repeated != earlier.constEnd()) {
                const Item& first = plan.m_items[repeated.value()];
                item.status = Status::Duplicate;
                item.duplicateInImport = true;
                item.duplicateOf = first.account->id;
                item.duplicateOfName = first.label;
                item.reason = tr("It has the same secret and settings as %1, earlier in this import.")
                                  .arg(item.duplicateOfName);
            } else {
                earlier.insert(key, plan.m_items.size());
            }
            plan.m_items.append(item);
        }
        for (const UnreadableEntry& entry : incoming.unreadable) {
            Item item;
            item.status = Status::Unreadable;
            item.label = entry.label;
            item.reason = entry.reason;
            plan.m_items.append(item);
        }
        return plan;
    }

    qsizetype ImportPlan::count(Status status) const
    {
        return std::count_if(
            m_items.cbegin(), m_items.cend(), [status](const Item& item) { return item.status == status; });
    }

    Result<void> ImportPlan::setIncluded(qsizetype index, bool included)
    {
        if (index < 0 || index >= m_items.size()) {
            return invalidIndex();
        }
        if (m_items[index].status == Status::Unreadable) {
            return Error(Error::Kind::InvalidInput,
                tr("%1 cannot be imported: %2").arg(m_items[index].label, m_items[index].reason));
        }
        m_items[index].included = included;
        return {};
    }

    Result<void> ImportPlan::rename(qsizetype index, const QString& issuer, const QString& accountName)
    {
        if (index < 0 || index >= m_items.size()) {
            return invalidIndex();
        }
        Item& item = m_items[index];
        if (!item.account) {
            return Error(Error::Kind::InvalidInput, tr("An unreadable entry cannot be renamed."));
        }
        if (issuer.trimmed().isEmpty() && accountName.trimmed().isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("Give the account an issuer or a name."));
        }
        item.account->issuer = issuer.trimmed();
        item.account->accountName = accountName.trimmed();
        item.label = item.account->displayName();
        return {};
    }

    bool ImportPlan::isIncluded(qsizetype index) const
    {
        if (index < 0 || index >= m_items.size()) {
            return false;
        }
        const Item& item = m_items[index];
        switch (item.status) {
        case Status::Unreadable:
            return false;
        case Status::New:
            return item.included.value_or(true);
        case Status::Duplicate:
            return item.included.value_or(m_policy == DuplicatePolicy::Import);
        }
        return false;
    }

    qsizetype ImportPlan::addCount() const
    {
        qsizetype count = 0;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            count += isIncluded(i) ? 1 : 0;
        }
        return count;
    }

    QList<Account> ImportPlan::accountsToAdd(const QDateTime& now) const
    {
        QList<Account> accounts;
        QSet<QUuid> used = m_existingIds;
        qint64 position = m_nextPosition;
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (!isIncluded(i)) {
                continue;
            }
            Account account = *m_items[i].account;
            while (account.id.isNull() || used.contains(account.id)) {
                account.id = QUuid::createUuid();
            }
            used.insert(account.id);
            if (!account.createdAt.isValid()) {
                account.createdAt = now;
            }
            if (!account.modifiedAt.isValid()) {
                account.modifiedAt = now;
            }
            account.position = position++;
            accounts.append(std::move(account));
        }
        return accounts;
    }

    QString ImportPlan::statusName(Status status)
    {
        switch (status) {
        case Status::New:
            return QStringLiteral("new");
        case Status::Duplicate:
            return QStringLiteral("duplicate");
        case Status::Unreadable:
            return QStringLiteral("unreadable");
        }
        return {};
    }

    bool ImportPlan::sameCredential(const Account& a, const Account& b)
    {
        const OtpParameters& p = a.parameters;
        const OtpParameters& q = b.parameters;
        return p.type() == q.type() && p.algorithm() == q.algorithm() && p.digits() == q.digits()
            && (!p.isTimeBased() || p.period() == q.period()) && p.secret() == q.secret();
    }
}
