#include "VaultFormat.h"

#include <QtEndian>

namespace tessera
{
    namespace
    {
        const QByteArrayView AccountDomain("TesseraAccount");
        const QByteArrayView ManifestDomain("TesseraManifest");
        const QByteArrayView BackupDomain("TesseraBackup");
    }

    QByteArray VaultFormat::accountAssociatedData(
        const QUuid& vaultId, const QUuid& accountId, quint64 revision, quint32 format)
    {
        QByteArray ad;
        ad.reserve(AccountDomain.size() + 4 + 16 + 16 + 8);
        ad.append(AccountDomain);
        appendUint32(ad, format);
        ad.append(uuidBytes(vaultId));
        ad.append(uuidBytes(accountId));
        appendUint64(ad, revision);
        return ad;
    }

    QByteArray VaultFormat::manifestAssociatedData(const QUuid& vaultId, quint64 generation, quint32 format)
    {
        QByteArray ad;
        ad.reserve(ManifestDomain.size() + 4 + 16 + 8);
        ad.append(ManifestDomain);
        appendUint32(ad, format);
        ad.append(uuidBytes(vaultId));
        appendUint64(ad, generation);
        return ad;
    }

    QByteArray VaultFormat::backupAssociatedData(const QUuid& vaultId,
        const QUuid& backupId,
        qint64 timeMs,
        quint32 kind,
        QByteArrayView contentsDigest,
        quint32 format)
    {
        QByteArray ad;
        ad.reserve(BackupDomain.size() + 4 + 16 + 16 + 8 + 4 + contentsDigest.size());
        ad.append(BackupDomain);
        appendUint32(ad, format);
        ad.append(uuidBytes(vaultId));
        ad.append(uuidBytes(backupId));
        appendUint64(ad, static_cast<quint64>(timeMs));
        appendUint32(ad, kind);
        ad.append(contentsDigest);
        return ad;
    }

    QByteArray VaultFormat::uuidBytes(const QUuid& id)
    {
        return id.toRfc4122();
    }

    std::optional<QUuid> VaultFormat::uuidFromBytes(QByteArrayView bytes)
    {
        if (bytes.size() != 16) {
            return std::nullopt;
        }
        const QUuid id = QUuid::fromRfc4122(bytes);
        if (id.isNull()) {
            return std::nullopt;
        }
        return id;
    }

    void VaultFormat::appendUint16(QByteArray& out, quint16 value)
    {
        char bytes[2];
        qToBigEndian(value, bytes);
        out.append(bytes, 2);
    }

    void VaultFormat::appendUint32(QByteArray& out, quint32 value)
    {
        char bytes[4];
        qToBigEndian(value, bytes);
        out.append(bytes, 4);
    }

    void VaultFormat::appendUint64(QByteArray& out, quint64 value)
    {
        char bytes[8];
        qToBigEndian(value, bytes);
        out.append(bytes, 8);
    }

    quint16 VaultFormat::readUint16(const char* data)
    {
        return qFromBigEndian<quint16>(data);
    }

    quint32 VaultFormat::readUint32(const char* data)
    {
        return qFromBigEndian<quint32>(data);
    }

    quint64 VaultFormat::readUint64(const char* data)
    {
        return qFromBigEndian<quint64>(data);
    }
}
