#pragma once

#include "LeftOutAccount.h"

#include <QList>
#include <QStringList>

namespace tessera
{
    /// Accounts encoded as Google Authenticator transfer codes: one otpauth-migration:// URI per QR code
    /// (at most 10 accounts each), the accounts left out with the reason, and warnings about accounts
    /// carried that Google Authenticator may not handle. The URIs contain secrets.
    struct MigrationExport
    {
        QStringList uris;
        qint32 batchId = 0;
        QList<LeftOutAccount> leftOut;
        QStringList warnings;
    };
}
