#include "Base32.h"

#include "SecretWipe.h"

#include <QCoreApplication>
#include <array>

namespace tessera
{
    namespace
    {
        constexpr std::array<char, 32> Alphabet{'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N',
            'O', 'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '2', '3', '4', '5', '6', '7'};

        int valueOf(char16_t c)
        {
            if (c >= u'A' && c <= u'Z') {
                return c - u'A';
            }
            if (c >= u'a' && c <= u'z') {
                return c - u'a';
            }
            if (c >= u'2' && c <= u'7') {
                return c - u'2' + 26;
            }
            return -1;
        }

        bool isSeparator(char16_t c)
        {
            return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'-';
        }

        QString describe(QChar c)
        {
            if (c.isPrint()) {
                //: A character quoted in a message; use your language's quotation marks.
                return QCoreApplication::translate("tessera::Base32", "'%1'").arg(c);
            }
            return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        }
    }

    Result<QByteArray> Base32::decode(QStringView text)
    {
        QByteArray out;
        out.reserve(text.size() * 5 / 8 + 1);
        quint32 buffer = 0;
        int bits = 0;
        qsizetype symbols = 0;
        qsizetype paddingStart = -1;

        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (isSeparator(c)) {
                continue;
            }
            if (c == u'=') {
                if (paddingStart < 0) {
                    paddingStart = i;
                }
                continue;
            }
            const int value = valueOf(c);
            if (value < 0 || paddingStart >= 0) {
                wipe(out);
                if (value >= 0) {
                    return Error(Error::Kind::InvalidInput,
                        tr("The padding '=' at position %1 is followed by more characters; "
                           "'=' may only appear at the end.")
                            .arg(paddingStart + 1));
                }
                return Error(Error::Kind::InvalidInput,
                    tr("Character %1 at position %2 is not valid base32 "
                       "(base32 uses the letters A to Z and the digits 2 to 7).")
                        .arg(describe(text[i]))
                        .arg(i + 1));
            }
            buffer = (buffer << 5) | static_cast<quint32>(value);
            bits += 5;
            ++symbols;
            if (bits >= 8) {
                bits -= 8;
                out.append(static_cast<char>((buffer >> bits) & 0xFF));
            }
        }
        buffer = 0;

        if (symbols == 0) {
            return Error(Error::Kind::InvalidInput, tr("The secret is empty."));
        }
        // 1, 3 or 6 symbols in the last group cannot encode whole bytes.
        const auto remainder = symbols % 8;
        if (remainder == 1 || remainder == 3 || remainder == 6) {
            wipe(out);
            return Error(Error::Kind::InvalidInput,
                tr("The secret has %1 base32 characters, which cannot be a whole number of "
                   "bytes; a character is probably missing or extra.")
                    .arg(symbols));
        }
        return out;
    }

    QString Base32::encode(const QByteArray& bytes, bool withPadding)
    {
        QString out;
        out.reserve((bytes.size() + 4) / 5 * 8);
        quint32 buffer = 0;
        int bits = 0;
        for (const char byte : bytes) {
            buffer = (buffer << 8) | static_cast<quint8>(byte);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(QLatin1Char(Alphabet[(buffer >> bits) & 0x1F]));
            }
        }
        if (bits > 0) {
            out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1F]));
        }
        if (withPadding) {
            while (out.size() % 8 != 0) {
                out.append(QLatin1Char('='));
            }
        }
        return out;
    }
}
