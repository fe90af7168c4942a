#include "BitwardenFormat.h"

#include "ByteDecoding.h"
#include "CsvReader.h"
#include "ForeignCrypto.h"
#include "ForeignEntry.h"
#include "JsonFields.h"
#include "OtpUri.h"
#include "SecretWipe.h"

#include <QHash>
#include <QJsonArray>

namespace tessera
{
    namespace
    {
        /// One login's fields, as JSON and CSV both provide them.
        struct Item
        {
            QString name;
            QString username;
            QString totp;
            QString notes;
            QString folder;
            bool favorite = false;

            ~Item() { wipe(totp); }
        };

        Result<Account> accountFromItem(const Item& item)
        {
            const QString value = item.totp.trimmed();
            std::optional<Account> account;
            if (value.startsWith(u"otpauth://", Qt::CaseInsensitive)
                || value.startsWith(u"steam://", Qt::CaseInsensitive)) {
                auto uri = OtpUri::parse(value);
                if (!uri) {
                    return uri.error();
                }
                account.emplace(Account::fromUri(*uri, QDateTime()));
                if (value.startsWith(u"steam://", Qt::CaseInsensitive)) {
                    account->issuer = item.name.trimmed().isEmpty() ? account->issuer : item.name.trimmed();
                }
            } else {
                // A bare key, as Bitwarden accepts in its authenticator-key field.
                ForeignEntry entry;
                auto secret = ForeignEntry::decodeBase32(value);
                if (!secret) {
                    return Error(Error::Kind::InvalidInput,
                        QCoreApplication::translate("tessera::BitwardenFormat",
                            "Its authenticator key is neither an otpauth:// link nor a base32 secret."));
                }
                entry.secret = std::move(secret).value();
                auto built = entry.toAccount();
                if (!built) {
                    return built.error();
                }
                account.emplace(std::move(built).value());
            }
            if (account->issuer.isEmpty()) {
                account->issuer = item.name.trimmed();
            }
            if (account->accountName.isEmpty()) {
                account->accountName = item.username.trimmed();
            }
            account->note = item.notes;
            account->favorite = item.favorite;
            if (!item.folder.trimmed().isEmpty()) {
                account->tags.append(item.folder.trimmed());
            }
            return *std::move(account);
        }

        void addItem(const Item& item, qsizetype index, ImportResult& result)
        {
            if (item.totp.trimmed().isEmpty()) {
                return; // a password entry without an authenticator key
            }
            auto account = accountFromItem(item);
            if (!account) {
                ForeignEntry named;
                named.issuer = item.name;
                named.name = item.username;
                result.unreadable.append({named.label(ForeignEntry::entryLabel(index)), account.error().message()});
                return;
            }
            result.accounts.append(std::move(account).value());
        }

        struct EncString
        {
            QByteArray iv;
            QByteArray ciphertext;
            QByteArray mac;
        };

        std::optional<EncString> parseEncString(const QString& text)
        {
            if (!text.startsWith(u"2.")) {
                return std::nullopt;
            }
            const QStringList parts = text.mid(2).split(QLatin1Char('|'));
            if (parts.size() != 3) {
                return std::nullopt;
            }
            auto iv = ByteDecoding::base64(parts[0]);
            auto ciphertext = ByteDecoding::base64(parts[1]);
            auto mac = ByteDecoding::base64(parts[2]);
            if (!iv || !ciphertext || !mac || iv->size() != 16 || mac->size() != 32 || ciphertext->isEmpty()) {
                return std::nullopt;
            }
            return EncString{*iv, *ciphertext, *mac};
        }

        bool constantTimeEqual(QByteArrayView a, QByteArrayView b)
        {
            if (a.size() != b.size()) {
                return false;
            }
            unsigned char difference = 0;
            for (qsizetype i = 0; i < a.size(); ++i) {
                difference |= static_cast<unsigned char>(a[i] ^ b[i]);
            }
            return difference == 0;
        }

