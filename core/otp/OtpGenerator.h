#pragma once

#include "OtpParameters.h"

#include <QString>

namespace tessera
{
    /// Computes HOTP (RFC 4226), TOTP (RFC 6238) and Steam Guard codes. Parameters are validated
    /// when they are built, so nothing here can fail.
    class OtpGenerator
    {
    public:
        /// The code at a moment: TOTP and Steam use the time, HOTP uses the parameters' counter.
        static QString code(const OtpParameters& parameters, qint64 unixSeconds);

        /// The code that follows: the next period (TOTP, Steam) or the next counter (HOTP).
        static QString nextCode(const OtpParameters& parameters, qint64 unixSeconds);

        /// The HOTP value for an explicit counter (for TOTP, the counter is the time step).
        static QString codeForCounter(const OtpParameters& parameters, quint64 counter);

        /// The RFC 6238 time step T = floor(t / period); times before 1970 count as step 0.
        static quint64 timeStep(const OtpParameters& parameters, qint64 unixSeconds);

        /// Seconds until the current code of a time-based account changes (1..period).
        static int secondsRemaining(const OtpParameters& parameters, qint64 unixSeconds);

        /// Groups digits for reading aloud: "123 456", "1234 5678", "123 4567".
        static QString grouped(const QString& code);
    };
}
