#include "RecoveryKey.h"

#include "SecretWipe.h"

#include <QCryptographicHash>

#include <utility>

namespace tessera
{
    namespace
    {
        constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        constexpr int KeyCharacters = 52;     // 256 bits in 5-bit characters, the last one padded with 4 zero bits
        constexpr int ChecksumCharacters = 4; // 20 bits
        constexpr int TotalCharacters = KeyCharacters + ChecksumCharacters;
        static_assert(TotalCharacters == RecoveryKey::Groups * RecoveryKey::GroupLength);

        int valueOf(QChar c)
        {
            const char16_t u = c.unicode();
            if (u >= u'A' && u <= u'Z') {
                return u - u'A';
            }
            if (u >= u'2' && u <= u'7') {
                return 26 + (u - u'2');
            }
            return -1;
        }

        /// The checksum: the first 20 bits of SHA-256("TesseraRecoveryKey" || key), as 4 characters.
        QString checksum(const SecureBytes& key)
        {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(QByteArrayView("TesseraRecoveryKey"));
            hash.addData(key.view());
            const QByteArray digest = hash.result();
            const quint32 bits = (static_cast<quint32>(static_cast<unsigned char>(digest[0])) << 12)
                | (static_cast<quint32>(static_cast<unsigned char>(digest[1])) << 4)
                | (static_cast<quint32>(static_cast<unsigned char>(digest[2])) >> 4);
            QString out;
            for (int i = ChecksumCharacters - 1; i >= 0; --i) {
                out += QLatin1Char(Alphabet[(bits >> (5 * i)) & 0x1F]);
            }
            return out;
        }

        Error wrongKey(const QString& message)
        {
            return {Error::Kind::WrongPassword, message};
        }
    }

    RecoveryKey::RecoveryKey(SecureBytes key)
        : m_key(std::move(key))
    { }

    RecoveryKey RecoveryKey::generate(Random& random)
    {
        return RecoveryKey(random.secureBytes(KeyBytes));
    }

    RecoveryKey RecoveryKey::clone() const
    {
        return RecoveryKey(m_key.clone());
    }

    QString RecoveryKey::toString() const
    {
        QString characters;
        characters.reserve(TotalCharacters);
        quint32 buffer = 0;
        int bits = 0;
        for (std::size_t i = 0; i < m_key.size(); ++i) {
            buffer = (buffer << 8) | m_key.data()[i];
            bits += 8;
            while (bits >= 5) {
                characters += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1F]);
                bits -= 5;
            }
            buffer &= (1U << bits) - 1U;
        }
        if (bits > 0) {
            characters += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1F]);
        }
        buffer = 0;
        characters += checksum(m_key);

        QString grouped;
        grouped.reserve(TotalCharacters + Groups);
        for (int i = 0; i < TotalCharacters; ++i) {
            if (i > 0 && i % GroupLength == 0) {
                grouped += QLatin1Char('-');
            }
            grouped += characters.at(i);
        }
        wipe(characters);
        return grouped;
    }

    Result<RecoveryKey> RecoveryKey::parse(QStringView text)
    {
        QString characters;
        characters.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            QChar c = text.at(i).toUpper();
            if (c.isSpace() || c == QLatin1Char('-')) {
                continue;
            }
            if (c == QLatin1Char('0')) {
                c = QLatin1Char('O');
            } else if (c == QLatin1Char('1')) {
                c = QLatin1Char('I');
            } else if (c == QLatin1Char('8')) {
                c = QLatin1Char('B');
            }
            if (valueOf(c) < 0) {
                wipe(characters);
                return wrongKey(tr("The recovery key contains '%1', which never appears in a recovery "
                                   "key (letters A to Z and digits 2 to 7 only).")
                                    .arg(text.at(i)));
            }
            characters += c;
        }
        if (characters.size() != TotalCharacters) {
            const auto count = characters.size();
            wipe(characters);
            return wrongKey(tr("The recovery key has %1 characters instead of %2: check that all %3 "
                               "groups of %4 were copied.")
                                .arg(count)
                                .arg(TotalCharacters)
                                .arg(Groups)
                                .arg(GroupLength));
        }

        SecureBytes key(KeyBytes);
        quint32 buffer = 0;
        int bits = 0;
        std::size_t written = 0;
        for (int i = 0; i < KeyCharacters; ++i) {
            buffer = (buffer << 5) | static_cast<quint32>(valueOf(characters.at(i)));
            bits += 5;
            if (bits >= 8) {
                if (written < key.size()) {
                    key.data()[written++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF);
                }
                bits -= 8;
                buffer &= (1U << bits) - 1U;
            }
        }
        const bool paddingClean = buffer == 0 && written == key.size();
        buffer = 0;
        const bool checksumMatches = characters.right(ChecksumCharacters) == checksum(key);
        wipe(characters);
        if (!paddingClean || !checksumMatches) {
            return wrongKey(tr("The recovery key has a typo: its last group does not match the others. "
                               "Compare each group with the recovery kit."));
        }
        return RecoveryKey(std::move(key));
    }
}
