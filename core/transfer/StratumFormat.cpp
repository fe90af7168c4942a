#include "StratumFormat.h"

#include "ForeignEntry.h"
#include "JsonFields.h"
#include "SecretWipe.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <utility>

namespace tessera
{
    namespace
    {
        constexpr QByteArrayView Magic("AUTHENTICATORPRO");
        constexpr QByteArrayView LegacyMagic("AuthenticatorPro");
        constexpr int SaltBytes = 16;
        constexpr int IvBytes = 12;
        constexpr int LegacySaltBytes = 20;
        constexpr int LegacyIvBytes = 16;

        /// Whether an encrypted file is long enough for its layout (read() checks this before decrypt()).
        bool complete(QByteArrayView data)
        {
            if (data.startsWith(Magic)) {
                return data.size() >= Magic.size() + SaltBytes + IvBytes + ForeignCrypto::GcmTagBytes;
            }
            const qsizetype header = LegacyMagic.size() + LegacySaltBytes + LegacyIvBytes;
            return data.size() >= header + ForeignCrypto::CbcBlockBytes
                && (data.size() - header) % ForeignCrypto::CbcBlockBytes == 0;
        }

        /// The decrypted content as a JSON object, or nothing when it is not one.
        std::optional<QJsonObject> decryptedObject(QByteArrayView plaintext)
        {
            auto document = JsonFields::parse(plaintext);
            if (!document || !document->isObject()) {
                return std::nullopt;
            }
            return document->object();
        }

