#include "AegisFormat.h"

#include "ByteDecoding.h"
#include "ForeignEntry.h"
#include "JsonFields.h"
#include "SecretWipe.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace tessera
{
    namespace
    {
        constexpr int MasterKeyBytes = 32;
        constexpr int NonceBytes = 12;
        constexpr int SaltBytes = 32;

        /// Tags become Aegis groups whose UUIDs are derived from the tag name, so the same tag always
        /// gets the same group (and exports are reproducible).
        const QUuid GroupNamespace(QStringLiteral("{6f0c3d5e-8a51-4f3b-9a43-2f1de0b7c4a1}"));

        QString uuidText(const QUuid& uuid)
        {
            return uuid.toString(QUuid::WithoutBraces);
        }

        /// A random (version 4) UUID from the injected randomness.
        QUuid randomUuid(Random& random)
        {
            QByteArray bytes = random.bytes(16);
            bytes[6] = static_cast<char>((static_cast<unsigned char>(bytes[6]) & 0x0F) | 0x40);
            bytes[8] = static_cast<char>((static_cast<unsigned char>(bytes[8]) & 0x3F) | 0x80);
            return QUuid::fromRfc4122(bytes);
        }

        QString hexText(QByteArrayView bytes)
        {
            return QString::fromLatin1(bytes.toByteArray().toHex());
        }

        Result<QJsonObject> parseRoot(QByteArrayView data)
        {
            auto document = JsonFields::parse(data);
            if (!document) {
                return document.error();
            }
            if (!document->isObject()) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::AegisFormat", "the file is not a JSON object."));
            }
            return document->object();
        }

        struct Slot
        {
            ForeignCrypto::ScryptParameters scrypt;
            QByteArray salt;
            QByteArray key;
            QByteArray nonce;
            QByteArray tag;
        };

        Result<Slot> readPasswordSlot(const QJsonObject& object)
        {
            Slot slot;
            auto n = JsonFields::integer(object, u"n", -1);
            auto r = JsonFields::integer(object, u"r", -1);
            auto p = JsonFields::integer(object, u"p", -1);
            for (const auto* value : {&n, &r, &p}) {
                if (!*value) {
                    return value->error();
                }
            }
            if (*n < 0 || *r < 0 || *p < 0 || *n > (1LL << 40) || *r > 0xFFFFFFFFLL || *p > 0xFFFFFFFFLL) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate(
                        "tessera::AegisFormat", "a password slot has invalid scrypt parameters."));
            }
            slot.scrypt = {static_cast<quint64>(*n), static_cast<quint32>(*r), static_cast<quint32>(*p)};
            if (auto bounds = ForeignCrypto::checkScrypt(slot.scrypt); !bounds) {
                return bounds.error();
            }
            const auto hexField = [](const QJsonObject& o, QStringView key, qsizetype size) -> Result<QByteArray> {
                auto text = JsonFields::string(o, key);
                if (!text) {
                    return text.error();
                }
                auto bytes = ByteDecoding::hex(*text);
                if (!bytes || bytes->isEmpty() || (size > 0 && bytes->size() != size)) {
                    return Error(Error::Kind::InvalidInput,
                        QCoreApplication::translate(
                            "tessera::AegisFormat", "the field '%1' of a password slot is not valid.")
                            .arg(key.toString()));
                }
                return *bytes;
            };
            auto salt = hexField(object, u"salt", 0);
            auto key = hexField(object, u"key", MasterKeyBytes);
            auto keyParams = JsonFields::object(object, u"key_params");
            if (!salt) {
                return salt.error();
            }
            if (!key) {
                return key.error();
            }
            if (!keyParams) {
                return keyParams.error();
            }
            auto nonce = hexField(*keyParams, u"nonce", 0);
            auto tag = hexField(*keyParams, u"tag", ForeignCrypto::GcmTagBytes);
            if (!nonce) {
                return nonce.error();
            }
            if (!tag) {
                return tag.error();
            }
            slot.salt = *salt;
            slot.key = *key;
            slot.nonce = *nonce;
            slot.tag = *tag;
            return slot;
        }

        /// One Aegis entry to a ForeignEntry, or the reason it cannot be one.
        Result<ForeignEntry> readEntry(
            const QJsonObject& object, const QHash<QString, QString>& groupNames, QStringList& warnings)
        {
            ForeignEntry entry;
            auto type = JsonFields::string(object, u"type");
            auto name = JsonFields::string(object, u"name");
            auto issuer = JsonFields::string(object, u"issuer");
            auto note = JsonFields::string(object, u"note");
            auto favorite = JsonFields::boolean(object, u"favorite", false);
            auto uuid = JsonFields::string(object, u"uuid");
            auto info = JsonFields::object(object, u"info");
            for (const auto* field : {&type, &name, &issuer, &note, &uuid}) {
                if (!*field) {
                    return field->error();
                }
            }
            if (!favorite) {
                return favorite.error();
            }
            if (!info) {
                return info.error();
            }
            entry.name = *name;
            entry.issuer = *issuer;
            entry.note = *note;
            entry.favorite = *favorite;
            entry.id = QUuid::fromString(*uuid);

            const QString typeName = type->toLower();
            if (typeName == u"totp") {
                entry.type = OtpType::Totp;
            } else if (typeName == u"hotp") {
                entry.type = OtpType::Hotp;
            } else if (typeName == u"steam") {
                entry.type = OtpType::Steam;
            } else if (typeName == u"motp") {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::AegisFormat", "It is an mOTP account, which Tessera does not support."));
            } else if (typeName == u"yandex") {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::AegisFormat", "It is a Yandex account, which Tessera does not support."));
            } else {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate("tessera::AegisFormat", "It has the unknown type '%1'.")
                        .arg(typeName.isEmpty() ? QStringLiteral("?") : *type));
            }
            if (!object.contains(u"info")) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::AegisFormat", "the field 'info' is missing."));
            }

            auto secretText = JsonFields::string(*info, u"secret");
            if (!secretText) {
                return secretText.error();
            }
            auto secret = ForeignEntry::decodeBase32(*secretText);
            wipe(*secretText);
            if (!secret) {
                return secret.error();
            }
            entry.secret = std::move(secret).value();

            auto algo = JsonFields::string(*info, u"algo", QStringLiteral("SHA1"));
            if (!algo) {
                return algo.error();
            }
            if (const auto parsed = OtpParameters::parseAlgorithm(*algo)) {
                entry.algorithm = *parsed;
            } else if (algo->compare(u"MD5", Qt::CaseInsensitive) == 0) {
                // Aegis itself computes these codes with SHA-1 (MD5 is meant only for mOTP).
                entry.algorithm = HashAlgorithm::Sha1;
                warnings.append(
                    QCoreApplication::translate("tessera::AegisFormat",
                        "%1 is marked MD5 in the Aegis file; like Aegis, Tessera computes its "
                        "codes with SHA-1.")
                        .arg(entry.label(QCoreApplication::translate("tessera::AegisFormat", "An account"))));
            } else {
                return Error(Error::Kind::Unsupported,
                    QCoreApplication::translate(
                        "tessera::AegisFormat", "It uses the algorithm '%1', which Tessera does not support.")
                        .arg(*algo));
            }
            auto digits = JsonFields::integer(*info, u"digits", OtpParameters::DefaultDigits);
            auto period = JsonFields::integer(*info, u"period", OtpParameters::DefaultPeriod);
            auto counter = JsonFields::integer(*info, u"counter", 0);
            for (const auto* field : {&digits, &period, &counter}) {
                if (!*field) {
                    return field->error();
                }
            }
            entry.digits = *digits;
            entry.period = *period;
            entry.counter = *counter;

            auto groups = JsonFields::array(object, u"groups");
            if (!groups) {
                return groups.error();
            }
            // A set, not entry.tags.contains(): an entry listing a great many groups stays linear.
            QSet<QString> seen;
            for (const QJsonValue& group : *groups) {
                const QString tag = groupNames.value(group.toString().toLower());
                if (!tag.isEmpty() && !seen.contains(tag)) {
                    seen.insert(tag);
                    entry.tags.append(tag);
                }
            }
            // Content versions before 3 stored one group name per entry.
            auto legacyGroup = JsonFields::string(object, u"group");
            if (legacyGroup && !legacyGroup->trimmed().isEmpty() && !seen.contains(legacyGroup->trimmed())) {
                entry.tags.append(legacyGroup->trimmed());
            }
            return entry;
        }

        QJsonObject entryJson(const Account& account, const QJsonArray& groups)
        {
            const OtpParameters& p = account.parameters;
            QJsonObject info;
            info.insert(QStringLiteral("secret"), p.secretBase32());
            info.insert(QStringLiteral("algo"), OtpParameters::algorithmName(p.algorithm()));
            info.insert(QStringLiteral("digits"), p.digits());
            if (p.type() == OtpType::Hotp) {
                info.insert(QStringLiteral("counter"), static_cast<qint64>(p.counter()));
            } else {
                info.insert(QStringLiteral("period"), p.period());
            }
            QJsonObject entry;
            entry.insert(QStringLiteral("type"), OtpParameters::typeName(p.type()));
            entry.insert(QStringLiteral("uuid"), uuidText(account.id.isNull() ? QUuid::createUuid() : account.id));
            entry.insert(QStringLiteral("name"), account.accountName);
            entry.insert(QStringLiteral("issuer"), account.issuer);
            entry.insert(QStringLiteral("note"), account.note);
            entry.insert(QStringLiteral("favorite"), account.favorite);
            entry.insert(QStringLiteral("icon"), QJsonValue::Null);
            entry.insert(QStringLiteral("info"), info);
            entry.insert(QStringLiteral("groups"), groups);
            return entry;
        }
    }

    QString AegisFormat::id() const
    {
        return QStringLiteral("aegis");
    }

    QString AegisFormat::displayName() const
    {
        return QStringLiteral("Aegis");
    }

    int AegisFormat::detect(QByteArrayView data) const
    {
        if (!JsonFields::looksLikeJson(data, '{') || data.size() > MaxFileBytes) {
            return NotThisFormat;
        }
        const auto keys = JsonFields::topLevelKeys(data);
        return keys && keys->contains(QStringLiteral("header")) && keys->contains(QStringLiteral("db")) ? Certain
                                                                                                        : NotThisFormat;
    }

    bool AegisFormat::isEncrypted(QByteArrayView data) const
    {
        // Encrypted vaults hold the content as a base64 string, plain ones as an object.
        const auto keys = JsonFields::topLevelKeys(data);
        return keys && keys->value(QStringLiteral("db")) == '"';
    }

    Result<ImportResult> AegisFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        auto root = parseRoot(data);
        if (!root) {
            return invalid(root.error().message());
        }
        auto version = JsonFields::integer(*root, u"version", -1);
        if (!version || *version < 0) {
            return invalid(version ? tr("the field 'version' is missing.") : version.error().message());
        }
        if (*version > FileVersion) {
            return Error(Error::Kind::Unsupported,
                tr("This Aegis file has version %1, newer than Tessera reads (%2). Export it again from "
                   "Aegis, or update Tessera.")
                    .arg(*version)
                    .arg(FileVersion));
        }
        if (!root->value(u"header").isObject()) {
            return invalid(tr("the field 'header' is missing or not an object."));
        }
        const QJsonObject header = root->value(u"header").toObject();
        const bool plainSlots = header.value(u"slots").isNull() || header.value(u"slots").isUndefined();
        const bool plainParams = header.value(u"params").isNull() || header.value(u"params").isUndefined();
        if (plainSlots != plainParams) {
            return invalid(tr("the header has key slots without encryption parameters or the other way "
                              "round."));
        }
        if (plainSlots) {
            if (!root->value(u"db").isObject()) {
                return invalid(tr("the field 'db' is missing or not an object."));
            }
            return readContent(root->value(u"db").toObject());
        }
        auto plaintext = decryptContent(*root, password);
        if (!plaintext) {
            return plaintext.error();
        }
        return readDecrypted(plaintext->view());
    }

    Result<ImportResult> AegisFormat::readDecrypted(QByteArrayView plaintext) const
    {
        auto content = JsonFields::parse(plaintext);
        if (!content || !content->isObject()) {
            return invalid(tr("the decrypted vault is not a JSON object."));
        }
        return readContent(content->object());
    }

    Result<SecureBytes> AegisFormat::decryptContent(
        const QJsonObject& root, const std::optional<QString>& password) const
    {
        const QJsonObject header = root.value(u"header").toObject();
        if (!header.value(u"slots").isArray() || !header.value(u"params").isObject()) {
            return invalid(tr("the header's 'slots' should be a list and 'params' an object."));
        }
        if (!root.value(u"db").isString()) {
            return invalid(tr("the encrypted vault ('db') should be base64 text."));
        }
        const QJsonObject params = header.value(u"params").toObject();
        const auto nonce = ByteDecoding::hex(params.value(u"nonce").toString());
        const auto tag = ByteDecoding::hex(params.value(u"tag").toString());
        const auto ciphertext = ByteDecoding::base64(root.value(u"db").toString());
        if (!nonce || nonce->isEmpty() || !tag || tag->size() != ForeignCrypto::GcmTagBytes) {
            return invalid(tr("the vault's nonce or tag is missing or not valid hexadecimal."));
        }
        if (!ciphertext) {
            return invalid(tr("the encrypted vault ('db') is not valid base64."));
        }

        QList<Slot> passwordSlots;
        for (const QJsonValue& value : header.value(u"slots").toArray()) {
            const QJsonObject object = value.toObject();
            if (object.value(u"type").toInteger(-1) != 1) {
                continue; // raw (0) and biometric (2) slots need keys Tessera does not have
            }
            auto slot = readPasswordSlot(object);
            if (!slot) {
                return slot.error().kind() == Error::Kind::Unsupported ? slot.error() : invalid(slot.error().message());
            }
            passwordSlots.append(std::move(slot).value());
        }
        if (passwordSlots.isEmpty()) {
            return Error(Error::Kind::Unsupported,
                tr("This Aegis file can only be opened with a fingerprint or a raw key, not a password. "
                   "Export it from Aegis with a password."));
        }
        if (!password) {
            return passwordNeeded();
        }
        QByteArray passwordBytes = password->toUtf8();
        std::optional<SecureBytes> masterKey;
        for (const Slot& slot : passwordSlots) {
            auto slotKey = ForeignCrypto::scrypt(passwordBytes, slot.salt, slot.scrypt, ForeignCrypto::AesKeyBytes);
            if (!slotKey) {
                wipe(passwordBytes);
                return slotKey.error();
            }
            auto unwrapped = ForeignCrypto::aesGcmDecrypt(*slotKey, slot.nonce, slot.key, slot.tag);
            if (unwrapped && unwrapped->size() == MasterKeyBytes) {
                masterKey = std::move(unwrapped).value();
                break;
            }
        }
        wipe(passwordBytes);
        if (!masterKey) {
            return wrongPassword();
        }
        auto plaintext = ForeignCrypto::aesGcmDecrypt(*masterKey, *nonce, *ciphertext, *tag);
        if (!plaintext) {
            return Error(Error::Kind::Corrupt,
                tr("The password is right, but the Aegis vault in this file is damaged (it fails its "
                   "authenticity check)."));
        }
        return plaintext;
    }

    Result<ImportResult> AegisFormat::readContent(const QJsonObject& content) const
    {
        auto version = JsonFields::integer(content, u"version", -1);
        if (!version || *version < 1) {
            return invalid(tr("the vault's content has no valid 'version'."));
        }
        if (*version > ContentVersion) {
            return Error(Error::Kind::Unsupported,
                tr("This Aegis file's content has version %1, newer than Tessera reads (%2). Update "
                   "Tessera, or export a plain list of links (otpauth://) from Aegis.")
                    .arg(*version)
                    .arg(ContentVersion));
        }
        if (!content.value(u"entries").isArray()) {
            return invalid(tr("the field 'entries' is missing or not a list."));
        }
        auto groups = JsonFields::array(content, u"groups");
        if (!groups) {
            return invalid(groups.error().message());
        }
        QHash<QString, QString> groupNames;
        for (const QJsonValue& group : *groups) {
            const QJsonObject object = group.toObject();
            const QString uuid = object.value(u"uuid").toString().toLower();
            const QString name = object.value(u"name").toString().trimmed();
            if (!uuid.isEmpty() && !name.isEmpty()) {
                groupNames.insert(uuid, name);
            }
        }

        ImportResult result;
        result.formatId = id();
        const QJsonArray entries = content.value(u"entries").toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString fallback = ForeignEntry::entryLabel(i);
            if (!entries[i].isObject()) {
                result.unreadable.append({fallback, tr("It is not a JSON object.")});
                continue;
            }
            const QJsonObject object = entries[i].toObject();
            auto entry = readEntry(object, groupNames, result.warnings);
            if (!entry) {
                ForeignEntry named;
                named.issuer = object.value(u"issuer").toString();
                named.name = object.value(u"name").toString();
                result.unreadable.append({named.label(fallback), ForeignEntry::sentence(entry.error().message())});
                continue;
            }
            entry->addTo(result, fallback);
        }
        return result;
    }

    bool AegisFormat::canWrite() const
    {
        return true;
    }

    QString AegisFormat::fileExtension() const
    {
        return QStringLiteral("json");
    }

    Result<ExportResult> AegisFormat::write(const QList<Account>& accounts, const ExportOptions& options) const
    {
        ExportResult result;
        QJsonArray entries;
        QJsonArray groups;
        QStringList groupTags;
        int withRecovery = 0;
        for (const Account& account : accounts) {
            if (account.isTrashed()) {
                result.leftOut.append({account.id, account.displayName(), tr("It is in the trash.")});
                continue;
            }
            QJsonArray entryGroups;
            for (const QString& tag : account.tags) {
                const QUuid groupId = QUuid::createUuidV5(GroupNamespace, tag);
                if (!groupTags.contains(tag)) {
                    groupTags.append(tag);
                    QJsonObject group;
                    group.insert(QStringLiteral("uuid"), uuidText(groupId));
                    group.insert(QStringLiteral("name"), tag);
                    groups.append(group);
                }
                entryGroups.append(uuidText(groupId));
            }
            entries.append(entryJson(account, entryGroups));
            withRecovery += account.recovery.isEmpty() ? 0 : 1;
        }
        if (withRecovery > 0) {
            result.warnings.append(tr("Aegis files cannot hold recovery information (recovery codes, email, "
                                      "phone): %n account(s) lose it in this export.",
                nullptr, withRecovery));
        }
        QJsonObject content;
        content.insert(QStringLiteral("version"), ContentVersion);
        content.insert(QStringLiteral("entries"), entries);
        content.insert(QStringLiteral("groups"), groups);
        content.insert(QStringLiteral("icons_optimized"), true);

        QJsonObject header;
        QJsonObject root;
        root.insert(QStringLiteral("version"), FileVersion);
        if (!options.password) {
            header.insert(QStringLiteral("slots"), QJsonValue::Null);
            header.insert(QStringLiteral("params"), QJsonValue::Null);
            root.insert(QStringLiteral("header"), header);
            root.insert(QStringLiteral("db"), content);
            result.data = QJsonDocument(root).toJson(QJsonDocument::Indented);
            return result;
        }

        Random& random = options.randomSource();
        const SecureBytes masterKey = random.secureBytes(MasterKeyBytes);
        const QByteArray salt = random.bytes(SaltBytes);
        QByteArray passwordBytes = options.password->toUtf8();
        auto slotKey = ForeignCrypto::scrypt(passwordBytes, salt, ExportScrypt, ForeignCrypto::AesKeyBytes);
        wipe(passwordBytes);
        if (!slotKey) {
            return slotKey.error();
        }
        const QByteArray keyNonce = random.bytes(NonceBytes);
        auto wrapped = ForeignCrypto::aesGcmEncrypt(*slotKey, keyNonce, masterKey.view());
        if (!wrapped) {
            return wrapped.error();
        }
        QByteArray plaintext = QJsonDocument(content).toJson(QJsonDocument::Compact);
        const QByteArray dbNonce = random.bytes(NonceBytes);
        auto sealed = ForeignCrypto::aesGcmEncrypt(masterKey, dbNonce, plaintext);
        wipe(plaintext);
        if (!sealed) {
            return sealed.error();
        }

        QJsonObject keyParams;
        keyParams.insert(QStringLiteral("nonce"), hexText(keyNonce));
        keyParams.insert(QStringLiteral("tag"), hexText(wrapped->tag));
        QJsonObject slot;
        slot.insert(QStringLiteral("type"), 1);
        slot.insert(QStringLiteral("uuid"), uuidText(randomUuid(random)));
        slot.insert(QStringLiteral("key"), hexText(wrapped->ciphertext));
        slot.insert(QStringLiteral("key_params"), keyParams);
        slot.insert(QStringLiteral("n"), static_cast<qint64>(ExportScrypt.n));
        slot.insert(QStringLiteral("r"), static_cast<qint64>(ExportScrypt.r));
        slot.insert(QStringLiteral("p"), static_cast<qint64>(ExportScrypt.p));
        slot.insert(QStringLiteral("salt"), hexText(salt));
        slot.insert(QStringLiteral("repaired"), true);
        slot.insert(QStringLiteral("is_backup"), false);
        QJsonObject params;
        params.insert(QStringLiteral("nonce"), hexText(dbNonce));
        params.insert(QStringLiteral("tag"), hexText(sealed->tag));
        header.insert(QStringLiteral("slots"), QJsonArray{slot});
        header.insert(QStringLiteral("params"), params);
        root.insert(QStringLiteral("header"), header);
        root.insert(QStringLiteral("db"), QString::fromLatin1(sealed->ciphertext.toBase64()));
        result.data = QJsonDocument(root).toJson(QJsonDocument::Indented);
        return result;
    }
}
