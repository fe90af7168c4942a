#pragma once

#include "OtpParameters.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace tessera
{
    /// Checks a code someone read off another device (a phone after a transfer) against an account's
    /// parameters, allowing for the two clocks to disagree a little and for a code read just before it
    /// changed: TOTP and Steam try the current period and `window` periods either side; HOTP tries the
    /// counter and the `window` values after it (the other device may have been pressed already).
    class CodeVerifier
    {
    public:
        static constexpr int DefaultWindow = 1;

        struct Match
        {
            /// TOTP/Steam: periods from now (-1 the previous code, +1 the next); HOTP: counter steps ahead.
            int offset = 0;
        };

        /// The typed code may hold spaces or dashes ("123 456"); Steam codes are not case sensitive.
        [[nodiscard]] static std::optional<Match> match(
            const OtpParameters& parameters, QStringView typed, qint64 unixSeconds, int window = DefaultWindow);

        /// The typed code without separators (upper case for Steam); empty when it holds anything else or
        /// has the wrong length for these parameters.
        [[nodiscard]] static QString normalized(const OtpParameters& parameters, QStringView typed);
    };
}
