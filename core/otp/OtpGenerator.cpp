#include "OtpGenerator.h"

#include "Hmac.h"

#include <QtEndian>

#include <array>

namespace tessera
{
    namespace
    {
        constexpr std::array<char, 26> SteamAlphabet{'2', '3', '4', '5', '6', '7', '8', '9', 'B', 'C', 'D', 'F', 'G',
            'H', 'J', 'K', 'M', 'N', 'P', 'Q', 'R', 'T', 'V', 'W', 'X', 'Y'};

        /// RFC 4226 §5.3 dynamic truncation to a 31-bit value.
        quint32 truncatedValue(const OtpParameters& parameters, quint64 counter)
        {
            QByteArray message(8, '\0');
            qToBigEndian(counter, message.data());
            const QByteArray mac = Hmac::compute(parameters.algorithm(), parameters.secret(), message);
            const int offset = static_cast<quint8>(mac.back()) & 0x0F;
            const auto byteAt = [&mac](int i) { return static_cast<quint32>(static_cast<quint8>(mac[i])); };
            return ((byteAt(offset) & 0x7F) << 24) | (byteAt(offset + 1) << 16) | (byteAt(offset + 2) << 8)
                | byteAt(offset + 3);
        }

        QString decimalCode(quint32 value, int digits)
        {
            quint64 modulus = 1;
            for (int i = 0; i < digits; ++i) {
                modulus *= 10;
            }
            return QStringLiteral("%1").arg(value % modulus, digits, 10, QLatin1Char('0'));
        }

        QString steamCode(quint32 value)
        {
            QString code;
            code.reserve(OtpParameters::SteamDigits);
            for (int i = 0; i < OtpParameters::SteamDigits; ++i) {
                code.append(QLatin1Char(SteamAlphabet[value % SteamAlphabet.size()]));
                value /= SteamAlphabet.size();
            }
            return code;
        }
    }

    QString OtpGenerator::codeForCounter(const OtpParameters& parameters, quint64 counter)
    {
        const quint32 value = truncatedValue(parameters, counter);
        if (parameters.type() == OtpType::Steam) {
            return steamCode(value);
        }
        return decimalCode(value, parameters.digits());
    }

    quint64 OtpGenerator::timeStep(const OtpParameters& parameters, qint64 unixSeconds)
    {
        if (unixSeconds < 0) {
            return 0;
        }
        return static_cast<quint64>(unixSeconds) / static_cast<quint64>(parameters.period());
    }

    QString OtpGenerator::code(const OtpParameters& parameters, qint64 unixSeconds)
    {
        if (parameters.type() == OtpType::Hotp) {
            return codeForCounter(parameters, parameters.counter());
        }
        return codeForCounter(parameters, timeStep(parameters, unixSeconds));
    }

    QString OtpGenerator::nextCode(const OtpParameters& parameters, qint64 unixSeconds)
    {
        if (parameters.type() == OtpType::Hotp) {
            return codeForCounter(parameters, parameters.counter() + 1);
        }
        return codeForCounter(parameters, timeStep(parameters, unixSeconds) + 1);
    }

    int OtpGenerator::secondsRemaining(const OtpParameters& parameters, qint64 unixSeconds)
    {
        const qint64 period = parameters.period();
        const qint64 intoPeriod = unixSeconds >= 0 ? unixSeconds % period : 0;
        return static_cast<int>(period - intoPeriod);
    }

    QString OtpGenerator::grouped(const QString& code)
    {
        const auto n = code.size();
        if (n <= 5) {
            return code;
        }
        if (n == 8) {
            return code.left(4) + QLatin1Char(' ') + code.mid(4);
        }
        // Groups of three from the left; a final group of one would be hard to read, so the
        // last group takes four instead ("123 4567", "123 456 7890").
        QString out;
        qsizetype i = 0;
        while (i < n) {
            qsizetype take = 3;
            if (n - i == 4) {
                take = 4;
            }
            if (!out.isEmpty()) {
                out.append(QLatin1Char(' '));
            }
            out.append(code.mid(i, take));
            i += take;
        }
        return out;
    }
}
