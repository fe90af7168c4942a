#pragma once

#include "Format.h"

#include <QCoreApplication>

namespace tessera
{
    /// Google Authenticator transfer codes as text: otpauth-migration:// links anywhere in the lines of a
    /// file or a paste (a scanner's "QR-Code:" prefix is tolerated). Codes of several exports may be mixed
    /// and in any order; a missing code is named in the warnings and the others are still read. Writing
    /// gives the links one per line (google-authenticator.txt); GoogleMigration makes the QR images.
    class GoogleMigrationFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::GoogleMigrationFormat)

    public:
        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

        [[nodiscard]] bool canWrite() const override;
        [[nodiscard]] Result<ExportResult> write(
            const QList<Account>& accounts, const ExportOptions& options) const override;
    };
}
