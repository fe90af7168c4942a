#include "ForeignCrypto.h"

#include "SecretWipe.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

#include <climits>
#include <memory>

namespace tessera
{
    namespace
    {
        Error unsupported(const QString& message)
        {
            return {Error::Kind::Unsupported, message};
        }

        Error authenticationFailed()
        {
            return {Error::Kind::Corrupt,
                QCoreApplication::translate("tessera::ForeignCrypto",
                    "The encrypted data failed its authenticity check (wrong password, or the file "
                    "was changed).")};
        }

        /// What the cryptography library was asked to do when it failed.
        enum class LibraryStep
        {
            Compute,
            Start,
            Run,
            Finish,
        };

        /// `algorithm` is a name such as "AES-GCM" (not translated).
        Error libraryFailure(LibraryStep step, QStringView algorithm)
        {
            QString message;
            switch (step) {
            case LibraryStep::Compute:
                message = QCoreApplication::translate("tessera::ForeignCrypto",
                    "The cryptography library could not compute %1 (out of memory?). Close other programs and try "
                    "again.");
                break;
            case LibraryStep::Start:
                message = QCoreApplication::translate("tessera::ForeignCrypto",
                    "The cryptography library could not start %1 (out of memory?). Close other programs and try "
                    "again.");
                break;
            case LibraryStep::Run:
                message = QCoreApplication::translate("tessera::ForeignCrypto",
                    "The cryptography library could not run %1 (out of memory?). Close other programs and try again.");
                break;
            case LibraryStep::Finish:
                message = QCoreApplication::translate("tessera::ForeignCrypto",
                    "The cryptography library could not finish %1 (out of memory?). Close other programs and try "
                    "again.");
                break;
            }
            return {Error::Kind::Io, message.arg(algorithm)};
        }

        const unsigned char* bytes(QByteArrayView view)
        {
            return reinterpret_cast<const unsigned char*>(view.data());
        }

        bool fitsInt(qsizetype size)
        {
            return size >= 0 && size <= INT_MAX;
        }

        Result<void> checkKeyLength(std::size_t keyBytes)
        {
            if (keyBytes == 0 || keyBytes > ForeignCrypto::MaxKeyBytes) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::ForeignCrypto", "Unsupported derived key length."));
            }
            return {};
        }

        const EVP_MD* messageDigest(ForeignCrypto::Digest digest)
        {
            switch (digest) {
            case ForeignCrypto::Digest::Sha1:
                return EVP_sha1();
            case ForeignCrypto::Digest::Sha256:
                return EVP_sha256();
            case ForeignCrypto::Digest::Sha512:
                return EVP_sha512();
            }
            return EVP_sha256();
        }

        struct CipherContextDeleter
        {
            void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
        };
        using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

        struct PkeyContextDeleter
        {
            void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
        };
        using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, PkeyContextDeleter>;

