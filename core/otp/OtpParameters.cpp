#include "OtpParameters.h"

#include "Base32.h"
#include "SecretWipe.h"

#include <utility>

namespace tessera
{
    Result<OtpParameters> OtpParameters::create(
        OtpType type, QByteArray secret, HashAlgorithm algorithm, int digits, int period, quint64 counter)
    {
        if (secret.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("The secret is empty."));
        }
        if (secret.size() > MaxSecretBytes) {
            const auto size = secret.size();
            wipe(secret);
            return Error(Error::Kind::InvalidInput,
                tr("The secret is %1 bytes long; Tessera accepts at most %2 bytes.").arg(size).arg(MaxSecretBytes));
        }
        OtpParameters p;
        p.m_type = type;
        p.m_counter = type == OtpType::Hotp ? counter : 0;
        if (type == OtpType::Steam) {
            p.m_algorithm = HashAlgorithm::Sha1;
            p.m_digits = SteamDigits;
            p.m_period = DefaultPeriod;
        } else {
            if (digits < MinDigits || digits > MaxDigits) {
                wipe(secret);
                return Error(Error::Kind::InvalidInput,
                    tr("A code must have between %1 and %2 digits, not %3.").arg(MinDigits).arg(MaxDigits).arg(digits));
            }
            if (type == OtpType::Totp && (period < MinPeriod || period > MaxPeriod)) {
                wipe(secret);
                return Error(Error::Kind::InvalidInput,
                    tr("The period must be between %1 second and %2 seconds (24 hours), not %3.")
                        .arg(MinPeriod)
                        .arg(MaxPeriod)
                        .arg(period));
            }
            p.m_algorithm = algorithm;
            p.m_digits = digits;
            p.m_period = type == OtpType::Totp ? period : DefaultPeriod;
        }
        p.m_secret = std::move(secret);
        return p;
    }

    OtpParameters::~OtpParameters()
    {
        wipe(m_secret);
    }

    OtpParameters OtpParameters::withCounter(quint64 counter) const
    {
        OtpParameters copy(*this);
        if (copy.m_type == OtpType::Hotp) {
            copy.m_counter = counter;
        }
        return copy;
    }

    QString OtpParameters::secretBase32() const
    {
        return Base32::encode(m_secret);
    }

    bool OtpParameters::operator==(const OtpParameters& other) const
    {
        return m_type == other.m_type && m_algorithm == other.m_algorithm && m_digits == other.m_digits
            && m_period == other.m_period && m_counter == other.m_counter && m_secret == other.m_secret;
    }

    QString OtpParameters::typeName(OtpType type)
    {
        switch (type) {
        case OtpType::Totp:
            return QStringLiteral("totp");
        case OtpType::Hotp:
            return QStringLiteral("hotp");
        case OtpType::Steam:
            return QStringLiteral("steam");
        }
        return {};
    }

    QString OtpParameters::algorithmName(HashAlgorithm algorithm)
    {
        switch (algorithm) {
        case HashAlgorithm::Sha1:
            return QStringLiteral("SHA1");
        case HashAlgorithm::Sha256:
            return QStringLiteral("SHA256");
        case HashAlgorithm::Sha512:
            return QStringLiteral("SHA512");
        }
        return {};
    }

    std::optional<OtpType> OtpParameters::parseType(QStringView text)
    {
        const QString lower = text.trimmed().toString().toLower();
        if (lower == u"totp") {
            return OtpType::Totp;
        }
        if (lower == u"hotp") {
            return OtpType::Hotp;
        }
        if (lower == u"steam") {
            return OtpType::Steam;
        }
        return std::nullopt;
    }

    std::optional<HashAlgorithm> OtpParameters::parseAlgorithm(QStringView text)
    {
        QString normalised = text.trimmed().toString().toUpper();
        normalised.remove(QLatin1Char('-'));
        normalised.remove(QLatin1Char('_'));
        if (normalised.startsWith(u"HMAC")) {
            normalised.remove(0, 4);
        }
        if (normalised == u"SHA1") {
            return HashAlgorithm::Sha1;
        }
        if (normalised == u"SHA256") {
            return HashAlgorithm::Sha256;
        }
        if (normalised == u"SHA512") {
            return HashAlgorithm::Sha512;
        }
        return std::nullopt;
    }
}
