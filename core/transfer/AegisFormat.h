#pragma once

#include "ForeignCrypto.h"
#include "Format.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tessera
{
    /// Aegis vault files (aegis-export*.json, aegis-backup-*.json, the vault itself), plain and
    /// encrypted (scrypt password slots wrapping a master key, AES-256-GCM), content versions 1 to 3.
    /// Exports follow Aegis's vault.md exactly: encrypted when ExportOptions::password is set, with one
    /// password slot (scrypt N = 2^15, r = 8, p = 1), otherwise plain. Tags become Aegis groups.
    class AegisFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::AegisFormat)

    public:
        static constexpr int FileVersion = 1;
        static constexpr int ContentVersion = 3;
        static constexpr ForeignCrypto::ScryptParameters ExportScrypt{32768, 8, 1};

        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

        [[nodiscard]] bool canWrite() const override;
        [[nodiscard]] QString fileExtension() const override;
        [[nodiscard]] Result<ExportResult> write(
            const QList<Account>& accounts, const ExportOptions& options) const override;

        /// Reads the decrypted content of an encrypted vault (the JSON text the cipher yields): exactly what
        /// read() does after scrypt and AES-GCM. An entry point for tests and fuzzing, which must not spend
        /// their time in the KDF.
        [[nodiscard]] Result<ImportResult> readDecrypted(QByteArrayView plaintext) const;

    private:
        [[nodiscard]] Result<SecureBytes> decryptContent(
            const QJsonObject& root, const std::optional<QString>& password) const;
        [[nodiscard]] Result<ImportResult> readContent(const QJsonObject& content) const;
    };
}
