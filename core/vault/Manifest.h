#pragma once

#include "Aead.h"
#include "Random.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace tessera
{
    /// The authenticated list of every account UUID with its current revision, rewritten (with
    /// a higher generation) in the same transaction as any change. Unlocking compares the account
    /// rows with it, so a row deleted or replaced by an older copy outside Tessera is reported.
    class Manifest
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::Manifest)

    public:
        quint64 generation = 0;
        QHash<QUuid, quint64> revisions;

        /// u32 BE count, then per account (sorted by its 16 UUID bytes): UUID (16) || revision (u64 BE).
        [[nodiscard]] QByteArray serialize() const;
        /// Strict: exact length, ascending UUIDs without repeats, revisions of at least 1.
        [[nodiscard]] static Result<Manifest> parse(QByteArrayView plaintext, quint64 generation);

        [[nodiscard]] Aead::Sealed seal(const SecureBytes& masterKey, const QUuid& vaultId, Random& random) const;
        [[nodiscard]] static Result<Manifest> open(const SecureBytes& masterKey,
            const QUuid& vaultId,
            quint64 generation,
            quint32 format,
            QByteArrayView nonce,
            QByteArrayView ciphertext);

        bool operator==(const Manifest&) const = default;
    };
}
