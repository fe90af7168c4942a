#include "AccountQuery.h"

#include <QUuid>

namespace tessera::cli
{
    namespace
    {
        Result<AccountSummary> pick(const QList<AccountSummary>& matches, const QString& query)
        {
            if (matches.size() == 1) {
                return matches.first();
            }
            QString message = QStringLiteral("'%1' matches %2 accounts; give the id or more of the name:")
                                  .arg(query)
                                  .arg(matches.size());
            for (const AccountSummary& match : matches) {
                message += QStringLiteral("\n  ") + AccountQuery::describe(match);
            }
            return Error(Error::Kind::Ambiguous, message);
        }
    }

    QString AccountQuery::describe(const AccountSummary& account)
    {
        return account.id.toString(QUuid::WithoutBraces) + QStringLiteral("  ") + account.displayName();
    }

    Result<AccountSummary> AccountQuery::resolve(
        const QList<AccountSummary>& accounts, const QString& query, const QString& scope)
    {
        const QString wanted = query.trimmed();
        if (wanted.isEmpty()) {
            return Error(Error::Kind::InvalidInput, QStringLiteral("The account to use is empty."));
        }
        const QUuid id(wanted);
        if (!id.isNull()) {
            for (const AccountSummary& account : accounts) {
                if (account.id == id) {
                    return account;
                }
            }
        }
        QList<AccountSummary> exact;
        for (const AccountSummary& account : accounts) {
            const QString both = account.issuer + QLatin1Char(':') + account.accountName;
            if (account.issuer.compare(wanted, Qt::CaseInsensitive) == 0
                || account.accountName.compare(wanted, Qt::CaseInsensitive) == 0
                || both.compare(wanted, Qt::CaseInsensitive) == 0) {
                exact.append(account);
            }
        }
        if (!exact.isEmpty()) {
            return pick(exact, wanted);
        }
        QList<AccountSummary> partial;
        for (const AccountSummary& account : accounts) {
            const QString both = account.issuer + QLatin1Char(' ') + account.accountName;
            if (both.contains(wanted, Qt::CaseInsensitive)) {
                partial.append(account);
            }
        }
        if (!partial.isEmpty()) {
            return pick(partial, wanted);
        }
        return Error(Error::Kind::NotFound,
            QStringLiteral("No account%1 matches '%2'. Run 'tessera-cli list%3' to see them.")
                .arg(scope.isEmpty() ? QString() : QLatin1Char(' ') + scope, wanted,
                    scope.isEmpty() ? QString() : QStringLiteral(" --trash")));
    }
}
