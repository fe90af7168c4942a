#include "TwoFasFormat.h"

#include "ByteDecoding.h"
#include "ForeignCrypto.h"
#include "ForeignEntry.h"
#include "JsonFields.h"
#include "SecretWipe.h"

#include <QHash>
#include <QJsonDocument>

namespace tessera
{
    namespace
    {
        Result<QJsonObject> parseRoot(QByteArrayView data)
        {
            auto document = JsonFields::parse(data);
            if (!document) {
                return document.error();
            }
            if (!document->isObject()) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::TwoFasFormat", "the file is not a JSON object."));
            }
            return document->object();
        }

        struct Sealed
        {
            QByteArray ciphertextAndTag;
            QByteArray salt;
            QByteArray iv;
        };

        std::optional<Sealed> splitSealed(const QString& text)
        {
            const QStringList parts = text.split(QLatin1Char(':'));
            if (parts.size() < 3) {
                return std::nullopt;
            }
            auto ciphertext = ByteDecoding::base64(parts[0]);
            auto salt = ByteDecoding::base64(parts[1]);
            auto iv = ByteDecoding::base64(parts[2]);
            if (!ciphertext || !salt || !iv || salt->isEmpty() || iv->isEmpty()
                || ciphertext->size() < ForeignCrypto::GcmTagBytes) {
                return std::nullopt;
            }
            return Sealed{*ciphertext, *salt, *iv};
        }

