#include "PasswordKdf.h"

#include "Sodium_p.h"

namespace tessera
{
    PasswordKdf::Parameters PasswordKdf::preset(Preset preset)
    {
        switch (preset) {
        case Preset::Fast:
            return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
        case Preset::Standard:
            return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
        case Preset::Strong:
            return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
        }
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    }

    std::optional<PasswordKdf::Preset> PasswordKdf::parsePreset(QStringView name)
    {
        if (name == u"fast") {
            return Preset::Fast;
        }
        if (name == u"standard") {
            return Preset::Standard;
        }
        if (name == u"strong") {
            return Preset::Strong;
        }
        return std::nullopt;
    }

    QString PasswordKdf::presetName(Preset preset)
    {
        switch (preset) {
        case Preset::Fast:
            return QStringLiteral("fast");
        case Preset::Standard:
            return QStringLiteral("standard");
        case Preset::Strong:
            return QStringLiteral("strong");
        }
        return {};
    }

    Result<void> PasswordKdf::checkBounds(const Parameters& parameters)
    {
        if (parameters.opsLimit < MinOps || parameters.opsLimit > MaxOps) {
            return Error(Error::Kind::Unsupported,
                tr("The key derivation asks for %1 passes; Tessera accepts %2 to %3, so the file "
                   "is damaged or was not written by Tessera.")
                    .arg(parameters.opsLimit)
                    .arg(MinOps)
                    .arg(MaxOps));
        }
        if (parameters.memLimitBytes < MinMemBytes || parameters.memLimitBytes > MaxMemBytes) {
            return Error(Error::Kind::Unsupported,
                tr("The key derivation asks for %1 MiB of memory; Tessera accepts %2 MiB to %3 MiB, "
                   "so the file is damaged or was not written by Tessera.")
                    .arg(parameters.memLimitBytes >> 20)
                    .arg(MinMemBytes >> 20)
                    .arg(MaxMemBytes >> 20));
        }
        return {};
    }

    Result<SecureBytes> PasswordKdf::derive(
        QByteArrayView passwordUtf8, QByteArrayView salt, const Parameters& parameters, std::size_t keyBytes)
    {
        if (auto bounds = checkBounds(parameters); !bounds) {
            return bounds.error();
        }
        return deriveUnbounded(passwordUtf8, salt, parameters, keyBytes);
    }

    Result<SecureBytes> PasswordKdf::deriveUnbounded(
        QByteArrayView passwordUtf8, QByteArrayView salt, const Parameters& parameters, std::size_t keyBytes)
    {
        if (!detail::ensureSodium()) {
            return Error(Error::Kind::Unsupported, tr("The cryptography library could not start."));
        }
        if (salt.size() != crypto_pwhash_SALTBYTES) {
            return Error(Error::Kind::Corrupt,
                tr("The key derivation salt is %1 bytes long instead of %2.")
                    .arg(salt.size())
                    .arg(crypto_pwhash_SALTBYTES));
        }
        if (keyBytes < crypto_pwhash_BYTES_MIN || keyBytes > 1024) {
            return Error(Error::Kind::InvalidInput, tr("Unsupported derived key length."));
        }
        SecureBytes key(keyBytes);
        // libsodium declares the password pointer non-null even for an empty password (UBSan: an empty
        // password file gave a null view).
        static const char empty = '\0';
        const char* password = passwordUtf8.data() != nullptr ? passwordUtf8.data() : &empty;
        const int rc = crypto_pwhash(key.data(), keyBytes, password,
            static_cast<unsigned long long>(passwordUtf8.size()), reinterpret_cast<const unsigned char*>(salt.data()),
            parameters.opsLimit, static_cast<std::size_t>(parameters.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
        if (rc != 0) {
            return Error(Error::Kind::Io,
                tr("There is not enough memory to derive the key (%1 MiB are needed). "
                   "Close other programs and try again.")
                    .arg(parameters.memLimitBytes >> 20));
        }
        return key;
    }
}
