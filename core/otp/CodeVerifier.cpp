#include "CodeVerifier.h"

#include "OtpGenerator.h"

namespace tessera
{
    namespace
    {
        /// Compares without stopping at the first difference: the typed code is not secret, but the
        /// expected ones are codes of the account.
        bool sameCode(const QString& a, const QString& b)
        {
            if (a.size() != b.size()) {
                return false;
            }
            char16_t difference = 0;
            for (qsizetype i = 0; i < a.size(); ++i) {
                difference |= static_cast<char16_t>(a.at(i).unicode() ^ b.at(i).unicode());
            }
            return difference == 0;
        }
    }

    QString CodeVerifier::normalized(const OtpParameters& parameters, QStringView typed)
    {
        QString code;
        for (const QChar c : typed) {
            if (c.isSpace() || c == QLatin1Char('-')) {
                continue;
            }
            const bool steam = parameters.type() == OtpType::Steam;
            if (!(steam ? c.isLetterOrNumber() && c.unicode() < 128 : c.isDigit() && c.unicode() < 128)) {
                return {};
            }
            code.append(steam ? c.toUpper() : c);
        }
        const int expected = parameters.type() == OtpType::Steam ? OtpParameters::SteamDigits : parameters.digits();
        return code.size() == expected ? code : QString();
    }

    std::optional<CodeVerifier::Match> CodeVerifier::match(
        const OtpParameters& parameters, QStringView typed, qint64 unixSeconds, int window)
    {
        const QString code = normalized(parameters, typed);
        if (code.isEmpty() || window < 0) {
            return std::nullopt;
        }
        if (!parameters.isTimeBased()) {
            for (int step = 0; step <= window; ++step) {
                if (sameCode(OtpGenerator::codeForCounter(parameters, parameters.counter() + step), code)) {
                    return Match{step};
                }
            }
            return std::nullopt;
        }
        // Now first, then outwards: the most likely match wins when two periods share a code.
        for (int distance = 0; distance <= window; ++distance) {
            for (const int offset : {-distance, distance}) {
                const qint64 at = unixSeconds + qint64(offset) * parameters.period();
                if (at >= 0 && sameCode(OtpGenerator::code(parameters, at), code)) {
                    return Match{offset};
                }
                if (distance == 0) {
                    break;
                }
            }
        }
        return std::nullopt;
    }
}
