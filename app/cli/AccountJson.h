#pragma once

#include "Account.h"
#include "AccountSummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace tessera::cli
{
    /// The JSON shapes of tessera-cli's vault commands (never a secret unless asked for).
    class AccountJson
    {
    public:
        /// {id, issuer, account, type, algorithm, digits, period, counter, tags, favorite}; period is
        /// null for HOTP and counter null for TOTP and Steam. trashed_at is added for trashed accounts.
        static QJsonObject summary(const AccountSummary& account);
        /// The summary plus note, times and recovery info (show --json).
        static QJsonObject details(const Account& account);
        /// ISO 8601 in UTC with milliseconds, or null.
        static QJsonValue time(const QDateTime& time);
    };
}
