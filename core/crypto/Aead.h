#pragma once

#include "Random.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstddef>

namespace tessera
{
    /// XChaCha20-Poly1305 (IETF): authenticated encryption with a random 24-byte nonce.
    class Aead
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::Aead)

    public:
        static constexpr int KeyBytes = 32;
        static constexpr int NonceBytes = 24;
        static constexpr int TagBytes = 16;

        struct Sealed
        {
            QByteArray nonce;
            QByteArray ciphertext; ///< includes the 16-byte tag
        };

        /// Encrypts with a fresh nonce from `random`. The key must be KeyBytes long.
        [[nodiscard]] static Sealed seal(const SecureBytes& key,
            QByteArrayView plaintext,
            QByteArrayView associatedData,
            Random& random = Random::system());

        /// Decrypts into guarded memory; any change to nonce, ciphertext, tag or associated data
        /// (or the wrong key) is an error of kind Corrupt, never a partial result.
        [[nodiscard]] static Result<SecureBytes> open(
            const SecureBytes& key, QByteArrayView nonce, QByteArrayView ciphertext, QByteArrayView associatedData);

        /// The same, decrypting into memory the caller owns (a region of one guarded arena, so that
        /// thousands of records do not cost one guarded allocation each). `output` must hold at
        /// least plaintextSize(ciphertext) bytes; returns that size. On failure the output is wiped.
        [[nodiscard]] static Result<std::size_t> openInto(const SecureBytes& key,
            QByteArrayView nonce,
            QByteArrayView ciphertext,
            QByteArrayView associatedData,
            unsigned char* output,
            std::size_t outputCapacity);

        /// The plaintext length of a ciphertext (0 when it is too short to hold a tag).
        [[nodiscard]] static std::size_t plaintextSize(QByteArrayView ciphertext);

        /// Known-answer encryption with a caller-supplied nonce: for the self-test and test vectors only.
        [[nodiscard]] static QByteArray sealWithNonce(
            const SecureBytes& key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView associatedData);
    };
}
