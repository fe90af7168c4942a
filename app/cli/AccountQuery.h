#pragma once

#include "AccountSummary.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace tessera::cli
{
    /// The contract's QUERY rules: an exact id; else a case-insensitive exact match of the issuer,
    /// the account name or "issuer:account"; else a case-insensitive substring of "issuer account".
    /// No match is NotFound, several are Ambiguous; either message lists what was considered.
    class AccountQuery
    {
    public:
        [[nodiscard]] static Result<AccountSummary> resolve(
            const QList<AccountSummary>& accounts, const QString& query, const QString& scope = QString());

        /// "<id>  Issuer (account)": how candidates are listed.
        static QString describe(const AccountSummary& account);
    };
}
