#include "AccountSummary.h"

namespace tessera
{
    QString AccountSummary::displayName() const
    {
        if (issuer.isEmpty()) {
            return accountName;
        }
        if (accountName.isEmpty()) {
            return issuer;
        }
        return issuer + QStringLiteral(" (") + accountName + QLatin1Char(')');
    }
}