        Result<SecureBytes> openEncString(const EncString& sealed, const SecureBytes& encKey, const SecureBytes& macKey)
        {
            const QByteArray mac = ForeignCrypto::hmacSha256(macKey, QByteArray(sealed.iv + sealed.ciphertext));
            if (!constantTimeEqual(mac, sealed.mac)) {
                return Error(Error::Kind::Corrupt,
                    QCoreApplication::translate("tessera::BitwardenFormat", "The authentication code does not match."));
            }
            return ForeignCrypto::aesCbcDecrypt(encKey, sealed.iv, sealed.ciphertext);
        }
    }

    struct BitwardenFormat::Encrypted
    {
        QByteArray salt;        ///< the salt field's text (Bitwarden uses the base64 text itself)
        qint64 kdfType = 0;     ///< 0: PBKDF2-SHA256, 1: Argon2id
        quint32 iterations = 0; ///< PBKDF2
        ForeignCrypto::Argon2Parameters argon2;
        EncString validation;
        EncString data;
    };

    QString BitwardenFormat::id() const
    {
        return QStringLiteral("bitwarden");
    }

    QString BitwardenFormat::displayName() const
    {
        return QStringLiteral("Bitwarden");
    }

    int BitwardenFormat::detect(QByteArrayView data) const
    {
        if (data.size() > MaxFileBytes) {
            return NotThisFormat;
        }
        if (JsonFields::looksLikeJson(data, '{')) {
            const auto keys = JsonFields::topLevelKeys(data);
            if (!keys) {
                return NotThisFormat;
            }
            if (keys->contains(QStringLiteral("encrypted"))
                && (keys->contains(QStringLiteral("items")) || keys->contains(QStringLiteral("passwordProtected")))) {
                return Certain;
            }
            return keys->contains(QStringLiteral("items")) ? Likely : NotThisFormat;
        }
        if (JsonFields::looksLikeJson(data, '[')
            || !ByteDecoding::isText(data.first(qMin<qsizetype>(data.size(), 4096)))) {
            return NotThisFormat;
        }
        const auto newline = data.indexOf('\n');
        const QByteArrayView header = newline < 0 ? data : data.first(newline);
        return header.contains("login_totp") ? Certain : NotThisFormat;
    }

    bool BitwardenFormat::isEncrypted(QByteArrayView data) const
    {
        if (!JsonFields::looksLikeJson(data, '{')) {
            return false;
        }
        const auto document = JsonFields::parse(data);
        return document && document->object().value(u"encrypted").toBool(false);
    }

