#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tessera
{
    /// RFC 4648 base32, as OTP secrets use it.
    class Base32
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::Base32)

    public:
        /// Lenient decoding: lower case, spaces, tabs, line breaks and hyphens are accepted, and
        /// padding may be missing or excessive. Anything else is an error that names the
        /// offending character and its position (1-based, in the text as given).
        static Result<QByteArray> decode(QStringView text);

        /// Strict encoding: upper case, no separators; padding only when asked for.
        static QString encode(const QByteArray& bytes, bool withPadding = false);
    };
}
