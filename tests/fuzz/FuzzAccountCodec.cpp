#include "AccountCodec.h"
#include "Aead.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QUuid>

#include <cstddef>
#include <cstdint>

// The vault's record decoder behind the KDF: the input is a record's plaintext. It is sealed and opened with a
// fixed key, as Vault does with its master key, so that the decoder reads guarded memory exactly as in the
// vault (a read past the end hits a guard page). A record that decodes must decode the same way in part
// (summary, parameters) and must survive encode and decode unchanged.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using tessera::AccountCodec;
    using tessera::Aead;
    static const tessera::SecureBytes key = tessera::SecureBytes::copyOf(QByteArray(Aead::KeyBytes, '\x42'));
    static const QByteArray nonce(Aead::NonceBytes, '\x24');
    static const QUuid id(QStringLiteral("{6d9f5e7c-3b1a-4c2d-8e0f-1a2b3c4d5e6f}"));
    const QByteArray associatedData = QByteArrayLiteral("fuzz record");

    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArray sealed = Aead::sealWithNonce(key, nonce, input, associatedData);
    tessera::SecureBytes record(Aead::plaintextSize(sealed));
    const auto opened = Aead::openInto(key, nonce, sealed, associatedData, record.data(), record.size());
    if (!opened || *opened != size) {
        __builtin_trap();
    }
    const QByteArrayView plaintext(reinterpret_cast<const char*>(record.data()), static_cast<qsizetype>(*opened));

    const auto account = AccountCodec::decode(plaintext, id);
    const auto summary = AccountCodec::decodeSummary(plaintext, id, 7);
    const auto parameters = AccountCodec::decodeParameters(plaintext);
    if (!account) {
        // The partial decoders may accept a record whose skipped parts (the note, the recovery information)
        // are damaged; the full decoder says what is wrong.
        if (account.error().message().isEmpty()) {
            __builtin_trap();
        }
        return 0;
    }
    if (!summary || !parameters || !(*parameters == account->parameters) || summary->id != id
        || summary->issuer != account->issuer || summary->accountName != account->accountName
        || summary->tags != account->tags || summary->favorite != account->favorite) {
        __builtin_trap();
    }
    QByteArray encoded = AccountCodec::encode(*account);
    const auto again = AccountCodec::decode(encoded, id);
    if (!again || !(*again == *account)) {
        __builtin_trap();
    }
    return 0;
}
