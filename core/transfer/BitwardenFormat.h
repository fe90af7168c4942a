#pragma once

#include "Format.h"

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
    public:
        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

    private:
        [[nodiscard]] Result<ImportResult> readJson(const QJsonObject& root) const;
        [[nodiscard]] Result<ImportResult> readCsv(QByteArrayView data) const;
        [[nodiscard]] Result<SecureBytes> decrypt(const QJsonObject& root, const QString& password) const;
    };
}
