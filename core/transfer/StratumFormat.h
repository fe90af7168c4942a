#pragma once

#include "ForeignCrypto.h"
#include "Format.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera
{
    /// Stratum / Authenticator Pro backups: plain JSON ({"Authenticators": [...], "Categories": ...}),
    /// encrypted ("AUTHENTICATORPRO" ‖ salt 16 ‖ IV 12 ‖ AES-256-GCM ciphertext ‖ tag, key Argon2id
    /// t = 3, m = 64 MiB, p = 4 through libargon2), and the legacy encryption ("AuthenticatorPro" ‖
    /// salt 20 ‖ IV 16 ‖ AES-256-CBC, key PBKDF2-HMAC-SHA1 with 64,000 iterations). Categories become tags.
    class StratumFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::StratumFormat)

    public:
        static constexpr ForeignCrypto::Argon2Parameters Argon2{3, 65536, 4};
        static constexpr quint32 LegacyIterations = 64000;

        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

        /// Reads the decrypted content of an encrypted backup (the JSON object the cipher yields): what read()
        /// does after the key derivation and the cipher. An entry point for tests and fuzzing, which must not
        /// spend their time in Argon2 or PBKDF2.
        [[nodiscard]] Result<ImportResult> readDecrypted(QByteArrayView plaintext) const;

    private:
        [[nodiscard]] Result<SecureBytes> decrypt(QByteArrayView data, const QString& password) const;
        [[nodiscard]] Result<ImportResult> readJson(const QJsonObject& root) const;
    };
}
