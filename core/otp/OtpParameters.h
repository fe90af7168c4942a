#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace tessera
{
    enum class OtpType
    {
        Totp,
        Hotp,
        Steam,
    };

    enum class HashAlgorithm
    {
        Sha1,
        Sha256,
        Sha512,
    };

    /// Everything needed to compute a one-time code: a validated value type.
    /// The raw secret is wiped when the last copy holding it goes away.
    class OtpParameters
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::OtpParameters)

    public:
        static constexpr int MinDigits = 4;
        static constexpr int MaxDigits = 10;
        static constexpr int DefaultDigits = 6;
        static constexpr int SteamDigits = 5;
        static constexpr int MinPeriod = 1;
        static constexpr int MaxPeriod = 24 * 60 * 60;
        static constexpr int DefaultPeriod = 30;
        static constexpr int MaxSecretBytes = 1024;

        /// Validates and builds parameters. Steam ignores algorithm, digits and period (SHA1, 5, 30).
        static Result<OtpParameters> create(OtpType type,
            QByteArray secret,
            HashAlgorithm algorithm = HashAlgorithm::Sha1,
            int digits = DefaultDigits,
            int period = DefaultPeriod,
            quint64 counter = 0);

        OtpParameters(const OtpParameters&) = default;
        OtpParameters(OtpParameters&&) noexcept = default;
        OtpParameters& operator=(const OtpParameters&) = default;
        OtpParameters& operator=(OtpParameters&&) noexcept = default;
        ~OtpParameters();

        [[nodiscard]] OtpType type() const { return m_type; }
        [[nodiscard]] HashAlgorithm algorithm() const { return m_algorithm; }
        [[nodiscard]] int digits() const { return m_digits; }
        [[nodiscard]] int period() const { return m_period; }
        [[nodiscard]] quint64 counter() const { return m_counter; }
        [[nodiscard]] const QByteArray& secret() const { return m_secret; }
        [[nodiscard]] bool isTimeBased() const { return m_type != OtpType::Hotp; }

        /// The same parameters at another HOTP counter value.
        [[nodiscard]] OtpParameters withCounter(quint64 counter) const;

        /// The secret as strict base32 (upper case, no padding).
        [[nodiscard]] QString secretBase32() const;

        bool operator==(const OtpParameters& other) const;

        static QString typeName(OtpType type);                 ///< "totp", "hotp", "steam"
        static QString algorithmName(HashAlgorithm algorithm); ///< "SHA1", "SHA256", "SHA512"
        static std::optional<OtpType> parseType(QStringView text);
        /// Case-insensitive; accepts "SHA256", "sha-256", "HmacSHA256", "HMAC-SHA-256".
        static std::optional<HashAlgorithm> parseAlgorithm(QStringView text);

    private:
        OtpParameters() = default;

        QByteArray m_secret;
        OtpType m_type = OtpType::Totp;
        HashAlgorithm m_algorithm = HashAlgorithm::Sha1;
        int m_digits = DefaultDigits;
        int m_period = DefaultPeriod;
        quint64 m_counter = 0;
    };
}
