#include "Account.h"

#include <utility>

namespace tessera
{
    Account::Account(OtpParameters otpParameters)
        : parameters(std::move(otpParameters))
    { }

    Account Account::fromUri(const OtpUri& uri, const QDateTime& now)
    {
        Account account(uri.parameters());
        account.id = QUuid::createUuid();
        account.issuer = uri.issuer();
        account.accountName = uri.accountName();
        account.createdAt = now;
        account.modifiedAt = now;
        return account;
    }

    OtpUri Account::toUri() const
    {
        return OtpUri(issuer, accountName, parameters);
    }

    QString Account::displayName() const
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
