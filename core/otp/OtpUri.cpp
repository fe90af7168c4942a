#include "OtpUri.h"

#include "Base32.h"
#include "SecretWipe.h"

#include <QHash>

#include <optional>
#include <utility>

namespace tessera
{
    namespace
    {
        Error invalid(const QString& message)
        {
            return {Error::Kind::InvalidInput, message};
        }

        /// Percent-decodes a URI component as UTF-8; in query values '+' also means a space
        /// (the form convention that Aegis, Android and Python exporters follow).
        QString decodeComponent(QStringView text, bool plusIsSpace)
        {
            QByteArray bytes = text.toUtf8();
            if (plusIsSpace) {
                bytes.replace('+', ' ');
            }
            return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
        }

        QString encodeComponent(const QString& text)
        {
            // Everything but RFC 3986 unreserved characters is escaped: spaces become %20, never '+'.
            return QString::fromLatin1(text.toUtf8().toPercentEncoding());
        }

        struct Query
        {
            QHash<QString, QString> values;
        };

        Result<Query> parseQuery(QStringView query)
        {
            Query result;
            for (const QStringView item : query.split(u'&', Qt::SkipEmptyParts)) {
                const auto eq = item.indexOf(u'=');
                const QString key = decodeComponent(eq < 0 ? item : item.left(eq), false).trimmed().toLower();
                const bool isSecret = key == u"secret";
                QString value = eq < 0 ? QString() : decodeComponent(item.mid(eq + 1), !isSecret);
                if (key.isEmpty()) {
                    continue;
                }
                const auto existing = result.values.constFind(key);
                if (existing != result.values.constEnd() && existing.value() != value) {
                    wipe(value);
                    return invalid(QCoreApplication::translate("tessera::OtpUri",
                        "The parameter '%1' appears twice with different values; "
                        "the link is ambiguous.")
                                       .arg(key));
                }
                result.values.insert(key, value);
            }
            return result;
        }

        std::optional<qint64> parseInteger(const QString& text)
        {
            bool ok = false;
            const qint64 value = text.trimmed().toLongLong(&ok);
            return ok ? std::optional<qint64>(value) : std::nullopt;
        }

        struct Label
        {
            QString issuer;
            QString account;
        };

        /// Splits the label per the Key URI ABNF (`issuer (":" / "%3A") *"%20" accountname`).
        /// The issuer parameter, when present, may itself contain a colon: a label that starts
        /// with exactly that issuer is split after it.
        Label splitLabel(QStringView rawLabel, const QString& issuerParameter)
        {
            const QString decoded = decodeComponent(rawLabel, false);
            if (!issuerParameter.isEmpty() && decoded.startsWith(issuerParameter + QLatin1Char(':'))) {
                return {issuerParameter, decoded.mid(issuerParameter.size() + 1)};
            }
            qsizetype colon = rawLabel.indexOf(u':');
            qsizetype separatorLength = 1;
            if (colon < 0) {
                colon = rawLabel.indexOf(u"%3A", 0, Qt::CaseInsensitive);
                separatorLength = 3;
            }
            if (colon < 0) {
                return {QString(), decoded};
            }
            return {decodeComponent(rawLabel.left(colon), false),
                decodeComponent(rawLabel.mid(colon + separatorLength), false)};
        }

        Result<OtpUri> parseSteamScheme(QStringView rest)
        {
            // Bitwarden writes steam://BASE32SECRET.
            auto secret = Base32::decode(rest);
            if (!secret) {
                return invalid(QCoreApplication::translate("tessera::OtpUri", "The Steam secret is not valid: %1")
                                   .arg(secret.error().message()));
            }
            auto parameters = OtpParameters::create(OtpType::Steam, std::move(secret).value());
            if (!parameters) {
                return parameters.error();
            }
            return OtpUri(QStringLiteral("Steam"), QString(), std::move(parameters).value());
        }
    }