        /// Shrinks guarded memory to the length a cipher actually produced (wiping the old buffer).
        SecureBytes truncated(SecureBytes&& buffer, std::size_t length)
        {
            if (length == buffer.size()) {
                return std::move(buffer);
            }
            return SecureBytes::copyOf(QByteArrayView(buffer.data(), static_cast<qsizetype>(length)));
        }
    }

    Result<void> ForeignCrypto::checkScrypt(const ScryptParameters& parameters)
    {
        const auto n = parameters.n;
        if (n < 2 || n > MaxScryptN || (n & (n - 1)) != 0) {
            return unsupported(tr("The file asks for scrypt with N = %1; Tessera accepts powers of two "
                                  "up to %2, so the file is damaged or hostile.")
                                   .arg(n)
                                   .arg(MaxScryptN));
        }
        if (parameters.r < 1 || parameters.r > MaxScryptR) {
            return unsupported(tr("The file asks for scrypt with r = %1; Tessera accepts 1 to %2, so the file is "
                                  "damaged or hostile.")
                                   .arg(parameters.r)
                                   .arg(MaxScryptR));
        }
        if (parameters.p < 1 || parameters.p > MaxScryptP) {
            return unsupported(tr("The file asks for scrypt with p = %1; Tessera accepts 1 to %2, so the file is "
                                  "damaged or hostile.")
                                   .arg(parameters.p)
                                   .arg(MaxScryptP));
        }
        const quint64 memory = 128ULL * parameters.r * n;
        if (memory > MaxScryptMemoryBytes || memory * parameters.p > MaxScryptWorkBytes) {
            return unsupported(tr("The file asks for scrypt parameters (N = %1, r = %2, p = %3) that "
                                  "would need %4 MiB of memory or take minutes; Tessera refuses them.")
                                   .arg(n)
                                   .arg(parameters.r)
                                   .arg(parameters.p)
                                   .arg(memory >> 20));
        }
        return {};
    }

    Result<void> ForeignCrypto::checkPbkdf2(quint32 iterations)
    {
        if (iterations < 1 || iterations > MaxPbkdf2Iterations) {
            return unsupported(tr("The file asks for %1 PBKDF2 iterations; Tessera accepts 1 to %2, so "
                                  "the file is damaged or hostile.")
                                   .arg(iterations)
                                   .arg(MaxPbkdf2Iterations));
        }
        return {};
    }

    Result<void> ForeignCrypto::checkArgon2(const Argon2Parameters& parameters)
    {
        if (parameters.iterations < 1 || parameters.iterations > MaxArgon2Iterations) {
            return unsupported(tr("The file asks for Argon2 with %1 passes; Tessera accepts 1 to %2, so "
                                  "the file is damaged or hostile.")
                                   .arg(parameters.iterations)
                                   .arg(MaxArgon2Iterations));
        }
        if (parameters.lanes < 1 || parameters.lanes > MaxArgon2Lanes) {
            return unsupported(tr("The file asks for Argon2 with %1 lanes; Tessera accepts 1 to %2, so "
                                  "the file is damaged or hostile.")
                                   .arg(parameters.lanes)
                                   .arg(MaxArgon2Lanes));
        }
        if (parameters.memoryKiB < 8 * parameters.lanes || parameters.memoryKiB > MaxArgon2MemoryKiB) {
            return unsupported(tr("The file asks for Argon2 with %1 KiB of memory; Tessera accepts %2 KiB "
                                  "to 1 GiB, so the file is damaged or hostile.")
                                   .arg(parameters.memoryKiB)
                                   .arg(8 * parameters.lanes));
        }
        return {};
    }

    Result<SecureBytes> ForeignCrypto::scrypt(
        QByteArrayView password, QByteArrayView salt, const ScryptParameters& parameters, std::size_t keyBytes)
    {
        if (auto bounds = checkScrypt(parameters); !bounds) {
            return bounds.error();
        }
        if (auto length = checkKeyLength(keyBytes); !length) {
            return length.error();
        }
        // OpenSSL refuses anything above maxmem, and its default (maxmem = 0) is 32 MiB, less than the
        // 33.5 MB that Aegis's N = 2^15, r = 8 needs: always pass the real requirement plus slack.
        const quint64 needed = 128ULL * parameters.r * (parameters.n + 2) + 128ULL * parameters.r * parameters.p;
        const quint64 maxmem = needed + (1ULL << 20);
        SecureBytes key(keyBytes);
        const int ok = EVP_PBE_scrypt(password.data(), static_cast<std::size_t>(password.size()), bytes(salt),
            static_cast<std::size_t>(salt.size()), parameters.n, parameters.r, parameters.p, maxmem, key.data(),
            keyBytes);
        if (ok != 1) {
            return libraryFailure(LibraryStep::Compute, u"scrypt");
        }
        return key;
    }

    Result<SecureBytes> ForeignCrypto::pbkdf2(
        Digest digest, QByteArrayView password, QByteArrayView salt, quint32 iterations, std::size_t keyBytes)
    {
        if (auto bounds = checkPbkdf2(iterations); !bounds) {
            return bounds.error();
        }
        if (auto length = checkKeyLength(keyBytes); !length) {
            return length.error();
        }
        if (!fitsInt(password.size()) || !fitsInt(salt.size())) {
            return Error(Error::Kind::InvalidInput, tr("The password or salt is too long."));
        }
        SecureBytes key(keyBytes);
        const int ok = PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), bytes(salt),
            static_cast<int>(salt.size()), static_cast<int>(iterations), messageDigest(digest),
            static_cast<int>(keyBytes), key.data());
        if (ok != 1) {
            return libraryFailure(LibraryStep::Compute, u"PBKDF2");
        }
        return key;
    }

    Result<SecureBytes> ForeignCrypto::argon2id(
        QByteArrayView password, QByteArrayView salt, const Argon2Parameters& parameters, std::size_t keyBytes)
    {
        if (auto bounds = checkArgon2(parameters); !bounds) {
            return bounds.error();
        }
        if (auto length = checkKeyLength(keyBytes); !length) {
            return length.error();
        }
        if (salt.size() < ARGON2_MIN_SALT_LENGTH) {
            return Error(Error::Kind::Corrupt,
                tr("The Argon2 salt is %1 bytes long; at least %2 are needed.")
                    .arg(salt.size())
                    .arg(ARGON2_MIN_SALT_LENGTH));
        }
        if (keyBytes < ARGON2_MIN_OUTLEN) {
            return Error(Error::Kind::InvalidInput, tr("Unsupported derived key length."));
        }
        SecureBytes key(keyBytes);
        const int rc = argon2id_hash_raw(parameters.iterations, parameters.memoryKiB, parameters.lanes, password.data(),
            static_cast<std::size_t>(password.size()), salt.data(), static_cast<std::size_t>(salt.size()), key.data(),
            key.size());
        if (rc != ARGON2_OK) {
            if (rc == ARGON2_MEMORY_ALLOCATION_ERROR) {
                return Error(Error::Kind::Io,
                    tr("There is not enough memory to derive the key (%1 MiB are needed). Close other "
                       "programs and try again.")
                        .arg(parameters.memoryKiB >> 10));
            }
            return Error(Error::Kind::Unsupported,
                tr("Argon2 refused the file's parameters: %1.").arg(QString::fromUtf8(argon2_error_message(rc))));
        }
        return key;
    }

    QByteArray ForeignCrypto::sha256(QByteArrayView data)
    {
        QByteArray digest(32, '\0');
        unsigned int length = 0;
        EVP_Digest(data.data(), static_cast<std::size_t>(data.size()), reinterpret_cast<unsigned char*>(digest.data()),
            &length, EVP_sha256(), nullptr);
        return digest;
    }

    SecureBytes ForeignCrypto::sha256Key(QByteArrayView secret)
    {
        SecureBytes digest(32);
        unsigned int length = 0;
        EVP_Digest(
            secret.data(), static_cast<std::size_t>(secret.size()), digest.data(), &length, EVP_sha256(), nullptr);
        return digest;
    }

    QByteArray ForeignCrypto::hmacSha256(const SecureBytes& key, QByteArrayView data)
    {
        QByteArray mac(32, '\0');
        unsigned int length = 0;
        HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes(data), static_cast<std::size_t>(data.size()),
            reinterpret_cast<unsigned char*>(mac.data()), &length);
        return mac;
    }

    Result<SecureBytes> ForeignCrypto::hkdfExpandSha256(const SecureBytes& prk, QByteArrayView info, std::size_t length)
    {
        if (length == 0 || length > std::size_t{255} * 32 || prk.size() < 32 || !fitsInt(info.size())) {
            return Error(Error::Kind::InvalidInput, tr("Unsupported HKDF parameters."));
        }
        PkeyContext context(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
        SecureBytes out(length);
        std::size_t outLength = length;
        if (!context || EVP_PKEY_derive_init(context.get()) != 1
            || EVP_PKEY_CTX_set_hkdf_mode(context.get(), EVP_PKEY_HKDEF_MODE_EXPAND_ONLY) != 1
            || EVP_PKEY_CTX_set_hkdf_md(context.get(), EVP_sha256()) != 1
            || EVP_PKEY_CTX_set1_hkdf_key(context.get(), prk.data(), static_cast<int>(prk.size())) != 1
            || EVP_PKEY_CTX_add1_hkdf_info(context.get(), bytes(info), static_cast<int>(info.size())) != 1
            || EVP_PKEY_derive(context.get(), out.data(), &outLength) != 1 || outLength != length) {
            return libraryFailure(LibraryStep::Compute, u"HKDF");
        }
        return out;
    }

    Result<SecureBytes> ForeignCrypto::aesGcmDecrypt(const SecureBytes& key,
        QByteArrayView nonce,
        QByteArrayView ciphertext,
        QByteArrayView tag,
        QByteArrayView associatedData)
    {
        if (key.size() != AesKeyBytes) {
            return Error(Error::Kind::Corrupt, tr("The key has the wrong length."));
        }
        if (nonce.isEmpty() || nonce.size() > 64 || tag.size() != GcmTagBytes) {
            return Error(Error::Kind::Corrupt, tr("The encryption nonce or tag has the wrong length."));
        }
        if (!fitsInt(ciphertext.size()) || !fitsInt(associatedData.size())) {
            return Error(Error::Kind::InvalidInput, tr("The encrypted data is too large."));
        }
        CipherContext context(EVP_CIPHER_CTX_new());
        if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
            || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1
            || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1) {
            return libraryFailure(LibraryStep::Start, u"AES-GCM");
        }
        int length = 0;
        if (!associatedData.isEmpty()
            && EVP_DecryptUpdate(
                   context.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size()))
                != 1) {
            return libraryFailure(LibraryStep::Run, u"AES-GCM");
        }
        SecureBytes plaintext(static_cast<std::size_t>(ciphertext.size()));
        int total = 0;
        if (!ciphertext.isEmpty()) {
            if (EVP_DecryptUpdate(
                    context.get(), plaintext.data(), &length, bytes(ciphertext), static_cast<int>(ciphertext.size()))
                != 1) {
                return libraryFailure(LibraryStep::Run, u"AES-GCM");
            }
            total = length;
        }
        QByteArray tagCopy = tag.toByteArray();
        if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, GcmTagBytes, tagCopy.data()) != 1) {
            return libraryFailure(LibraryStep::Run, u"AES-GCM");
        }
        unsigned char finalBlock[16];
        if (EVP_DecryptFinal_ex(context.get(), finalBlock, &length) != 1) {
            return authenticationFailed();
        }
        return truncated(std::move(plaintext), static_cast<std::size_t>(total));
    }

    Result<SecureBytes> ForeignCrypto::aesGcmDecryptAppended(
        const SecureBytes& key, QByteArrayView nonce, QByteArrayView ciphertextAndTag, QByteArrayView associatedData)
    {
        if (ciphertextAndTag.size() < GcmTagBytes) {
            return Error(Error::Kind::Corrupt, tr("The encrypted data is truncated."));
        }
        const auto ciphertextLength = ciphertextAndTag.size() - GcmTagBytes;
        return aesGcmDecrypt(key, nonce, ciphertextAndTag.first(ciphertextLength),
            ciphertextAndTag.sliced(ciphertextLength), associatedData);
    }

    Result<ForeignCrypto::GcmSealed> ForeignCrypto::aesGcmEncrypt(
        const SecureBytes& key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView associatedData)
    {
        if (key.size() != AesKeyBytes || nonce.isEmpty() || nonce.size() > 64) {
            return Error(Error::Kind::InvalidInput, tr("The key or nonce has the wrong length."));
        }
        if (!fitsInt(plaintext.size()) || !fitsInt(associatedData.size())) {
            return Error(Error::Kind::InvalidInput, tr("The data is too large to encrypt."));
        }
        CipherContext context(EVP_CIPHER_CTX_new());
        if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
            || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1
            || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytes(nonce)) != 1) {
            return libraryFailure(LibraryStep::Start, u"AES-GCM");
        }
        int length = 0;
        if (!associatedData.isEmpty()
            && EVP_EncryptUpdate(
                   context.get(), nullptr, &length, bytes(associatedData), static_cast<int>(associatedData.size()))
                != 1) {
            return libraryFailure(LibraryStep::Run, u"AES-GCM");
        }
        GcmSealed sealed;
        sealed.ciphertext.resize(plaintext.size());
        if (!plaintext.isEmpty()
            && EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &length,
                   bytes(plaintext), static_cast<int>(plaintext.size()))
                != 1) {
            return libraryFailure(LibraryStep::Run, u"AES-GCM");
        }
        unsigned char finalBlock[16];
        sealed.tag.resize(GcmTagBytes);
        if (EVP_EncryptFinal_ex(context.get(), finalBlock, &length) != 1
            || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, GcmTagBytes, sealed.tag.data()) != 1) {
            return libraryFailure(LibraryStep::Finish, u"AES-GCM");
        }
        return sealed;
    }

    Result<SecureBytes> ForeignCrypto::aesCbcDecrypt(
        const SecureBytes& key, QByteArrayView iv, QByteArrayView ciphertext)
    {
        if (key.size() != AesKeyBytes || iv.size() != CbcBlockBytes) {
            return Error(Error::Kind::Corrupt, tr("The key or IV has the wrong length."));
        }
        if (ciphertext.isEmpty() || ciphertext.size() % CbcBlockBytes != 0 || !fitsInt(ciphertext.size())) {
            return Error(
                Error::Kind::Corrupt, tr("The encrypted data is truncated (not a whole number of AES blocks)."));
        }
        CipherContext context(EVP_CIPHER_CTX_new());
        if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), bytes(iv)) != 1) {
            return libraryFailure(LibraryStep::Start, u"AES-CBC");
        }
        SecureBytes plaintext(static_cast<std::size_t>(ciphertext.size()) + CbcBlockBytes);
        int length = 0;
        if (EVP_DecryptUpdate(
                context.get(), plaintext.data(), &length, bytes(ciphertext), static_cast<int>(ciphertext.size()))
            != 1) {
            return libraryFailure(LibraryStep::Run, u"AES-CBC");
        }
        int total = length;
        if (EVP_DecryptFinal_ex(context.get(), plaintext.data() + total, &length) != 1) {
            return Error(Error::Kind::Corrupt,
                tr("The decrypted data has invalid padding (wrong password, or the file was changed)."));
        }
        total += length;
        return truncated(std::move(plaintext), static_cast<std::size_t>(total));
    }

    Result<QByteArray> ForeignCrypto::aesCbcEncrypt(const SecureBytes& key, QByteArrayView iv, QByteArrayView plaintext)
    {
        if (key.size() != AesKeyBytes || iv.size() != CbcBlockBytes) {
            return Error(Error::Kind::InvalidInput, tr("The key or IV has the wrong length."));
        }
        if (!fitsInt(plaintext.size() + CbcBlockBytes)) {
            return Error(Error::Kind::InvalidInput, tr("The data is too large to encrypt."));
        }
        CipherContext context(EVP_CIPHER_CTX_new());
        if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, key.data(), bytes(iv)) != 1) {
            return libraryFailure(LibraryStep::Start, u"AES-CBC");
        }
        QByteArray ciphertext(plaintext.size() + CbcBlockBytes, '\0');
        int length = 0;
        if (EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char*>(ciphertext.data()), &length,
                bytes(plaintext), static_cast<int>(plaintext.size()))
            != 1) {
            return libraryFailure(LibraryStep::Run, u"AES-CBC");
        }
        int total = length;
        if (EVP_EncryptFinal_ex(context.get(), reinterpret_cast<unsigned char*>(ciphertext.data()) + total, &length)
            != 1) {
            return libraryFailure(LibraryStep::Finish, u"AES-CBC");
        }
        total += length;
        ciphertext.resize(total);
        return ciphertext;
    }

    void ForeignCrypto::releaseThreadState()
    {
        OPENSSL_thread_stop();
    }
}
