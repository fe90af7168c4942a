#pragma once

#include "Format.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tessera
{
    /// 2FAS Authenticator backups (.2fas, schema versions 1 to 4), plain and encrypted (PBKDF2-SHA256 with
    /// 10,000 iterations, AES-256-GCM; each encrypted string is "ciphertext+tag:salt:iv" in base64). The
    /// password check is `reference`, a known 256-character constant encrypted the same way: when it fails
    /// authentication the password is wrong; when it opens but the accounts do not, the file is damaged.
    class TwoFasFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::TwoFasFormat)

    public:
        static constexpr int MaxSchemaVersion = 4;
        static constexpr quint32 Pbkdf2Iterations = 10000;

        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

        /// Reads the decrypted services (the JSON list AES-GCM yields from 'servicesEncrypted') with the file's
        /// groups: exactly what read() does after PBKDF2 and the cipher. An entry point for tests and fuzzing,
        /// which must not spend their time in the KDF.
        [[nodiscard]] Result<ImportResult> readDecrypted(
            QByteArrayView plaintext, const QJsonArray& groups = QJsonArray()) const;

    private:
        struct Encrypted;
        /// The encrypted strings, split and decoded; checked before a password is asked for.
        [[nodiscard]] Result<Encrypted> readEncrypted(const QJsonObject& root) const;
        [[nodiscard]] Result<SecureBytes> decryptServices(const Encrypted& encrypted, const QString& password) const;
        [[nodiscard]] ImportResult readServices(const QJsonArray& services, const QJsonArray& groups) const;
    };
}
