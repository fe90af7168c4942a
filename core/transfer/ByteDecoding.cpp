#include "ByteDecoding.h"

#include "SecretWipe.h"

#include <QString>
#include <QStringDecoder>

namespace tessera
{
    std::optional<QByteArray> ByteDecoding::hex(QStringView text)
    {
        if (text.size() % 2 != 0) {
            return std::nullopt;
        }
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
            if (!ok) {
                return std::nullopt;
            }
        }
        return QByteArray::fromHex(text.toLatin1());
    }

    std::optional<QByteArray> ByteDecoding::base64(QStringView text)
    {
        for (const QChar c : text) {
            if (c.unicode() > 0x7F) {
                return std::nullopt;
            }
        }
        QByteArray latin = text.toLatin1();
        auto result = base64(QByteArrayView(latin));
        wipe(latin);
        return result;
    }

    std::optional<QByteArray> ByteDecoding::base64(QByteArrayView text)
    {
        QByteArray compact;
        compact.reserve(text.size());
        for (const char c : text) {
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                compact.append(c);
            }
        }
        auto decoded = QByteArray::fromBase64Encoding(
            compact, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        wipe(compact);
        if (!decoded) {
            return std::nullopt;
        }
        return *std::move(decoded);
    }

    bool ByteDecoding::isText(QByteArrayView data)
    {
        for (const char c : data) {
            const auto byte = static_cast<unsigned char>(c);
            if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
                return false;
            }
            if (byte == 0x7F) {
                return false;
            }
        }
        // Stateful decoding: a prefix that ends inside a multi-byte character is not an error.
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(data);
        const bool ok = !decoder.hasError();
        wipe(text);
        return ok;
    }

    quint64 ByteDecoding::bigEndian(QByteArrayView bytes)
    {
        quint64 value = 0;
        for (const char c : bytes) {
            value = (value << 8) | static_cast<unsigned char>(c);
        }
        return value;
    }

    void ByteDecoding::appendBigEndian(QByteArray& out, quint64 value, int size)
    {
        for (int i = size - 1; i >= 0; --i) {
            out.append(static_cast<char>((value >> (8 * i)) & 0xFF));
        }
    }
}
