#include "CryptoSelfTest.h"

#include "Aead.h"
#include "PasswordKdf.h"
#include "Random.h"
#include "SecureBytes.h"
#include "Sodium_p.h"

#include <QCoreApplication>

namespace tessera
{
    namespace
    {
        Error failure(const char* what)
        {
            return {Error::Kind::Unsupported,
                QCoreApplication::translate("tessera::CryptoSelfTest",
                    "The cryptography self-test failed (%1). Tessera will not open vaults with a "
                    "broken crypto library; reinstall libsodium.")
                    .arg(QString::fromLatin1(what))};
        }

        bool argon2idKnownAnswer()
        {
            // Computed independently with the reference implementation (Debian's `argon2` tool):
            // echo -n "Tessera self-test" | argon2 "Tessera-KAT-salt" -id -t 1 -k 64 -p 1 -l 32 -r
            const auto key
                = PasswordKdf::deriveUnbounded("Tessera self-test", "Tessera-KAT-salt", {1, quint64{64} * 1024}, 32);
            return key.ok()
                && key->view()
                == QByteArrayView(
                    QByteArray::fromHex("00f3ef025ea730024620d47b217cd608f01b83e99001050b42f92601476e005a"));
        }

        bool xchachaKnownAnswer()
        {
            // draft-irtf-cfrg-xchacha-03, appendix A.3.1.
            const SecureBytes key = SecureBytes::copyOf(
                QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"));
            const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
            const QByteArray aad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
            const QByteArray plaintext(
                "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
                "the future, sunscreen would be it.");
            const QByteArray expected = QByteArray::fromHex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21"
                                                            "396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c670"
                                                            "8c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f"
                                                            "3fac2bc369488f76b2383565d3fff921f9664c97637da9"
                                                            "768812f615c68b13b52ec0875924c1c7987947deafd8780acf49");
            if (Aead::sealWithNonce(key, nonce, plaintext, aad) != expected) {
                return false;
            }
            const auto opened = Aead::open(key, nonce, expected, aad);
            if (!opened.ok() || opened->view() != QByteArrayView(plaintext)) {
                return false;
            }
            QByteArray tampered = expected;
            tampered[5] = static_cast<char>(tampered[5] ^ 1);
            return !Aead::open(key, nonce, tampered, aad).ok();
        }

        bool randomLooksAlive()
        {
            const QByteArray a = Random::system().bytes(32);
            const QByteArray b = Random::system().bytes(32);
            return a != b && a != QByteArray(32, '\0');
        }
    }

    Result<void> CryptoSelfTest::run()
    {
        if (!detail::ensureSodium()) {
            return failure("libsodium did not initialise");
        }
        if (!xchachaKnownAnswer()) {
            return failure("XChaCha20-Poly1305");
        }
        if (!argon2idKnownAnswer()) {
            return failure("Argon2id");
        }
        if (!randomLooksAlive()) {
            return failure("random number generator");
        }
        return {};
    }
}