        Result<ForeignEntry> readAuthenticator(const QJsonObject& object, const QHash<QString, QStringList>& categories)
        {
            ForeignEntry entry;
            auto type = JsonFields::integer(object, u"Type", 2);
            auto algorithm = JsonFields::integer(object, u"Algorithm", 0);
            auto digits = JsonFields::integer(object, u"Digits", OtpParameters::DefaultDigits);
            auto period = JsonFields::integer(object, u"Period", OtpParameters::DefaultPeriod);
            auto counter = JsonFields::integer(object, u"Counter", 0);
            for (const auto* field : {&type, &algorithm, &digits, &period, &counter}) {
                if (!*field) {
                    return field->error();
                }
            }
            auto issuer = JsonFields::string(object, u"Issuer");
            auto username = JsonFields::string(object, u"Username");
            auto secret = JsonFields::string(object, u"Secret");
            for (const auto* field : {&issuer, &username, &secret}) {
                if (!*field) {
                    return field->error();
                }
            }
            entry.issuer = *issuer;
            entry.name = *username;
            switch (*type) {
            case 1:
                entry.type = OtpType::Hotp;
                break;
            case 2:
                entry.type = OtpType::Totp;
                break;
            case 3:
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::StratumFormat", "It is an mOTP account, which Tessera does not support."));
            case 4:
                entry.type = OtpType::Steam;
                break;
            case 5:
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::StratumFormat", "It is a Yandex account, which Tessera does not support."));
            default:
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate("tessera::StratumFormat", "It has an unknown type (%1).").arg(*type));
            }
            switch (*algorithm) {
            case 0:
                entry.algorithm = HashAlgorithm::Sha1;
                break;
            case 1:
                entry.algorithm = HashAlgorithm::Sha256;
                break;
            case 2:
                entry.algorithm = HashAlgorithm::Sha512;
                break;
            default:
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::StratumFormat", "It uses an unknown algorithm (%1), which Tessera does not support.")
                        .arg(*algorithm));
            }
            entry.digits = *digits;
            entry.period = *period;
            entry.counter = *counter;
            entry.tags = categories.value(*secret);
            auto decoded = ForeignEntry::decodeBase32(*secret);
            wipe(*secret);
            if (!decoded) {
                return decoded.error();
            }
            entry.secret = std::move(decoded).value();
            return entry;
        }
    }

    QString StratumFormat::id() const
    {
        return QStringLiteral("stratum");
    }

    QString StratumFormat::displayName() const
    {
        return QStringLiteral("Stratum (Authenticator Pro)");
    }

    int StratumFormat::detect(QByteArrayView data) const
    {
        if (data.startsWith(Magic) || data.startsWith(LegacyMagic)) {
            return Certain;
        }
        if (!JsonFields::looksLikeJson(data, '{') || data.size() > MaxFileBytes) {
            return NotThisFormat;
        }
        const auto keys = JsonFields::topLevelKeys(data);
        return keys && keys->contains(QStringLiteral("Authenticators")) ? Certain : NotThisFormat;
    }

    bool StratumFormat::isEncrypted(QByteArrayView data) const
    {
        return data.startsWith(Magic) || data.startsWith(LegacyMagic);
    }

    Result<ImportResult> StratumFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        if (!isEncrypted(data)) {
            auto document = JsonFields::parse(data);
            if (!document) {
                return invalid(document.error().message());
            }
            if (!document->isObject()) {
                return invalid(tr("the file is not a JSON object."));
            }
            return readJson(document->object());
        }
        // A cut-off file is reported as such, before a password is asked for.
        if (!complete(data)) {
            return invalid(tr("it is cut off (%1 bytes).").arg(data.size()));
        }
        if (!password) {
            return passwordNeeded();
        }
        auto plaintext = decrypt(data, *password);
        if (!plaintext) {
            return plaintext.error();
        }
        if (data.startsWith(LegacyMagic) && !decryptedObject(plaintext->view())) {
            // AES-CBC with a wrong key yields valid padding about once in 256 tries: the content tells.
            return wrongPassword();
        }
        return readDecrypted(plaintext->view());
    }

    Result<ImportResult> StratumFormat::readDecrypted(QByteArrayView plaintext) const
    {
        auto content = decryptedObject(plaintext);
        if (!content) {
            return invalid(tr("the decrypted backup is not a JSON object."));
        }
        return readJson(*content);
    }

    Result<SecureBytes> StratumFormat::decrypt(QByteArrayView data, const QString& password) const
    {
        Q_ASSERT(complete(data)); // read() checks the layout before asking for the password
        QByteArray passwordBytes = password.toUtf8();
        if (data.startsWith(Magic)) {
            const qsizetype header = Magic.size() + SaltBytes + IvBytes;
            auto key = ForeignCrypto::argon2id(
                passwordBytes, data.sliced(Magic.size(), SaltBytes), Argon2, ForeignCrypto::AesKeyBytes);
            wipe(passwordBytes);
            if (!key) {
                return key.error();
            }
            auto plaintext = ForeignCrypto::aesGcmDecryptAppended(
                *key, data.sliced(Magic.size() + SaltBytes, IvBytes), data.sliced(header));
            if (!plaintext) {
                return wrongPassword();
            }
            return plaintext;
        }
        const qsizetype header = LegacyMagic.size() + LegacySaltBytes + LegacyIvBytes;
        auto key = ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha1, passwordBytes,
            data.sliced(LegacyMagic.size(), LegacySaltBytes), LegacyIterations, ForeignCrypto::AesKeyBytes);
        wipe(passwordBytes);
        if (!key) {
            return key.error();
        }
        auto plaintext = ForeignCrypto::aesCbcDecrypt(
            *key, data.sliced(LegacyMagic.size() + LegacySaltBytes, LegacyIvBytes), data.sliced(header));
        if (!plaintext) {
            return wrongPassword(); // bad padding: the key is wrong
        }
        return plaintext;
    }

    Result<ImportResult> StratumFormat::readJson(const QJsonObject& root) const
    {
        if (!root.value(u"Authenticators").isArray()) {
            return invalid(tr("the field 'Authenticators' is missing or not a list."));
        }
        QHash<QString, QString> categoryNames;
        for (const QJsonValue& category : root.value(u"Categories").toArray()) {
            const QJsonObject object = category.toObject();
            categoryNames.insert(object.value(u"Id").toString(), object.value(u"Name").toString().trimmed());
        }
        QHash<QString, QStringList> categories;   // by secret, as the file links them
        QSet<std::pair<QString, QString>> linked; // a set, so that many links to one secret stay linear
        for (const QJsonValue& link : root.value(u"AuthenticatorCategories").toArray()) {
            const QJsonObject object = link.toObject();
            const QString name = categoryNames.value(object.value(u"CategoryId").toString());
            const QString secret = object.value(u"AuthenticatorSecret").toString();
            if (!name.isEmpty() && !secret.isEmpty() && !linked.contains({secret, name})) {
                linked.insert({secret, name});
                categories[secret].append(name);
            }
        }
        ImportResult result;
        result.formatId = id();
        const QJsonArray authenticators = root.value(u"Authenticators").toArray();
        for (qsizetype i = 0; i < authenticators.size(); ++i) {
            const QString fallback = ForeignEntry::entryLabel(i);
            if (!authenticators[i].isObject()) {
                result.unreadable.append({fallback, tr("It is not a JSON object.")});
                continue;
            }
            const QJsonObject object = authenticators[i].toObject();
            auto entry = readAuthenticator(object, categories);
            if (!entry) {
                ForeignEntry named;
                named.issuer = object.value(u"Issuer").toString();
                named.name = object.value(u"Username").toString();
                result.unreadable.append({named.label(fallback), ForeignEntry::sentence(entry.error().message())});
                continue;
            }
            entry->addTo(result, fallback);
        }
        return result;
    }
}
