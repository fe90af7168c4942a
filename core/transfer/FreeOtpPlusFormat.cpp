#include "FreeOtpPlusFormat.h"

#include "ForeignEntry.h"
#include "JsonFields.h"
#include "SecretWipe.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tessera
{
    namespace
    {
        Result<QByteArray> signedBytes(const QJsonObject& object)
        {
            if (!object.value(u"secret").isArray()) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate(
                        "tessera::FreeOtpPlusFormat", "the field 'secret' should be a list of numbers, not %1.")
                        .arg(JsonFields::typeName(object.value(u"secret"))));
            }
            const QJsonArray values = object.value(u"secret").toArray();
            if (values.size() > OtpParameters::MaxSecretBytes) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate(
                        "tessera::FreeOtpPlusFormat", "its secret has %1 bytes; Tessera accepts at most %2.")
                        .arg(values.size())
                        .arg(OtpParameters::MaxSecretBytes));
            }
            QByteArray secret;
            secret.reserve(values.size());
            for (const QJsonValue& value : values) {
                const qint64 byte = value.toInteger(1000);
                if (!value.isDouble() || byte < -128 || byte > 255) {
                    wipe(secret);
                    return Error(Error::Kind::InvalidInput,
                        QCoreApplication::translate("tessera::FreeOtpPlusFormat",
                            "its secret contains a value that is not a byte (-128 to 255)."));
                }
                secret.append(static_cast<char>(byte & 0xFF));
            }
            return secret;
        }

        Result<ForeignEntry> readToken(const QJsonObject& token)
        {
            ForeignEntry entry;
            auto issuer = JsonFields::string(token, u"issuerExt");
            auto issuerInt = JsonFields::string(token, u"issuerInt");
            auto label = JsonFields::string(token, u"label");
            auto type = JsonFields::string(token, u"type", QStringLiteral("TOTP"));
            auto algorithm = JsonFields::string(token, u"algo", QStringLiteral("SHA1"));
            for (const auto* field : {&issuer, &issuerInt, &label, &type, &algorithm}) {
                if (!*field) {
                    return field->error();
                }
            }
            auto digits = JsonFields::integer(token, u"digits", OtpParameters::DefaultDigits);
            auto period = JsonFields::integer(token, u"period", OtpParameters::DefaultPeriod);
            auto counter = JsonFields::integer(token, u"counter", 0);
            for (const auto* field : {&digits, &period, &counter}) {
                if (!*field) {
                    return field->error();
                }
            }
            entry.issuer = issuer->trimmed().isEmpty() ? *issuerInt : *issuer;
            entry.name = *label;
            const QString typeName = type->trimmed().toUpper();
            if (typeName == u"TOTP") {
                entry.type = entry.issuer.trimmed() == u"Steam" ? OtpType::Steam : OtpType::Totp;
            } else if (typeName == u"HOTP") {
                entry.type = OtpType::Hotp;
            } else {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate("tessera::FreeOtpPlusFormat", "It has the unknown type '%1'.")
                        .arg(*type));
            }
            const auto parsedAlgorithm = OtpParameters::parseAlgorithm(*algorithm);
            if (!parsedAlgorithm) {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::FreeOtpPlusFormat", "It uses the algorithm '%1', which Tessera does not support.")
                        .arg(*algorithm));
            }
            entry.algorithm = *parsedAlgorithm;
            entry.digits = *digits;
            entry.period = *period;
            entry.counter = *counter;
            auto secret = signedBytes(token);
            if (!secret) {
                return secret.error();
            }
            entry.secret = std::move(secret).value();
            return entry;
        }
    }

    QString FreeOtpPlusFormat::id() const
    {
        return QStringLiteral("freeotp-plus");
    }

    QString FreeOtpPlusFormat::displayName() const
    {
        return QStringLiteral("FreeOTP+");
    }

    int FreeOtpPlusFormat::detect(QByteArrayView data) const
    {
        if (!JsonFields::looksLikeJson(data, '{') || data.size() > MaxFileBytes) {
            return NotThisFormat;
        }
        const auto keys = JsonFields::topLevelKeys(data);
        if (!keys || !keys->contains(QStringLiteral("tokens"))) {
            return NotThisFormat;
        }
        return keys->contains(QStringLiteral("tokenOrder")) ? Certain : Likely;
    }

    bool FreeOtpPlusFormat::isEncrypted(QByteArrayView data) const
    {
        Q_UNUSED(data)
        return false;
    }

    Result<ImportResult> FreeOtpPlusFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        Q_UNUSED(password)
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        auto document = JsonFields::parse(data);
        if (!document) {
            return invalid(document.error().message());
        }
        if (!document->isObject() || !document->object().value(u"tokens").isArray()) {
            return invalid(tr("the field 'tokens' is missing or not a list."));
        }
        const QJsonArray tokens = document->object().value(u"tokens").toArray();
        ImportResult result;
        result.formatId = id();
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString fallback = ForeignEntry::entryLabel(i);
            if (!tokens[i].isObject()) {
                result.unreadable.append({fallback, tr("It is not a JSON object.")});
                continue;
            }
            const QJsonObject token = tokens[i].toObject();
            auto entry = readToken(token);
            if (!entry) {
                ForeignEntry named;
                named.issuer = token.value(u"issuerExt").toString();
                named.name = token.value(u"label").toString();
                result.unreadable.append({named.label(fallback), ForeignEntry::sentence(entry.error().message())});
                continue;
            }
            entry->addTo(result, fallback);
        }
        return result;
    }
}