        Result<ForeignEntry> readService(const QJsonObject& service, const QHash<QString, QString>& groupNames)
        {
            ForeignEntry entry;
            auto name = JsonFields::string(service, u"name");
            auto secret = JsonFields::string(service, u"secret");
            auto otp = JsonFields::object(service, u"otp");
            auto groupId = JsonFields::string(service, u"groupId");
            for (const auto* field : {&name, &secret, &groupId}) {
                if (!*field) {
                    return field->error();
                }
            }
            if (!otp) {
                return otp.error();
            }
            auto account = JsonFields::string(*otp, u"account");
            auto issuer = JsonFields::string(*otp, u"issuer");
            auto label = JsonFields::string(*otp, u"label");
            auto algorithm = JsonFields::string(*otp, u"algorithm", QStringLiteral("SHA1"));
            auto tokenType = JsonFields::string(*otp, u"tokenType", QStringLiteral("TOTP"));
            for (const auto* field : {&account, &issuer, &label, &algorithm, &tokenType}) {
                if (!*field) {
                    return field->error();
                }
            }
            auto digits = JsonFields::integer(*otp, u"digits", OtpParameters::DefaultDigits);
            auto period = JsonFields::integer(*otp, u"period", OtpParameters::DefaultPeriod);
            auto counter = JsonFields::integer(*otp, u"counter", 0);
            for (const auto* field : {&digits, &period, &counter}) {
                if (!*field) {
                    return field->error();
                }
            }

            // 2FAS shows `name` as the service; the otp issuer is the fallback (as Aegis reads it).
            entry.issuer = name->trimmed().isEmpty() ? *issuer : *name;
            entry.name = *account;
            if (entry.name.trimmed().isEmpty() && !label->trimmed().isEmpty()) {
                QString fromLabel = label->trimmed();
                const QString prefix = entry.issuer.trimmed() + QLatin1Char(':');
                if (!entry.issuer.trimmed().isEmpty() && fromLabel.startsWith(prefix)) {
                    fromLabel = fromLabel.mid(prefix.size());
                }
                entry.name = fromLabel;
            }

            const QString type = tokenType->trimmed().toUpper();
            if (type == u"TOTP") {
                entry.type = OtpType::Totp;
            } else if (type == u"HOTP") {
                entry.type = OtpType::Hotp;
            } else if (type == u"STEAM") {
                entry.type = OtpType::Steam;
            } else {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate("tessera::TwoFasFormat", "It has the unknown token type '%1'.")
                        .arg(*tokenType));
            }
            const auto parsedAlgorithm = OtpParameters::parseAlgorithm(*algorithm);
            if (!parsedAlgorithm) {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::TwoFasFormat", "It uses the algorithm '%1', which Tessera does not support.")
                        .arg(*algorithm));
            }
            entry.algorithm = *parsedAlgorithm;
            entry.digits = *digits;
            entry.period = *period;
            entry.counter = *counter;

            auto decoded = ForeignEntry::decodeBase32(*secret);
            wipe(*secret);
            if (!decoded) {
                return decoded.error();
            }
            entry.secret = std::move(decoded).value();
            if (const QString tag = groupNames.value(*groupId); !tag.isEmpty()) {
                entry.tags.append(tag);
            }
            return entry;
        }
    }

    struct TwoFasFormat::Encrypted
    {
        Sealed services;
        std::optional<Sealed> reference; ///< the password check, when the file has one
    };

    QString TwoFasFormat::id() const
    {
        return QStringLiteral("2fas");
    }

    QString TwoFasFormat::displayName() const
    {
        return QStringLiteral("2FAS");
    }

    int TwoFasFormat::detect(QByteArrayView data) const
    {
        if (!JsonFields::looksLikeJson(data, '{') || data.size() > MaxFileBytes) {
            return NotThisFormat;
        }
        const auto keys = JsonFields::topLevelKeys(data);
        if (!keys || !keys->contains(QStringLiteral("schemaVersion"))) {
            return NotThisFormat;
        }
        return keys->contains(QStringLiteral("services")) || keys->contains(QStringLiteral("servicesEncrypted"))
            ? Certain
            : Likely;
    }

    bool TwoFasFormat::isEncrypted(QByteArrayView data) const
    {
        const auto root = parseRoot(data);
        return root && !root->value(u"servicesEncrypted").toString().isEmpty();
    }

    Result<ImportResult> TwoFasFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        auto root = parseRoot(data);
        if (!root) {
            return invalid(root.error().message());
        }
        auto schema = JsonFields::integer(*root, u"schemaVersion", -1);
        if (!schema || *schema < 1) {
            return invalid(schema ? tr("the field 'schemaVersion' is missing.") : schema.error().message());
        }
        if (*schema > MaxSchemaVersion) {
            return Error(Error::Kind::Unsupported,
                tr("This 2FAS backup has schema version %1, newer than Tessera reads (%2). Update Tessera.")
                    .arg(*schema)
                    .arg(MaxSchemaVersion));
        }
        auto groups = JsonFields::array(*root, u"groups");
        auto encrypted = JsonFields::string(*root, u"servicesEncrypted");
        if (!groups) {
            return invalid(groups.error().message());
        }
        if (!encrypted) {
            return invalid(encrypted.error().message());
        }
        if (encrypted->isEmpty()) {
            if (!root->value(u"services").isArray()) {
                return invalid(tr("the field 'services' is missing or not a list."));
            }
            return readServices(root->value(u"services").toArray(), *groups);
        }
        // A damaged container is reported as such, before a password is asked for.
        auto sealed = readEncrypted(*root);
        if (!sealed) {
            return sealed.error();
        }
        if (!password) {
            return passwordNeeded();
        }
        auto services = decryptServices(*sealed, *password);
        if (!services) {
            return services.error();
        }
        return readDecrypted(services->view(), *groups);
    }

    Result<ImportResult> TwoFasFormat::readDecrypted(QByteArrayView plaintext, const QJsonArray& groups) const
    {
        auto document = JsonFields::parse(plaintext);
        if (!document || !document->isArray()) {
            return invalid(tr("the decrypted services are not a JSON list."));
        }
        return readServices(document->array(), groups);
    }

    Result<TwoFasFormat::Encrypted> TwoFasFormat::readEncrypted(const QJsonObject& root) const
    {
        auto services = splitSealed(root.value(u"servicesEncrypted").toString());
        if (!services) {
            return invalid(tr("the encrypted services are not in the form ciphertext:salt:iv."));
        }
        const QString referenceText = root.value(u"reference").toString();
        auto reference = referenceText.isEmpty() ? std::nullopt : splitSealed(referenceText);
        if (!referenceText.isEmpty() && !reference) {
            return invalid(tr("the password check ('reference') is not in the form ciphertext:salt:iv."));
        }
        return Encrypted{*std::move(services), std::move(reference)};
    }

    Result<SecureBytes> TwoFasFormat::decryptServices(const Encrypted& encrypted, const QString& password) const
    {
        const Sealed* services = &encrypted.services;
        const std::optional<Sealed>& reference = encrypted.reference;

        QByteArray passwordBytes = password.toUtf8();
        // Android uses one salt for both strings, iOS one per string: derive per salt, once each.
        std::optional<SecureBytes> servicesKey;
        auto key = ForeignCrypto::pbkdf2(
            ForeignCrypto::Digest::Sha256, passwordBytes, services->salt, Pbkdf2Iterations, ForeignCrypto::AesKeyBytes);
        if (!key) {
            wipe(passwordBytes);
            return key.error();
        }
        servicesKey = std::move(key).value();
        if (reference) {
            std::optional<SecureBytes> referenceKey;
            if (reference->salt != services->salt) {
                auto derived = ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha256, passwordBytes, reference->salt,
                    Pbkdf2Iterations, ForeignCrypto::AesKeyBytes);
                if (!derived) {
                    wipe(passwordBytes);
                    return derived.error();
                }
                referenceKey = std::move(derived).value();
            }
            const auto check = ForeignCrypto::aesGcmDecryptAppended(
                referenceKey ? *referenceKey : *servicesKey, reference->iv, reference->ciphertextAndTag);
            if (!check) {
                wipe(passwordBytes);
                return wrongPassword();
            }
        }
        wipe(passwordBytes);

        auto plaintext = ForeignCrypto::aesGcmDecryptAppended(*servicesKey, services->iv, services->ciphertextAndTag);
        if (!plaintext) {
            if (reference) {
                return Error(Error::Kind::Corrupt,
                    tr("The password is right, but the accounts in this 2FAS backup are damaged (they fail "
                       "their authenticity check)."));
            }
            return wrongPassword();
        }
        return plaintext;
    }

    ImportResult TwoFasFormat::readServices(const QJsonArray& services, const QJsonArray& groups) const
    {
        QHash<QString, QString> groupNames;
        for (const QJsonValue& group : groups) {
            const QJsonObject object = group.toObject();
            if (object.value(u"id").isString() && object.value(u"name").isString()) {
                groupNames.insert(object.value(u"id").toString(), object.value(u"name").toString().trimmed());
            }
        }
        ImportResult result;
        result.formatId = id();
        for (qsizetype i = 0; i < services.size(); ++i) {
            const QString fallback = ForeignEntry::entryLabel(i);
            if (!services[i].isObject()) {
                result.unreadable.append({fallback, tr("It is not a JSON object.")});
                continue;
            }
            const QJsonObject service = services[i].toObject();
            auto entry = readService(service, groupNames);
            if (!entry) {
                ForeignEntry named;
                named.issuer = service.value(u"name").toString();
                named.name = service.value(u"otp").toObject().value(u"account").toString();
                result.unreadable.append({named.label(fallback), ForeignEntry::sentence(entry.error().message())});
                continue;
            }
            entry->addTo(result, fallback);
        }
        return result;
    }
}
