#pragma once

#include "Random.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tessera
{
    /// The vault's second key: 32 random bytes, shown once at creation (and in the recovery kit)
    /// as 14 groups of 4 base32 characters. The first 13 groups carry the key; the last group is
    /// a checksum, so a typo is reported as a typo before any key derivation runs.
    ///
    ///     ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRSA-CHKS
    class RecoveryKey
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::RecoveryKey)

    public:
        static constexpr int KeyBytes = 32;
        static constexpr int Groups = 14;
        static constexpr int GroupLength = 4;

        static RecoveryKey generate(Random& random = Random::system());

        /// Accepts any case, spaces, hyphens and line breaks, and the digits 0, 1 and 8 typed for
        /// the letters O, I and B. A wrong length, a foreign character or a checksum mismatch is an
        /// error (kind WrongPassword) that says which.
        static Result<RecoveryKey> parse(QStringView text);

        /// The 14 groups joined by hyphens. The result is a secret: wipe it after use.
        [[nodiscard]] QString toString() const;

        [[nodiscard]] const SecureBytes& bytes() const { return m_key; }
        [[nodiscard]] RecoveryKey clone() const;

    private:
        explicit RecoveryKey(SecureBytes key);

        SecureBytes m_key;
    };
}
