#include "SntpPacket.h"

#include <QtEndian>

#include <cmath>

namespace tessera
{
    namespace
    {
        constexpr double TwoPow32 = 4294967296.0;
        constexpr quint32 NoiseMask = (1U << 20U) - 1U; // 2^20 / 2^32 s: under a quarter of a millisecond

        quint64 readTimestamp(const QByteArray& datagram, int offset)
        {
            return qFromBigEndian<quint64>(datagram.constData() + offset);
        }

        Error replyError(const QString& message)
        {
            return {Error::Kind::Io, message};
        }

        QString kissCode(const QByteArray& datagram)
        {
            QString code;
            for (int i = 12; i < 16; ++i) {
                const auto c = static_cast<unsigned char>(datagram.at(i));
                if (c >= 0x20 && c < 0x7F) {
                    code.append(QLatin1Char(static_cast<char>(c)));
                }
            }
            return code.trimmed();
        }
    }

    QByteArray SntpPacket::request(quint64 transmitTimestamp)
    {
        QByteArray packet(Size, '\0');
        // LI 0 (no warning), VN 4, mode 3 (client): 00 100 011.
        packet[0] = static_cast<char>((Version << 3) | ClientMode);
        qToBigEndian(transmitTimestamp, packet.data() + 40);
        return packet;
    }

    quint64 SntpPacket::toNtpTimestamp(qint64 unixMilliseconds, quint32 noise)
    {
        const qint64 seconds = (unixMilliseconds >= 0 ? unixMilliseconds / 1000 : (unixMilliseconds - 999) / 1000);
        const qint64 millis = unixMilliseconds - seconds * 1000;
        const auto ntpSeconds = static_cast<quint64>(seconds + UnixEpochInNtpSeconds) & 0xFFFFFFFFULL;
        auto fraction = static_cast<quint64>(std::llround(static_cast<double>(millis) * TwoPow32 / 1000.0));
        fraction ^= noise & NoiseMask;
        return (ntpSeconds << 32U) | (fraction & 0xFFFFFFFFULL);
    }

    double SntpPacket::toUnixMilliseconds(quint64 timestamp, qint64 nearUnixMilliseconds)
    {
        const auto seconds = static_cast<qint64>(timestamp >> 32U);
        const double fraction = static_cast<double>(timestamp & 0xFFFFFFFFULL) / TwoPow32;
        // Choose the era (multiple of 2^32 s) that puts the time nearest to the reference time.
        const qint64 nearNtpSeconds = nearUnixMilliseconds / 1000 + UnixEpochInNtpSeconds;
        const qint64 eraSpan = 1LL << 32;
        const qint64 shifted = nearNtpSeconds - seconds + eraSpan / 2;
        qint64 era = shifted / eraSpan;
        if (shifted < 0 && shifted % eraSpan != 0) {
            era -= 1; // floor, not truncation
        }
        const qint64 unixSeconds = seconds + era * eraSpan - UnixEpochInNtpSeconds;
        return (static_cast<double>(unixSeconds) + fraction) * 1000.0;
    }

    Result<SntpPacket::Reply> SntpPacket::parseReply(
        const QByteArray& datagram, quint64 expectedOrigin, qint64 nearUnixMilliseconds)
    {
        if (datagram.size() < Size) {
            return replyError(tr("The time server sent %1 bytes, too few for an NTP reply (%2); it is "
                                 "probably not an NTP server.")
                                  .arg(datagram.size())
                                  .arg(Size));
        }
        const auto first = static_cast<quint8>(datagram.at(0));
        Reply reply;
        reply.leapIndicator = first >> 6U;
        reply.version = (first >> 3U) & 0x7U;
        const int mode = first & 0x7U;
        reply.stratum = static_cast<quint8>(datagram.at(1));

        if (readTimestamp(datagram, 24) != expectedOrigin) {
            return replyError(tr("The reply does not answer Tessera's request (its originate timestamp "
                                 "differs): it may be forged or stale. Try again."));
        }
        if (mode != ServerMode) {
            return replyError(tr("The reply is not from an NTP server (mode %1, expected %2); it is "
                                 "probably not an NTP server.")
                                  .arg(mode)
                                  .arg(ServerMode));
        }
        if (reply.version < 1 || reply.version > 4) {
            return replyError(tr("The reply uses NTP version %1, which Tessera does not understand; it is "
                                 "probably not an NTP server.")
                                  .arg(reply.version));
        }
        if (reply.stratum == 0) {
            const QString code = kissCode(datagram);
            if (code == u"RATE") {
                return replyError(tr("The time server asks clients to slow down (kiss-o'-death RATE). "
                                     "Wait a while, or choose another server."));
            }
            if (code == u"DENY" || code == u"RSTR") {
                return replyError(tr("The time server refuses to answer Tessera (kiss-o'-death %1). "
                                     "Choose another server.")
                                      .arg(code));
            }
            return replyError(tr("The time server sent a kiss-o'-death (%1) instead of the time. Choose "
                                 "another server.")
                                  .arg(code.isEmpty() ? tr("no code") : code));
        }
        if (reply.leapIndicator == 3 || reply.stratum > 15) {
            return replyError(tr("The time server's own clock is not synchronised (leap indicator %1, "
                                 "stratum %2). Choose another server.")
                                  .arg(reply.leapIndicator)
                                  .arg(reply.stratum));
        }
        const quint64 receive = readTimestamp(datagram, 32);
        const quint64 transmit = readTimestamp(datagram, 40);
        if (receive == 0 || transmit == 0) {
            return replyError(tr("The time server's reply has no time in it; choose another server."));
        }
        reply.receiveMilliseconds = toUnixMilliseconds(receive, nearUnixMilliseconds);
        reply.transmitMilliseconds = toUnixMilliseconds(transmit, nearUnixMilliseconds);
        if (reply.transmitMilliseconds < reply.receiveMilliseconds) {
            return replyError(tr("The time server's reply is inconsistent (sent before it was "
                                 "received); choose another server."));
        }
        if (reply.stratum == 1) {
            reply.referenceId = kissCode(datagram);
        } else {
            reply.referenceId = QStringLiteral("%1.%2.%3.%4")
                                    .arg(static_cast<quint8>(datagram.at(12)))
                                    .arg(static_cast<quint8>(datagram.at(13)))
                                    .arg(static_cast<quint8>(datagram.at(14)))
                                    .arg(static_cast<quint8>(datagram.at(15)));
        }
        return reply;
    }
}
