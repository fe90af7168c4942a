#include "TesseraBackupFormat.h"

#include "AccountJson.h"
#include "Aead.h"
#include "ByteDecoding.h"
#include "ForeignEntry.h"
#include "JsonFields.h"
#include "SecretWipe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera
{
    namespace
    {
        constexpr int ContentVersion = 1;
    }

    QString TesseraBackupFormat::id() const
    {
        return QStringLiteral("tessera");
    }

    QString TesseraBackupFormat::displayName() const
    {
        return tr("Tessera backup");
    }

    int TesseraBackupFormat::detect(QByteArrayView data) const
    {
        // Also with its CR LF rewritten: read() then says so, instead of another format's reader guessing.
        return data.startsWith(Magic.first(14)) ? Certain : NotThisFormat;
    }

    bool TesseraBackupFormat::isEncrypted(QByteArrayView data) const
    {
        Q_UNUSED(data)
        return true;
    }

    Result<PasswordKdf::Parameters> TesseraBackupFormat::kdfParameters(QByteArrayView data)
    {
        const auto error = [](const QString& message) {
            return Error(Error::Kind::InvalidInput, tr("This Tessera backup cannot be read: %1").arg(message));
        };
        if (!data.startsWith(Magic)) {
            if (data.startsWith(Magic.first(14))) {
                return error(tr("its line ends were changed in transfer (copy it as a binary file)."));
            }
            return error(tr("it does not start with the Tessera backup header."));
        }
        if (data.size() < CiphertextOffset + Aead::TagBytes) {
            return error(tr("it is cut off (%1 bytes).").arg(data.size()));
        }
        const auto version = static_cast<quint16>(ByteDecoding::bigEndian(data.sliced(16, 2)));
        if (version != Version) {
            return Error(Error::Kind::Unsupported,
                tr("This Tessera backup has format version %1; this Tessera reads version %2. Update "
                   "Tessera to open it.")
                    .arg(version)
                    .arg(Version));
        }
        if (static_cast<quint8>(data[18]) != KdfArgon2id || static_cast<quint8>(data[19]) != AeadXChaCha20Poly1305) {
            return Error(Error::Kind::Unsupported,
                tr("This Tessera backup uses a key derivation or cipher this Tessera does not know."));
        }
        PasswordKdf::Parameters parameters;
        parameters.opsLimit = static_cast<quint32>(ByteDecoding::bigEndian(data.sliced(20, 4)));
        parameters.memLimitBytes = ByteDecoding::bigEndian(data.sliced(24, 8));
        if (auto bounds = PasswordKdf::checkBounds(parameters); !bounds) {
            return bounds.error();
        }
        return parameters;
    }

    Result<ImportResult> TesseraBackupFormat::read(QByteArrayView data, const std::optional<QString>& password) const
    {
        if (auto size = checkSize(data); !size) {
            return size.error();
        }
        auto parameters = kdfParameters(data);
        if (!parameters) {
            return parameters.error();
        }
        if (!password) {
            return passwordNeeded();
        }
        QByteArray passwordBytes = password->toUtf8();
        auto key = PasswordKdf::derive(passwordBytes, data.sliced(32, PasswordKdf::SaltBytes), *parameters);
        wipe(passwordBytes);
        if (!key) {
            return key.error();
        }
        auto plaintext = Aead::open(
            *key, data.sliced(NonceOffset, Aead::NonceBytes), data.sliced(CiphertextOffset), data.first(HeaderBytes));
        if (!plaintext) {
            return wrongPassword();
        }
        return readDecrypted(plaintext->view());
    }

    Result<ImportResult> TesseraBackupFormat::readDecrypted(QByteArrayView plaintext) const
    {
        auto document = JsonFields::parse(plaintext);
        if (!document || !document->isObject()) {
            return invalid(tr("its content is not a JSON object."));
        }
        const QJsonObject root = document->object();
        if (root.value(u"format").toString() != ContentFormat) {
            return invalid(tr("its content is not marked as a Tessera backup."));
        }
        const qint64 contentVersion = root.value(u"version").toInteger(-1);
        if (contentVersion != ContentVersion) {
            return Error(Error::Kind::Unsupported,
                tr("This Tessera backup's content has version %1; this Tessera reads version %2. Update "
                   "Tessera to open it.")
                    .arg(contentVersion)
                    .arg(ContentVersion));
        }
        if (!root.value(u"accounts").isArray()) {
            return invalid(tr("the field 'accounts' is missing or not a list."));
        }
        ImportResult result;
        result.formatId = id();
        const QJsonArray accounts = root.value(u"accounts").toArray();
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const QJsonObject object = accounts[i].toObject();
            auto account = AccountJson::fromJson(object);
            if (!account) {
                ForeignEntry named;
                named.issuer = object.value(u"issuer").toString();
                named.name = object.value(u"account").toString();
                result.unreadable.append(
                    {named.label(ForeignEntry::entryLabel(i)), ForeignEntry::sentence(account.error().message())});
                continue;
            }
            result.accounts.append(std::move(account).value());
        }
        return result;
    }

    bool TesseraBackupFormat::canWrite() const
    {
        return true;
    }

    QString TesseraBackupFormat::fileExtension() const
    {
        return QStringLiteral("tessera-backup");
    }

    Result<ExportResult> TesseraBackupFormat::write(const QList<Account>& accounts, const ExportOptions& options) const
    {
        if (!options.password || options.password->isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("A Tessera backup needs a password."));
        }
        if (auto bounds = PasswordKdf::checkBounds(options.backupKdf); !bounds) {
            return bounds.error();
        }
        Random& random = options.randomSource();
        QByteArray header = Magic.toByteArray();
        ByteDecoding::appendBigEndian(header, Version, 2);
        header.append(static_cast<char>(KdfArgon2id));
        header.append(static_cast<char>(AeadXChaCha20Poly1305));
        ByteDecoding::appendBigEndian(header, options.backupKdf.opsLimit, 4);
        ByteDecoding::appendBigEndian(header, options.backupKdf.memLimitBytes, 8);
        const QByteArray salt = random.bytes(PasswordKdf::SaltBytes);
        header.append(salt);

        QJsonArray list;
        for (const Account& account : accounts) {
            list.append(AccountJson::toJson(account));
        }
        QJsonObject root;
        root.insert(QStringLiteral("format"), ContentFormat.toString());
        root.insert(QStringLiteral("version"), ContentVersion);
        root.insert(QStringLiteral("exportedAt"), options.timestamp().toUTC().toString(Qt::ISODateWithMs));
        root.insert(QStringLiteral("accounts"), list);
        QByteArray plaintext = QJsonDocument(root).toJson(QJsonDocument::Compact);

        QByteArray passwordBytes = options.password->toUtf8();
        auto key = PasswordKdf::derive(passwordBytes, salt, options.backupKdf);
        wipe(passwordBytes);
        if (!key) {
            wipe(plaintext);
            return key.error();
        }
        const Aead::Sealed sealed = Aead::seal(*key, plaintext, header, random);
        wipe(plaintext);
        ExportResult result;
        result.data = header + sealed.nonce + sealed.ciphertext;
        return result;
    }
}
