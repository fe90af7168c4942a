#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstddef>

namespace tessera
{
    /// The primitives other apps' backup formats use and libsodium does not offer: scrypt, PBKDF2,
    /// AES-256-GCM and -CBC, HMAC-SHA256, HKDF-Expand and SHA-256 over OpenSSL's libcrypto, and Argon2id
    /// with several lanes over libargon2. Only core/transfer uses it: Tessera's own data is protected by
    /// core/crypto (libsodium).
    ///
    /// Key-derivation parameters come from files other apps wrote, so every KDF checks them against
    /// fixed bounds first: a hostile file gets an error of kind Unsupported, never minutes of work or
    /// gigabytes of memory. Keys and plaintexts are returned in guarded memory.
    class ForeignCrypto
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::ForeignCrypto)

    public:
        enum class Digest
        {
            Sha1,
            Sha256,
            Sha512,
        };

        struct ScryptParameters
        {
            quint64 n = 0; ///< CPU/memory cost, a power of two
            quint32 r = 0; ///< block size
            quint32 p = 0; ///< parallelism
        };

        struct Argon2Parameters
        {
            quint32 iterations = 0; ///< passes over memory (t)
            quint32 memoryKiB = 0;  ///< memory (m)
            quint32 lanes = 0;      ///< parallelism (p)
        };

        static constexpr quint64 MaxScryptN = 1ULL << 20;
        static constexpr quint32 MaxScryptR = 32;
        static constexpr quint32 MaxScryptP = 16;
        /// 128 * r * N: the memory one scrypt computation needs.
        static constexpr quint64 MaxScryptMemoryBytes = 1ULL << 30;
        /// p * 128 * r * N: the memory traffic, i.e. how long it runs.
        static constexpr quint64 MaxScryptWorkBytes = 4ULL << 30;
        static constexpr quint32 MaxPbkdf2Iterations = 10'000'000;
        static constexpr quint32 MaxArgon2MemoryKiB = 1U << 20; // 1 GiB
        static constexpr quint32 MaxArgon2Iterations = 20;
        static constexpr quint32 MaxArgon2Lanes = 16;
        static constexpr int AesKeyBytes = 32;
        static constexpr int GcmTagBytes = 16;
        static constexpr int CbcBlockBytes = 16;
        static constexpr std::size_t MaxKeyBytes = 1024;

        struct GcmSealed
        {
            QByteArray ciphertext; ///< same length as the plaintext
            QByteArray tag;        ///< 16 bytes
        };

        [[nodiscard]] static Result<void> checkScrypt(const ScryptParameters& parameters);
        [[nodiscard]] static Result<void> checkPbkdf2(quint32 iterations);
        [[nodiscard]] static Result<void> checkArgon2(const Argon2Parameters& parameters);

        [[nodiscard]] static Result<SecureBytes> scrypt(
            QByteArrayView password, QByteArrayView salt, const ScryptParameters& parameters, std::size_t keyBytes);
        [[nodiscard]] static Result<SecureBytes> pbkdf2(
            Digest digest, QByteArrayView password, QByteArrayView salt, quint32 iterations, std::size_t keyBytes);
        /// Argon2id v1.3 with the given number of lanes (libsodium only computes one lane).
        [[nodiscard]] static Result<SecureBytes> argon2id(
            QByteArrayView password, QByteArrayView salt, const Argon2Parameters& parameters, std::size_t keyBytes);

        [[nodiscard]] static QByteArray sha256(QByteArrayView data);
        /// SHA-256 of a secret (e.g. andOTP's old password-to-key step), kept in guarded memory.
        [[nodiscard]] static SecureBytes sha256Key(QByteArrayView secret);
        [[nodiscard]] static QByteArray hmacSha256(const SecureBytes& key, QByteArrayView data);
        /// HKDF-Expand (RFC 5869) with SHA-256 from a pseudorandom key; at most 255 * 32 bytes.
        [[nodiscard]] static Result<SecureBytes> hkdfExpandSha256(
            const SecureBytes& prk, QByteArrayView info, std::size_t length);

        /// AES-256-GCM with a separate 16-byte tag. A wrong key or changed data is an error of kind Corrupt.
        [[nodiscard]] static Result<SecureBytes> aesGcmDecrypt(const SecureBytes& key,
            QByteArrayView nonce,
            QByteArrayView ciphertext,
            QByteArrayView tag,
            QByteArrayView associatedData = {});
        /// The same with the tag appended to the ciphertext (2FAS, andOTP, Stratum).
        [[nodiscard]] static Result<SecureBytes> aesGcmDecryptAppended(const SecureBytes& key,
            QByteArrayView nonce,
            QByteArrayView ciphertextAndTag,
            QByteArrayView associatedData = {});
        /// The caller supplies a fresh random nonce: never reuse one with the same key.
        [[nodiscard]] static Result<GcmSealed> aesGcmEncrypt(
            const SecureBytes& key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView associatedData = {});

        /// AES-256-CBC with PKCS#7 padding; a wrong key usually shows as bad padding (kind Corrupt).
        [[nodiscard]] static Result<SecureBytes> aesCbcDecrypt(
            const SecureBytes& key, QByteArrayView iv, QByteArrayView ciphertext);
        [[nodiscard]] static Result<QByteArray> aesCbcEncrypt(
            const SecureBytes& key, QByteArrayView iv, QByteArrayView plaintext);

        /// Frees the calling thread's OpenSSL state (its error queue). A pool thread that ran one of the
        /// functions above calls this when its job is done: left to the thread's exit, the state can outlive
        /// OpenSSL's own clean-up when the process ends, and is leaked.
        static void releaseThreadState();
    };
}
