#pragma once

#include "Format.h"

#include <QCoreApplication>
#include <QStringView>

namespace tessera
{
    /// Plain text with one otpauth:// link per line: what Aegis, FreeOTP+, Authenticator Plus, WinAuth and
    /// others export, and Tessera's own `uris` export. Blank lines and lines starting with '#' are skipped;
    /// otpauth-migration:// lines are read as Google Authenticator codes; any other line is an unreadable
    /// entry naming the line.
    class UriListFormat : public Format
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::UriListFormat)

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

    protected:
        struct LineCounts
        {
            int uris = 0;       ///< otpauth:// and steam:// lines
            int migrations = 0; ///< lines holding an otpauth-migration:// link
            int others = 0;     ///< anything else but blank and '#' lines
            int withCodeDisplay = 0;
        };
        /// Counts the kinds of lines, or nothing when the data is not text.
        [[nodiscard]] static std::optional<LineCounts> countLines(QByteArrayView data);
        /// A hook for formats that add information to the links (Ente's codeDisplay).
        virtual void decorate(Account& account, QStringView line, ImportResult& result) const;
    };
}
