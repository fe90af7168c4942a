#pragma once

#include "Format.h"
#include "PasswordKdf.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace tessera
{
    /// Tessera's own backup: one file with its own password, Argon2id (PasswordKdf, bounded) and
    /// XChaCha20-Poly1305 (Aead), the whole header authenticated as associated data, and the full Account
    /// values (recovery information included) as JSON inside. docs/backup-format.md specifies the bytes
    /// precisely enough for an independent reader (tests/tools/read_tessera_backup.py is one).
    class TesseraBackupFormat final : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::TesseraBackupFormat)

    public:
        /// "TESSERA-BACKUP\r\n": the line break catches transfers that mangle line ends.
        static constexpr QByteArrayView Magic{"TESSERA-BACKUP\r\n"};
        static constexpr quint16 Version = 1;
        static constexpr quint8 KdfArgon2id = 1;
        static constexpr quint8 AeadXChaCha20Poly1305 = 1;
        static constexpr int HeaderBytes = 48;                    ///< magic .. salt: the associated data
        static constexpr int NonceOffset = HeaderBytes;           ///< 24-byte nonce
        static constexpr int CiphertextOffset = HeaderBytes + 24; ///< ciphertext ‖ 16-byte tag
        static constexpr QStringView ContentFormat = u"tessera-backup";

        [[nodiscard]] QString id() const override;
        [[nodiscard]] QString displayName() const override;
        [[nodiscard]] int detect(QByteArrayView data) const override;
        [[nodiscard]] bool isEncrypted(QByteArrayView data) const override;
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const override;

        [[nodiscard]] bool canWrite() const override;
        [[nodiscard]] QString fileExtension() const override;
        /// Needs ExportOptions::password; uses ExportOptions::backupKdf. Trashed accounts are included.
        [[nodiscard]] Result<ExportResult> write(
            const QList<Account>& accounts, const ExportOptions& options) const override;

        /// The KDF parameters recorded in a backup's header (to show or to check before asking for the password).
        [[nodiscard]] static Result<PasswordKdf::Parameters> kdfParameters(QByteArrayView data);
        /// Reads the decrypted content (the JSON object XChaCha20-Poly1305 yields): exactly what read() does after
        /// Argon2id and the cipher. An entry point for tests and fuzzing, which must not spend their time in the KDF.
        [[nodiscard]] Result<ImportResult> readDecrypted(QByteArrayView plaintext) const;
    };
}
