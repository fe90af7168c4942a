#include "Hmac.h"

#include "SecretWipe.h"

#include <QCryptographicHash>

namespace tessera
{
    namespace
    {
        QCryptographicHash::Algorithm qtAlgorithm(HashAlgorithm algorithm)
        {
            switch (algorithm) {
            case HashAlgorithm::Sha1:
                return QCryptographicHash::Sha1;
            case HashAlgorithm::Sha256:
                return QCryptographicHash::Sha256;
            case HashAlgorithm::Sha512:
                return QCryptographicHash::Sha512;
            }
            return QCryptographicHash::Sha1;
        }

        qsizetype blockSize(HashAlgorithm algorithm)
        {
            return algorithm == HashAlgorithm::Sha512 ? 128 : 64;
        }
    }

    QByteArray Hmac::compute(HashAlgorithm algorithm, const QByteArray& key, const QByteArray& message)
    {
        const auto hash = qtAlgorithm(algorithm);
        const auto block = blockSize(algorithm);

        QByteArray normalisedKey = key.size() > block ? QCryptographicHash::hash(key, hash) : QByteArray(key);
        normalisedKey.resize(block, '\0');

        QByteArray innerPad(block, '\0');
        QByteArray outerPad(block, '\0');
        for (qsizetype i = 0; i < block; ++i) {
            innerPad[i] = static_cast<char>(normalisedKey[i] ^ 0x36);
            outerPad[i] = static_cast<char>(normalisedKey[i] ^ 0x5c);
        }
        wipe(normalisedKey);

        QCryptographicHash inner(hash);
        inner.addData(innerPad);
        inner.addData(message);
        QByteArray innerDigest = inner.result();
        wipe(innerPad);

        QCryptographicHash outer(hash);
        outer.addData(outerPad);
        outer.addData(innerDigest);
        wipe(outerPad);
        wipe(innerDigest);
        return outer.result();
    }
}
