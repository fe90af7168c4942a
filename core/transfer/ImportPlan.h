#pragma once

#include "Account.h"
#include "ImportResult.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace tessera
{
    /// What an import would do, before anything is written: each incoming entry is new, a duplicate of an
    /// existing account (same secret and OTP settings; the HOTP counter is ignored because it moves) or of
    /// an earlier entry of the same import, or unreadable with the reason. The user chooses (skip or import
    /// duplicates, per entry if they like, rename), then accountsToAdd() gives the final list, which the
    /// vault adds in one transaction. It needs only the existing accounts, not the vault.
    class ImportPlan
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::ImportPlan)

    public:
        enum class Status
        {
            New,
            Duplicate,
            Unreadable,
        };

        enum class DuplicatePolicy
        {
            Skip,   ///< the default: a duplicate is not added again
            Import, ///< duplicates are added as further accounts
        };

        struct Item
        {
            Status status = Status::New;
            std::optional<Account> account; ///< set for New and Duplicate
            QString label;                  ///< how the source names the entry
            QString reason;                 ///< Unreadable: why; Duplicate: which account it repeats
            QUuid duplicateOf;              ///< the existing account (or earlier entry) it duplicates
            QString duplicateOfName;        ///< that account's display name
            bool duplicateInImport = false; ///< it repeats an earlier entry of this import, not an existing account
            std::optional<bool> included;   ///< the user's choice for this entry, overriding the policy
        };

        /// Classifies every incoming account and unreadable entry against the existing accounts.
        [[nodiscard]] static ImportPlan create(const ImportResult& incoming, const QList<Account>& existing);

        [[nodiscard]] const QList<Item>& items() const { return m_items; }
        /// The reader's warnings (a missing Google Authenticator code, details the format loses).
        [[nodiscard]] const QStringList& warnings() const { return m_warnings; }
        [[nodiscard]] qsizetype count(Status status) const;

        void setDuplicatePolicy(DuplicatePolicy policy) { m_policy = policy; }
        [[nodiscard]] DuplicatePolicy duplicatePolicy() const { return m_policy; }
        /// Includes or leaves out one new or duplicate entry, whatever the policy says.
        [[nodiscard]] Result<void> setIncluded(qsizetype index, bool included);
        /// Changes the issuer and account name an entry will be added with.
        [[nodiscard]] Result<void> rename(qsizetype index, const QString& issuer, const QString& accountName);
        [[nodiscard]] bool isIncluded(qsizetype index) const;
        /// How many accounts accountsToAdd() returns.
        [[nodiscard]] qsizetype addCount() const;

        /// The accounts to add, in import order: ids unique against the existing accounts and each other,
        /// creation and modification times set to `now` where the source had none, positions after the
        /// existing accounts.
        [[nodiscard]] QList<Account> accountsToAdd(const QDateTime& now) const;

        /// Same secret, type, algorithm, digits and period (the HOTP counter is not compared).
        [[nodiscard]] static bool sameCredential(const Account& a, const Account& b);
        /// "new", "duplicate", "unreadable": how the command line's JSON names a status.
        [[nodiscard]] static QString statusName(Status status);

    private:
        QList<Item> m_items;
        QStringList m_warnings;
        QSet<QUuid> m_existingIds;
        qint64 m_nextPosition = 0;
        DuplicatePolicy m_policy = DuplicatePolicy::Skip;
    };
}
