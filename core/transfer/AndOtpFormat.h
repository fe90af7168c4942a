#pragma once

#include "Format.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tessera
{
    /// andOTP backups: a plain JSON list, or encrypted in one of two layouts. New (andOTP 0.6.3 and later):
    /// iterations (uint32 big-endian) ‖ salt (12) ‖ nonce (12) ‖ AES-256-GCM ciphertext ‖ tag, key
    /// PBKDF2-HMAC-SHA1. Old: nonce (12) ‖ ciphertext ‖ tag, key SHA-256(password). The file does not say
    /// which; the new layout is tried first when its iteration count is plausible, then the old one.
    class AndOtpFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::AndOtpFormat)

    public:
        static constexpr int NewHeaderBytes = 4 + 12 + 12;
        static constexpr int NonceBytes = 12;

        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

        /// Reads the decrypted content of an encrypted backup (the JSON list AES-GCM yields): exactly what read()
        /// does after the key derivation and the cipher. An entry point for tests and fuzzing, which must not
        /// spend their time in PBKDF2.
        [[nodiscard]] Result<ImportResult> readDecrypted(QByteArrayView plaintext) const;

    private:
        [[nodiscard]] Result<SecureBytes> decrypt(QByteArrayView data, const QString& password) const;
        [[nodiscard]] ImportResult readEntries(const QJsonArray& entries) const;
    };
}
