#include "BackupLog.h"

#include "Manifest.h"
#include "VaultFormat.h"

#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QSet>

#include <limits>

namespace tessera
{
    namespace
    {
        const QString LocationKey = QStringLiteral("location");

        Error damaged()
        {
            return {Error::Kind::Corrupt,
                QCoreApplication::translate(
                    "tessera::BackupLog", "A backup record in the vault is damaged or was changed outside Tessera.")};
        }

        /// The sealed part: a CBOR map with text keys; format 1 knows only `location` (text).
        QByteArray encodePlaintext(const BackupRecord& record)
        {
            QCborMap map;
            map.insert(LocationKey, record.location);
            return QCborValue(map).toCbor();
        }

        Result<QString> decodePlaintext(QByteArrayView plaintext)
        {
            QCborParserError error{};
            const QCborValue value = QCborValue::fromCbor(plaintext.toByteArray(), &error);
            if (error.error != QCborError::NoError || !value.isMap()) {
                return damaged();
            }
            QString location;
            QSet<QString> seen;
            const QCborMap map = value.toMap();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                if (!it.key().isString()) {
                    return damaged();
                }
                const QString key = it.key().toString();
                if (seen.contains(key)) {
                    return damaged();
                }
                seen.insert(key);
                if (key != LocationKey) {
                    return Error(Error::Kind::Unsupported,
                        QCoreApplication::translate(
                            "tessera::BackupLog", "A backup record was written by a newer version of Tessera."));
                }
                if (!it.value().isString()) {
                    return damaged();
                }
                location = it.value().toString();
            }
            return location;
        }
    }

    QByteArray BackupLog::contentsDigest(const QHash<QUuid, quint64>& accountRevisions)
    {
        Manifest contents;
        contents.revisions = accountRevisions;
        return QCryptographicHash::hash(contents.serialize(), QCryptographicHash::Sha256);
    }

    VaultStore::BackupRow BackupLog::seal(
        const SecureBytes& masterKey, const QUuid& vaultId, const BackupRecord& record, Random& random)
    {
        VaultStore::BackupRow row;
        row.id = VaultFormat::uuidBytes(record.id);
        row.format = VaultFormat::BackupRecordFormat;
        row.createdAtMs = record.time.toMSecsSinceEpoch();
        row.kind = static_cast<int>(record.kind);
        const QByteArray ad = VaultFormat::backupAssociatedData(vaultId, record.id, row.createdAtMs,
            static_cast<quint32>(row.kind), contentsDigest(record.accountRevisions), row.format);
        auto sealed = Aead::seal(masterKey, encodePlaintext(record), ad, random);
        row.nonce = std::move(sealed.nonce);
        row.ciphertext = std::move(sealed.ciphertext);
        row.accounts.reserve(record.accountRevisions.size());
        for (auto it = record.accountRevisions.cbegin(); it != record.accountRevisions.cend(); ++it) {
            row.accounts.append({VaultFormat::uuidBytes(it.key()), it.value()});
        }
        return row;
    }

    Result<BackupRecord> BackupLog::open(
        const SecureBytes& masterKey, const QUuid& vaultId, const VaultStore::BackupRow& row)
    {
        const auto id = VaultFormat::uuidFromBytes(row.id);
        if (!row.wellFormed || !id || row.kind < 0 || row.kind > std::numeric_limits<qint32>::max()) {
            return damaged();
        }
        if (row.format != VaultFormat::BackupRecordFormat) {
            return Error(Error::Kind::Unsupported, tr("A backup record was written by a newer version of Tessera."));
        }
        BackupRecord record;
        record.id = *id;
        record.time = QDateTime::fromMSecsSinceEpoch(row.createdAtMs, Qt::UTC);
        record.kind = static_cast<BackupKind>(row.kind);
        record.accountRevisions.reserve(row.accounts.size());
        for (const auto& [uuid, revision] : row.accounts) {
            const auto account = VaultFormat::uuidFromBytes(uuid);
            if (!account || revision == 0 || record.accountRevisions.contains(*account)) {
                return damaged();
            }
            record.accountRevisions.insert(*account, revision);
        }
        const QByteArray ad = VaultFormat::backupAssociatedData(vaultId, record.id, row.createdAtMs,
            static_cast<quint32>(row.kind), contentsDigest(record.accountRevisions), row.format);
        auto plaintext = Aead::open(masterKey, row.nonce, row.ciphertext, ad);
        if (!plaintext) {
            return damaged();
        }
        auto location = decodePlaintext(plaintext->view());
        if (!location) {
            return location.error();
        }
        record.location = std::move(location).value();
        return record;
    }
}