    Result<ImportResult> BitwardenFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        if (!JsonFields::looksLikeJson(data, '{')) {
            return readCsv(data);
        }
        auto document = JsonFields::parse(data);
        if (!document) {
            return invalid(document.error().message());
        }
        if (!document->isObject()) {
            return invalid(tr("the file is not a JSON object."));
        }
        const QJsonObject root = document->object();
        auto encrypted = JsonFields::boolean(root, u"encrypted", false);
        if (!encrypted) {
            return invalid(encrypted.error().message());
        }
        if (!*encrypted) {
            return readJson(root);
        }
        if (!root.value(u"passwordProtected").toBool(false)) {
            return Error(Error::Kind::Unsupported,
                tr("This Bitwarden export is encrypted with your Bitwarden account key, which only "
                   "Bitwarden has. Export again choosing \"Password protected\" or an unencrypted format."));
        }
        // A damaged container or a hostile key derivation is reported before a password is asked for.
        auto container = readEncrypted(root);
        if (!container) {
            return container.error();
        }
        if (!password) {
            return passwordNeeded();
        }
        auto plaintext = decrypt(*container, *password);
        if (!plaintext) {
            return plaintext.error();
        }
        return readDecrypted(plaintext->view());
    }

    Result<ImportResult> BitwardenFormat::readDecrypted(QByteArrayView plaintext) const
    {
        auto inner = JsonFields::parse(plaintext);
        if (!inner || !inner->isObject()) {
            return invalid(tr("the decrypted data is not a JSON object."));
        }
        return readJson(inner->object());
    }

    Result<BitwardenFormat::Encrypted> BitwardenFormat::readEncrypted(const QJsonObject& root) const
    {
        auto salt = JsonFields::string(root, u"salt");
        auto kdfType = JsonFields::integer(root, u"kdfType", 0);
        auto iterations = JsonFields::integer(root, u"kdfIterations", -1);
        auto memory = JsonFields::integer(root, u"kdfMemory", -1);
        auto parallelism = JsonFields::integer(root, u"kdfParallelism", -1);
        auto validation = JsonFields::string(root, u"encKeyValidation_DO_NOT_EDIT");
        auto data = JsonFields::string(root, u"data");
        for (const auto* field : {&salt, &validation, &data}) {
            if (!*field) {
                return invalid(field->error().message());
            }
        }
        for (const auto* field : {&kdfType, &iterations, &memory, &parallelism}) {
            if (!*field) {
                return invalid(field->error().message());
            }
        }
        if (salt->isEmpty()) {
            return invalid(tr("the field 'salt' is missing."));
        }
        auto validationSealed = parseEncString(*validation);
        auto dataSealed = parseEncString(*data);
        if (!validationSealed || !dataSealed) {
            return invalid(tr("the encrypted fields are not in Bitwarden's \"2.iv|data|mac\" form."));
        }
        const auto tooLarge = [](qint64 value) { return value < 0 || value > 0xFFFFFFFFLL; };

        Encrypted encrypted{salt->toUtf8(), *kdfType, 0, {}, *std::move(validationSealed), *std::move(dataSealed)};
        if (*kdfType == 0) {
            if (tooLarge(*iterations)) {
                return ForeignCrypto::checkPbkdf2(0).error();
            }
            encrypted.iterations = static_cast<quint32>(*iterations);
            if (auto bounds = ForeignCrypto::checkPbkdf2(encrypted.iterations); !bounds) {
                return bounds.error();
            }
        } else if (*kdfType == 1) {
            const qint64 memoryKiB = tooLarge(*memory) ? -1 : *memory * 1024;
            if (tooLarge(*iterations) || tooLarge(*parallelism) || tooLarge(memoryKiB)) {
                return ForeignCrypto::checkArgon2({0, 0, 0}).error();
            }
            encrypted.argon2 = {
                static_cast<quint32>(*iterations), static_cast<quint32>(memoryKiB), static_cast<quint32>(*parallelism)};
            if (auto bounds = ForeignCrypto::checkArgon2(encrypted.argon2); !bounds) {
                return bounds.error();
            }
        } else {
            return Error(Error::Kind::Unsupported,
                tr("This Bitwarden export uses an unknown key derivation (type %1).").arg(*kdfType));
        }
        return encrypted;
    }

    Result<SecureBytes> BitwardenFormat::decrypt(const Encrypted& encrypted, const QString& password) const
    {
        QByteArray passwordBytes = password.toUtf8();
        // The base64 text of the salt itself is the salt.
        auto key = encrypted.kdfType == 0
            ? ForeignCrypto::pbkdf2(ForeignCrypto::Digest::Sha256, passwordBytes, encrypted.salt, encrypted.iterations,
                ForeignCrypto::AesKeyBytes)
            : ForeignCrypto::argon2id(
                passwordBytes, ForeignCrypto::sha256(encrypted.salt), encrypted.argon2, ForeignCrypto::AesKeyBytes);
        wipe(passwordBytes);
        if (!key) {
            return key.error();
        }
        auto encKey = ForeignCrypto::hkdfExpandSha256(*key, "enc", 32);
        auto macKey = ForeignCrypto::hkdfExpandSha256(*key, "mac", 32);
        if (!encKey) {
            return encKey.error();
        }
        if (!macKey) {
            return macKey.error();
        }
        if (!openEncString(encrypted.validation, *encKey, *macKey)) {
            return wrongPassword();
        }
        auto plaintext = openEncString(encrypted.data, *encKey, *macKey);
        if (!plaintext) {
            return Error(
                Error::Kind::Corrupt, tr("The password is right, but the data in this Bitwarden export is damaged."));
        }
        return plaintext;
    }

    Result<ImportResult> BitwardenFormat::readJson(const QJsonObject& root) const
    {
        if (!root.value(u"items").isArray()) {
            return invalid(tr("the field 'items' is missing or not a list."));
        }
        QHash<QString, QString> folders;
        for (const QJsonValue& folder : root.value(u"folders").toArray()) {
            const QJsonObject object = folder.toObject();
            folders.insert(object.value(u"id").toString(), object.value(u"name").toString());
        }
        ImportResult result;
        result.formatId = id();
        const QJsonArray items = root.value(u"items").toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject object = items[i].toObject();
            auto login = JsonFields::object(object, u"login");
            if (!login) {
                result.unreadable.append(
                    {ForeignEntry::entryLabel(i), ForeignEntry::sentence(login.error().message())});
                continue;
            }
            Item item;
            auto name = JsonFields::string(object, u"name");
            auto notes = JsonFields::string(object, u"notes");
            auto favorite = JsonFields::boolean(object, u"favorite", false);
            auto folderId = JsonFields::string(object, u"folderId");
            auto username = JsonFields::string(*login, u"username");
            auto totp = JsonFields::string(*login, u"totp");
            bool ok = true;
            for (const auto* field : {&name, &notes, &folderId, &username, &totp}) {
                if (!*field) {
                    result.unreadable.append(
                        {ForeignEntry::entryLabel(i), ForeignEntry::sentence(field->error().message())});
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            if (!favorite) {
                result.unreadable.append(
                    {ForeignEntry::entryLabel(i), ForeignEntry::sentence(favorite.error().message())});
                continue;
            }
            item.name = *name;
            item.notes = *notes;
            item.favorite = *favorite;
            item.folder = folders.value(*folderId);
            item.username = *username;
            item.totp = *totp;
            wipe(*totp);
            addItem(item, i, result);
        }
        return result;
    }

    Result<ImportResult> BitwardenFormat::readCsv(QByteArrayView data) const
    {
        if (!ByteDecoding::isText(data)) {
            return invalid(tr("it is neither JSON nor CSV text."));
        }
        QString text = QString::fromUtf8(data);
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        auto rows = CsvReader::parse(text);
        wipe(text);
        if (!rows) {
            return invalid(rows.error().message());
        }
        if (rows->isEmpty()) {
            return invalid(tr("it has no header row."));
        }
        const QStringList header = rows->first();
        const auto column = [&header](QStringView name) { return header.indexOf(name.toString()); };
        const auto totpColumn = column(u"login_totp");
        if (totpColumn < 0) {
            return invalid(tr("it has no 'login_totp' column."));
        }
        const auto nameColumn = column(u"name");
        const auto userColumn = column(u"login_username");
        const auto notesColumn = column(u"notes");
        const auto folderColumn = column(u"folder");
        const auto favoriteColumn = column(u"favorite");
        const auto cell = [](const QStringList& row, qsizetype index) {
            return index >= 0 && index < row.size() ? row[index] : QString();
        };

        ImportResult result;
        result.formatId = id();
        for (qsizetype i = 1; i < rows->size(); ++i) {
            QStringList& row = (*rows)[i];
            Item item;
            item.name = cell(row, nameColumn);
            item.username = cell(row, userColumn);
            item.notes = cell(row, notesColumn);
            item.folder = cell(row, folderColumn);
            item.favorite = cell(row, favoriteColumn) == u"1";
            item.totp = cell(row, totpColumn);
            addItem(item, i - 1, result);
            for (QString& field : row) {
                wipe(field);
            }
        }
        return result;
    }
}
