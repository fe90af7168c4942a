#pragma once

#include "Account.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera
{
    /// The whole Account value as JSON, recovery information included: the content of a Tessera backup.
    /// docs/backup-format.md specifies every field.
    class AccountJson
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::AccountJson)

    public:
        [[nodiscard]] static QJsonObject toJson(const Account& account);
        /// Errors name the field that is missing or wrong ("the field 'digits' should be a number ...").
        [[nodiscard]] static Result<Account> fromJson(const QJsonObject& object);
    };
}
