#pragma once

#include "LeftOutAccount.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tessera
{
    /// The bytes of an export file, the accounts it had to leave out, and warnings about accounts it
    /// carries but the receiving app may not handle. The bytes may contain secrets: callers write them
    /// and wipe their copy.
    struct ExportResult
    {
        QByteArray data;
        QList<LeftOutAccount> leftOut;
        QStringList warnings;
    };
}
