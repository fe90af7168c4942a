#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <optional>

namespace tessera
{
    /// Strict decoders for binary fields of other apps' files: a damaged field is reported instead of
    /// being decoded into something shorter (QByteArray::fromHex skips invalid characters silently).
    class ByteDecoding
    {
    public:
        /// Hexadecimal of any case, even length, nothing else.
        [[nodiscard]] static std::optional<QByteArray> hex(QStringView text);
        /// Standard base64; padding optional, white space and line breaks ignored.
        [[nodiscard]] static std::optional<QByteArray> base64(QStringView text);
        [[nodiscard]] static std::optional<QByteArray> base64(QByteArrayView text);
        /// Whether the bytes are text: valid UTF-8 without control characters other than tab and line breaks.
        [[nodiscard]] static bool isText(QByteArrayView data);
        /// Big-endian unsigned integer of 1 to 8 bytes.
        [[nodiscard]] static quint64 bigEndian(QByteArrayView bytes);
        /// Appends `value` as `size` big-endian bytes.
        static void appendBigEndian(QByteArray& out, quint64 value, int size);
    };
}
