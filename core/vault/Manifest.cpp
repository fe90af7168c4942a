#include "Manifest.h"

#include "VaultFormat.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace tessera
{
    namespace
    {
        constexpr int EntryBytes = 16 + 8;

        Error damaged()
        {
            return {Error::Kind::Corrupt,
                QCoreApplication::translate("tessera::Manifest",
                    "The vault's list of accounts (its manifest) is damaged: bytes of the file were "
                    "changed.")};
        }
    }

    QByteArray Manifest::serialize() const
    {
        std::vector<std::pair<QByteArray, quint64>> entries;
        entries.reserve(static_cast<std::size_t>(revisions.size()));
        for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
            entries.emplace_back(VaultFormat::uuidBytes(it.key()), it.value());
        }
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QByteArray out;
        out.reserve(4 + EntryBytes * static_cast<qsizetype>(entries.size()));
        VaultFormat::appendUint32(out, static_cast<quint32>(entries.size()));
        for (const auto& [id, revision] : entries) {
            out.append(id);
            VaultFormat::appendUint64(out, revision);
        }
        return out;
    }

    Result<Manifest> Manifest::parse(QByteArrayView plaintext, quint64 generation)
    {
        if (plaintext.size() < 4) {
            return damaged();
        }
        const quint32 count = VaultFormat::readUint32(plaintext.data());
        if (static_cast<quint64>(plaintext.size()) != 4 + static_cast<quint64>(count) * EntryBytes) {
            return damaged();
        }
        Manifest manifest;
        manifest.generation = generation;
        manifest.revisions.reserve(static_cast<qsizetype>(count));
        QByteArrayView previous;
        for (quint32 i = 0; i < count; ++i) {
            const char* entry = plaintext.data() + 4 + static_cast<qsizetype>(i) * EntryBytes;
            const QByteArrayView idBytes(entry, 16);
            if (!previous.isEmpty() && previous.compare(idBytes) >= 0) {
                return damaged();
            }
            previous = idBytes;
            const auto id = VaultFormat::uuidFromBytes(idBytes);
            const quint64 revision = VaultFormat::readUint64(entry + 16);
            if (!id || revision == 0) {
                return damaged();
            }
            manifest.revisions.insert(*id, revision);
        }
        return manifest;
    }

    Aead::Sealed Manifest::seal(const SecureBytes& masterKey, const QUuid& vaultId, Random& random) const
    {
        return Aead::seal(masterKey, serialize(), VaultFormat::manifestAssociatedData(vaultId, generation), random);
    }

    Result<Manifest> Manifest::open(const SecureBytes& masterKey,
        const QUuid& vaultId,
        quint64 generation,
        quint32 format,
        QByteArrayView nonce,
        QByteArrayView ciphertext)
    {
        if (format != VaultFormat::ManifestFormat) {
            return Error(Error::Kind::Unsupported,
                tr("The vault's list of accounts was written by a newer version of Tessera. Update "
                   "Tessera to open it."));
        }
        auto plaintext = Aead::open(
            masterKey, nonce, ciphertext, VaultFormat::manifestAssociatedData(vaultId, generation, format));
        if (!plaintext) {
            return damaged();
        }
        return parse(plaintext->view(), generation);
    }
}
