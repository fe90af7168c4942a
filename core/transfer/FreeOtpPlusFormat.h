#pragma once

#include "Format.h"

#include <QCoreApplication>

namespace tessera
{
    /// FreeOTP+ JSON exports: {"tokenOrder": [...], "tokens": [...]} with secrets as lists of signed bytes
    /// (-128..127). As in FreeOTP, a TOTP token whose issuer is "Steam" shows Steam Guard codes, so it is
    /// read as Steam. HOTP counters are kept as stored. (FreeOTP+'s other export, a list of otpauth://
    /// links, is read by UriListFormat.)
    class FreeOtpPlusFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::FreeOtpPlusFormat)

    public:
        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;
    };
}