    Result<OtpUri> OtpUri::parse(QStringView input)
    {
        const QStringView text = input.trimmed();
        if (text.size() > MaxLength) {
            return invalid(tr("The link is %1 characters long, too long to be an otpauth:// link.").arg(text.size()));
        }
        const auto schemeEnd = text.indexOf(u"://");
        const QString scheme = schemeEnd < 0 ? QString() : text.left(schemeEnd).toString().toLower();
        if (scheme == u"steam") {
            return parseSteamScheme(text.mid(schemeEnd + 3));
        }
        if (scheme == u"otpauth-migration") {
            return invalid(tr("This is a Google Authenticator export (otpauth-migration://), "
                              "not a single account; import it instead."));
        }
        if (scheme != u"otpauth") {
            return invalid(tr("This is not an otpauth:// link."));
        }

        QStringView rest = text.mid(schemeEnd + 3);
        if (const auto hash = rest.indexOf(u'#'); hash >= 0) {
            rest = rest.left(hash);
        }
        const auto question = rest.indexOf(u'?');
        const QStringView beforeQuery = question < 0 ? rest : rest.left(question);
        const QStringView queryText = question < 0 ? QStringView() : rest.mid(question + 1);
        const auto slash = beforeQuery.indexOf(u'/');
        const QString typeText = (slash < 0 ? beforeQuery : beforeQuery.left(slash)).toString().toLower();
        const QStringView rawLabel = slash < 0 ? QStringView() : beforeQuery.mid(slash + 1);

        auto query = parseQuery(queryText);
        if (!query) {
            return query.error();
        }
        auto& values = query->values;

        OtpType type = OtpType::Totp;
        if (typeText == u"totp") {
            type = values.value(QStringLiteral("encoder")).compare(u"steam", Qt::CaseInsensitive) == 0 ? OtpType::Steam
                                                                                                       : OtpType::Totp;
        } else if (typeText == u"hotp") {
            type = OtpType::Hotp;
        } else if (typeText == u"steam") {
            type = OtpType::Steam;
        } else if (typeText == u"yaotp" || typeText == u"motp") {
            return invalid(tr("%1 codes are not supported by Tessera.")
                               .arg(typeText == u"yaotp" ? QStringLiteral("Yandex") : QStringLiteral("mOTP")));
        } else if (typeText.isEmpty()) {
            return invalid(tr("The link does not say whether it is totp or hotp."));
        } else {
            return invalid(tr("Unknown code type '%1' (Tessera reads totp, hotp and steam).").arg(typeText));
        }

        QString secretText = values.value(QStringLiteral("secret"));
        wipe(values[QStringLiteral("secret")]);
        if (secretText.trimmed().isEmpty()) {
            return invalid(tr("The link has no secret."));
        }
        auto secret = Base32::decode(secretText);
        wipe(secretText);
        if (!secret) {
            return invalid(tr("The secret is not valid: %1").arg(secret.error().message()));
        }

        HashAlgorithm algorithm = HashAlgorithm::Sha1;
        if (const QString a = values.value(QStringLiteral("algorithm")); !a.isEmpty()) {
            const auto parsed = OtpParameters::parseAlgorithm(a);
            if (!parsed) {
                return invalid(tr("Unknown algorithm '%1' (Tessera supports SHA1, SHA256 and SHA512).").arg(a));
            }
            algorithm = *parsed;
        }

        int digits = OtpParameters::DefaultDigits;
        if (const QString d = values.value(QStringLiteral("digits")); !d.isEmpty() && type != OtpType::Steam) {
            const auto parsed = parseInteger(d);
            if (!parsed || *parsed < OtpParameters::MinDigits || *parsed > OtpParameters::MaxDigits) {
                return invalid(tr("A code must have between %1 and %2 digits, not '%3'.")
                                   .arg(OtpParameters::MinDigits)
                                   .arg(OtpParameters::MaxDigits)
                                   .arg(d));
            }
            digits = static_cast<int>(*parsed);
        }

        int period = OtpParameters::DefaultPeriod;
        if (const QString p = values.value(QStringLiteral("period")); !p.isEmpty() && type == OtpType::Totp) {
            const auto parsed = parseInteger(p);
            if (!parsed || *parsed < OtpParameters::MinPeriod || *parsed > OtpParameters::MaxPeriod) {
                return invalid(tr("The period must be between %1 and %2 seconds, not '%3'.")
                                   .arg(OtpParameters::MinPeriod)
                                   .arg(OtpParameters::MaxPeriod)
                                   .arg(p));
            }
            period = static_cast<int>(*parsed);
        }

        quint64 counter = 0;
        if (type == OtpType::Hotp) {
            const QString c = values.value(QStringLiteral("counter"));
            if (c.trimmed().isEmpty()) {
                return invalid(tr("A HOTP link must include a counter."));
            }
            bool ok = false;
            counter = c.trimmed().toULongLong(&ok);
            if (!ok) {
                return invalid(tr("The counter '%1' is not a whole number of 0 or more.").arg(c));
            }
        }

        auto parameters = OtpParameters::create(type, std::move(secret).value(), algorithm, digits, period, counter);
        if (!parameters) {
            return parameters.error();
        }

        const QString issuerParameter = values.value(QStringLiteral("issuer")).trimmed();
        const Label label = splitLabel(rawLabel, issuerParameter);
        const QString issuer = issuerParameter.isEmpty() ? label.issuer : issuerParameter;
        return OtpUri(issuer, label.account, std::move(parameters).value());
    }

    OtpUri::OtpUri(QString issuer, QString accountName, OtpParameters parameters)
        : m_issuer(std::move(issuer).trimmed())
        , m_accountName(std::move(accountName).trimmed())
        , m_parameters(std::move(parameters))
    { }

    QString OtpUri::toString() const
    {
        const OtpParameters& p = m_parameters;
        QString label;
        if (!m_issuer.isEmpty()) {
            label = encodeComponent(m_issuer) + QLatin1Char(':') + encodeComponent(m_accountName);
        } else if (m_accountName.contains(QLatin1Char(':'))) {
            // A leading separator keeps an account name with a colon from being read as issuer:account.
            label = QLatin1Char(':') + encodeComponent(m_accountName);
        } else {
            label = encodeComponent(m_accountName);
        }

        QString uri = QStringLiteral("otpauth://") + OtpParameters::typeName(p.type()) + QLatin1Char('/') + label
            + QStringLiteral("?secret=") + p.secretBase32();
        if (!m_issuer.isEmpty()) {
            uri += QStringLiteral("&issuer=") + encodeComponent(m_issuer);
        }
        uri += QStringLiteral("&algorithm=") + OtpParameters::algorithmName(p.algorithm()) + QStringLiteral("&digits=")
            + QString::number(p.digits());
        if (p.type() == OtpType::Hotp) {
            uri += QStringLiteral("&counter=") + QString::number(p.counter());
        } else {
            uri += QStringLiteral("&period=") + QString::number(p.period());
        }
        return uri;
    }

    bool OtpUri::operator==(const OtpUri& other) const
    {
        return m_issuer == other.m_issuer && m_accountName == other.m_accountName && m_parameters == other.m_parameters;
    }
}
