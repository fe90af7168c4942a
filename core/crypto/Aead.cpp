#include "Aead.h"

#include "Sodium_p.h"

#include <cstdlib>

namespace tessera
{
    static_assert(Aead::KeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    static_assert(Aead::NonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    static_assert(Aead::TagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

    namespace
    {
        const unsigned char* bytes(QByteArrayView view)
        {
            return reinterpret_cast<const unsigned char*>(view.data());
        }
    }

    QByteArray Aead::sealWithNonce(
        const SecureBytes& key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView associatedData)
    {
        if (key.size() != KeyBytes || nonce.size() != NonceBytes || !detail::ensureSodium()) {
            std::abort(); // a programming error: keys and nonces are made by this module
        }
        QByteArray ciphertext(plaintext.size() + TagBytes, '\0');
        unsigned long long length = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(ciphertext.data()), &length,
            bytes(plaintext), static_cast<unsigned long long>(plaintext.size()), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), nullptr, bytes(nonce), key.data());
        ciphertext.resize(static_cast<qsizetype>(length));
        return ciphertext;
    }

    Aead::Sealed Aead::seal(
        const SecureBytes& key, QByteArrayView plaintext, QByteArrayView associatedData, Random& random)
    {
        Sealed sealed;
        sealed.nonce = random.bytes(NonceBytes);
        sealed.ciphertext = sealWithNonce(key, sealed.nonce, plaintext, associatedData);
        return sealed;
    }

    std::size_t Aead::plaintextSize(QByteArrayView ciphertext)
    {
        return ciphertext.size() < TagBytes ? 0 : static_cast<std::size_t>(ciphertext.size() - TagBytes);
    }

    Result<std::size_t> Aead::openInto(const SecureBytes& key,
        QByteArrayView nonce,
        QByteArrayView ciphertext,
        QByteArrayView associatedData,
        unsigned char* output,
        std::size_t outputCapacity)
    {
        if (!detail::ensureSodium()) {
            return Error(Error::Kind::Unsupported, tr("The cryptography library could not start."));
        }
        if (key.size() != KeyBytes) {
            return Error(Error::Kind::Corrupt, tr("The key has the wrong length."));
        }
        if (nonce.size() != NonceBytes || ciphertext.size() < TagBytes) {
            return Error(Error::Kind::Corrupt, tr("The encrypted data is truncated."));
        }
        const std::size_t size = plaintextSize(ciphertext);
        if (outputCapacity < size || (size > 0 && output == nullptr)) {
            std::abort(); // a programming error: the caller sizes the output with plaintextSize()
        }
        unsigned long long length = 0;
        const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(size == 0 ? nullptr : output, &length, nullptr,
            bytes(ciphertext), static_cast<unsigned long long>(ciphertext.size()), bytes(associatedData),
            static_cast<unsigned long long>(associatedData.size()), bytes(nonce), key.data());
        if (rc != 0) {
            if (size > 0) {
                sodium_memzero(output, size);
            }
            return Error(Error::Kind::Corrupt,
                tr("The encrypted data failed its authenticity check (wrong key, or the data was "
                   "changed)."));
        }
        return static_cast<std::size_t>(length);
    }

    Result<SecureBytes> Aead::open(
        const SecureBytes& key, QByteArrayView nonce, QByteArrayView ciphertext, QByteArrayView associatedData)
    {
        SecureBytes plaintext(plaintextSize(ciphertext));
        auto opened = openInto(key, nonce, ciphertext, associatedData, plaintext.data(), plaintext.size());
        if (!opened) {
            return opened.error();
        }
        return plaintext;
    }
}
