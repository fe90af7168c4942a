#pragma once

#include "ForeignCrypto.h"
#include "Format.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera
{
    /// Bitwarden exports that carry authenticator keys (login.totp / login_totp): unencrypted JSON, CSV
    /// (columns looked up by name), and password-protected JSON (PBKDF2-SHA256 or Argon2id, HKDF-expanded
    /// into AES-256-CBC and HMAC-SHA256 keys; EncString type 2). The key may be an otpauth:// link,
    /// steam://SECRET or a bare base32 secret. Items without a key are password entries and are skipped.
    /// "Account restricted" encrypted exports need the Bitwarden account key and are refused with advice.
    class BitwardenFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::BitwardenFormat)

    public:
        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

        /// Reads the decrypted content of a password-protected export (the JSON object the cipher yields):
        /// exactly what read() does after the key derivation and the cipher. An entry point for tests and
        /// fuzzing, which must not spend their time in PBKDF2 or Argon2.
        [[nodiscard]] Result<ImportResult> readDecrypted(QByteArrayView plaintext) const;

    private:
        struct Encrypted;
        [[nodiscard]] Result<ImportResult> readJson(const QJsonObject& root) const;
        [[nodiscard]] Result<ImportResult> readCsv(QByteArrayView data) const;
        /// The key derivation and the encrypted strings, checked (bounds included) before a password is asked for.
        [[nodiscard]] Result<Encrypted> readEncrypted(const QJsonObject& root) const;
        [[nodiscard]] Result<SecureBytes> decrypt(const Encrypted& encrypted, const QString& password) const;
    };
}
