#pragma once

#include "Account.h"
#include "ExportOptions.h"
#include "ExportResult.h"
#include "ImportResult.h"
#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tessera
{
    /// One backup or export format of another app (or Tessera's own backup): recognises its files by
    /// content, reads them, and, where Tessera can export to it, writes them.
    ///
    /// Readers never guess: an entry whose parameters Tessera cannot represent becomes an UnreadableEntry
    /// with the reason, a malformed file an Error of kind InvalidInput that says what is wrong, a missing
    /// or wrong password an Error of kind WrongPassword, a newer version an Error of kind Unsupported.
    class Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::Format)

    public:
        /// How sure detect() is that the bytes are this format.
        enum Confidence : int
        {
            NotThisFormat = 0,
            Possible = 25, ///< nothing contradicts it (e.g. opaque bytes that could be an encrypted andOTP file)
            Likely = 50,   ///< the structure fits
            Certain = 100, ///< a magic header or a distinctive key
        };

        /// Files larger than this are refused before parsing (a 10,000-account Aegis file is about 3 MB).
        static constexpr qsizetype MaxFileBytes = 64LL * 1024 * 1024;

        Format() = default;
        Format(const Format&) = delete;
        Format& operator=(const Format&) = delete;
        virtual ~Format();

        /// The name the command line uses: "aegis", "2fas", "andotp", ...
        [[nodiscard]] virtual QString id() const = 0;
        /// The name people know: "Aegis", "2FAS Authenticator", ...
        [[nodiscard]] virtual QString displayName() const = 0;

        /// A Confidence value for these bytes (content only, never a file name).
        [[nodiscard]] virtual int detect(QByteArrayView data) const = 0;
        /// Whether reading these bytes needs a password.
        [[nodiscard]] virtual bool isEncrypted(QByteArrayView data) const = 0;
        /// Reads the accounts. `password` is used only when the data is encrypted.
        [[nodiscard]] virtual Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password) const = 0;

        [[nodiscard]] virtual bool canWrite() const;
        /// The usual file name extension of an export, without the dot.
        [[nodiscard]] virtual QString fileExtension() const;
        /// Writes an export of the accounts. The default refuses (Unsupported).
        [[nodiscard]] virtual Result<ExportResult> write(
            const QList<Account>& accounts, const ExportOptions& options) const;

    protected:
        /// Refuses files above MaxFileBytes and empty ones, naming the format.
        [[nodiscard]] Result<void> checkSize(QByteArrayView data) const;
        /// "This <format> file is encrypted; enter its password." or "The password does not open ...".
        [[nodiscard]] Error passwordNeeded() const;
        [[nodiscard]] Error wrongPassword() const;
        [[nodiscard]] Error invalid(const QString& message) const;
    };
}
