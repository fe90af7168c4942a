#pragma once

#include "ImportResult.h"

#include <QByteArray>

namespace tessera
{
    /// One decoded Google Authenticator transfer code (one otpauth-migration:// payload): its place in
    /// the export and the accounts it carries (entries Tessera cannot represent are in `content.unreadable`).
    struct MigrationPayload
    {
        int version = 0;    ///< 1 in practice (2 seen once); not checked
        int batchSize = 1;  ///< how many codes the export has (an absent or zero field reads as 1)
        int batchIndex = 0; ///< 0-based position of this code
        qint32 batchId = 0; ///< shared by all codes of one export; 0 is a valid id
        QByteArray digest;  ///< SHA-256 of the protobuf bytes: the same code scanned twice is recognised
        ImportResult content;
    };
}
