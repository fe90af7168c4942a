#pragma once

#include "OtpParameters.h"

#include <QByteArray>

namespace tessera
{
    /// HMAC (RFC 2104) over SHA-1/256/512. Written here rather than through
    /// QMessageAuthenticationCode so that every buffer derived from the key is wiped.
    class Hmac
    {
    public:
        static QByteArray compute(HashAlgorithm algorithm, const QByteArray& key, const QByteArray& message);
    };
}
