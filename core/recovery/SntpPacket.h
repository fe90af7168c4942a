#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace tessera
{
    /// The NTP packet as SNTP (RFC 4330) uses it: building a client request and validating a
    /// server's reply. Pure functions, no sockets, so that garbage is easy to test.
    class SntpPacket
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::SntpPacket)

    public:
        static constexpr int Size = 48;
        static constexpr int ClientMode = 3;
        static constexpr int ServerMode = 4;
        static constexpr int Version = 4;
        /// Seconds from 1900-01-01 (the NTP epoch) to 1970-01-01.
        static constexpr qint64 UnixEpochInNtpSeconds = 2'208'988'800LL;

        /// What a valid reply says. Timestamps are in milliseconds since the Unix epoch.
        struct Reply
        {
            int leapIndicator = 0;
            int version = 0;
            int stratum = 0;
            QString referenceId;             ///< four ASCII characters for stratum 1, an IPv4 address otherwise
            double receiveMilliseconds = 0;  ///< t2: when the server received the request
            double transmitMilliseconds = 0; ///< t3: when the server sent the reply
        };

        /// A client request (version 4, mode 3) whose transmit timestamp is `transmitTimestamp`.
        static QByteArray request(quint64 transmitTimestamp);

        /// The 64-bit NTP timestamp for a Unix time. `noise` flips fraction bits worth less than a
        /// quarter of a millisecond, below the clock's resolution (RFC 4330 §3 suggests unpredictable
        /// low bits so that replies cannot be forged blindly).
        static quint64 toNtpTimestamp(qint64 unixMilliseconds, quint32 noise = 0);

        /// A 64-bit NTP timestamp as Unix milliseconds, in the NTP era nearest to `near`
        /// (so that 2036's wrap-around is handled).
        static double toUnixMilliseconds(quint64 timestamp, qint64 nearUnixMilliseconds);

        /// Checks a datagram against the request that was sent (its transmit timestamp must come
        /// back as the originate timestamp) and RFC 4330 §5: server mode, a synchronised server
        /// (leap indicator not 3, stratum 1 to 15), no kiss-o'-death, non-zero timestamps. Errors
        /// are Io errors whose message says what the server did wrong.
        static Result<Reply> parseReply(
            const QByteArray& datagram, quint64 expectedOrigin, qint64 nearUnixMilliseconds);
    };
}
