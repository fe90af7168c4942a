#pragma once

#include <QString>
#include <QUuid>

namespace tessera
{
    /// An account an export could not carry (a Google Authenticator code cannot hold a 7-digit account,
    /// for example): it is left out of the file, and the user is told which and why.
    struct LeftOutAccount
    {
        QUuid accountId;
        QString name;   ///< Account::displayName()
        QString reason; ///< one sentence

        bool operator==(const LeftOutAccount&) const = default;
    };
}
