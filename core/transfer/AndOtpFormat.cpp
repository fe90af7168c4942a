#include "AndOtpFormat.h"

#include "ByteDecoding.h"
#include "ForeignCrypto.h"
#include "ForeignEntry.h"
#include "JsonFields.h"
#include "SecretWipe.h"

#include <QJsonObject>

namespace tessera
{
    namespace
    {
        Result<ForeignEntry> readEntry(const QJsonObject& object)
        {
            ForeignEntry entry;
            auto secret = JsonFields::string(object, u"secret");
            auto issuer = JsonFields::string(object, u"issuer");
            auto label = JsonFields::string(object, u"label");
            auto type = JsonFields::string(object, u"type", QStringLiteral("TOTP"));
            auto algorithm = JsonFields::string(object, u"algorithm", QStringLiteral("SHA1"));
            for (const auto* field : {&secret, &issuer, &label, &type, &algorithm}) {
                if (!*field) {
                    return field->error();
                }
            }
            auto digits = JsonFields::integer(object, u"digits", OtpParameters::DefaultDigits);
            auto period = JsonFields::integer(object, u"period", OtpParameters::DefaultPeriod);
            auto counter = JsonFields::integer(object, u"counter", 0);
            for (const auto* field : {&digits, &period, &counter}) {
                if (!*field) {
                    return field->error();
                }
            }
            auto tags = JsonFields::array(object, u"tags");
            if (!tags) {
                return tags.error();
            }

            entry.issuer = *issuer;
            entry.name = *label;
            // Versions without an issuer field stored "Issuer - account" in the label.
            if (entry.issuer.trimmed().isEmpty()) {
                const auto dash = entry.name.indexOf(QStringLiteral(" - "));
                if (dash >= 0) {
                    entry.issuer = entry.name.left(dash);
                    entry.name = entry.name.mid(dash + 3);
                }
            }
            const QString typeName = type->trimmed().toUpper();
            if (typeName == u"TOTP") {
                entry.type = OtpType::Totp;
            } else if (typeName == u"HOTP") {
                entry.type = OtpType::Hotp;
            } else if (typeName == u"STEAM") {
                entry.type = OtpType::Steam;
            } else if (typeName == u"MOTP") {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::AndOtpFormat", "It is an mOTP account, which Tessera does not support."));
            } else {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate("tessera::AndOtpFormat", "It has the unknown type '%1'.").arg(*type));
            }
            const auto parsedAlgorithm = OtpParameters::parseAlgorithm(*algorithm);
            if (!parsedAlgorithm) {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::AndOtpFormat", "It uses the algorithm '%1', which Tessera does not support.")
                        .arg(*algorithm));
            }
            entry.algorithm = *parsedAlgorithm;
            entry.digits = *digits;
            entry.period = *period;
            entry.counter = *counter;
            for (const QJsonValue& tag : *tags) {
                if (tag.isString() && !tag.toString().trimmed().isEmpty()) {
                    entry.tags.append(tag.toString().trimmed());
                }
            }
            auto decoded = ForeignEntry::decodeBase32(*secret);
            wipe(*secret);
            if (!decoded) {
                return decoded.error();
            }
            entry.secret = std::move(decoded).value();
            return entry;
        }
    }

    QString AndOtpFormat::id() const
    {
        return QStringLiteral("andotp");
    }

    QString AndOtpFormat::displayName() const
    {
        return QStringLiteral("andOTP");
    }

    int AndOtpFormat::detect(QByteArrayView data) const
    {
        if (JsonFields::looksLikeJson(data, '[')) {
            if (data.size() > MaxFileBytes) {
                return NotThisFormat;
            }
            const auto keys = JsonFields::topLevelKeys(data);
            if (!keys) {
                return NotThisFormat;
            }
            if (keys->isEmpty()) {
                return Possible; // an empty list
            }
            return keys->contains(QStringLiteral("secret"))
                    && (keys->contains(QStringLiteral("label")) || keys->contains(QStringLiteral("type")))
                ? Certain
                : NotThisFormat;
        }
        // Encrypted backups are opaque bytes without a header: nothing else claims them.
        if (data.size() >= NonceBytes + ForeignCrypto::GcmTagBytes
            && !ByteDecoding::isText(data.first(qMin<qsizetype>(data.size(), 512)))) {
            return Possible;
        }
        return NotThisFormat;
    }

    bool AndOtpFormat::isEncrypted(QByteArrayView data) const
    {
        return !JsonFields::looksLikeJson(data, '[');
    }

    Result<ImportResult> AndOtpFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        if (!isEncrypted(data)) {
            auto document = JsonFields::parse(data);
            if (!document) {
                return invalid(document.error().message());
            }
            if (!document->isArray()) {
                return invalid(tr("the file is not a JSON list."));
            }
            return readEntries(document->array());
        }
        if (ByteDecoding::isText(data.first(qMin<qsizetype>(data.size(), 512)))) {
            return invalid(tr("it is neither an andOTP list (JSON) nor an encrypted andOTP backup."));
        }
        if (data.size() < NonceBytes + ForeignCrypto::GcmTagBytes) {
            return invalid(tr("it is too short to be an encrypted andOTP backup (%1 bytes).").arg(data.size()));
        }
        if (!password) {
            return passwordNeeded();
        }
        auto plaintext = decrypt(data, *password);
        if (!plaintext) {
            return plaintext.error();
        }
        return readDecrypted(plaintext->view());
    }

    Result<ImportResult> AndOtpFormat::readDecrypted(QByteArrayView plaintext) const
    {
        auto document = JsonFields::parse(plaintext);
        if (!document || !document->isArray()) {
            return invalid(tr("the decrypted backup is not a JSON list."));
        }
        return readEntries(document->array());
    }

    Result<SecureBytes> AndOtpFormat::decrypt(QByteArrayView data, const QString& password) const
    {
        QByteArray passwordBytes = password.toUtf8();
        const quint64 iterations = ByteDecoding::bigEndian(data.first(4));
        if (data.size() >= NewHeaderBytes + ForeignCrypto::GcmTagBytes && iterations >= 1
            && iterations <= ForeignCrypto::MaxPbkdf2Iterations) {
            auto key = ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha1, passwordBytes, data.sliced(4, 12),
                static_cast<quint32>(iterations), ForeignCrypto::AesKeyBytes);
            if (key) {
                auto plaintext = ForeignCrypto::aesGcmDecryptAppended(
                    *key, data.sliced(16, NonceBytes), data.sliced(NewHeaderBytes));
                if (plaintext) {
                    wipe(passwordBytes);
                    return plaintext;
                }
            }
        }
        const SecureBytes oldKey = ForeignCrypto::sha256Key(passwordBytes);
        wipe(passwordBytes);
        auto plaintext = ForeignCrypto::aesGcmDecryptAppended(oldKey, data.first(NonceBytes), data.sliced(NonceBytes));
        if (plaintext) {
            return plaintext;
        }
        return Error(Error::Kind::WrongPassword,
            tr("The password does not open this andOTP backup (or the file is damaged). Check the password "
               "and try again."));
    }

    ImportResult AndOtpFormat::readEntries(const QJsonArray& entries) const
    {
        ImportResult result;
        result.formatId = id();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString fallback = ForeignEntry::entryLabel(i);
            if (!entries[i].isObject()) {
                result.unreadable.append({fallback, tr("It is not a JSON object.")});
                continue;
            }
            const QJsonObject object = entries[i].toObject();
            auto entry = readEntry(object);
            if (!entry) {
                ForeignEntry named;
                named.issuer = object.value(u"issuer").toString();
                named.name = object.value(u"label").toString();
                result.unreadable.append({named.label(fallback), ForeignEntry::sentence(entry.error().message())});
                continue;
            }
            entry->addTo(result, fallback);
        }
        return result;
    }
}
