#pragma once

#include "Format.h"
#include "ImportResult.h"
#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace tessera
{
    /// Knows every format Tessera reads or writes and picks the format of a file from its content (never
    /// its name). Files of apps Tessera does not read (FreeOTP 2, Authy, ZIP archives, app databases, Ente's
    /// encrypted export, ...) are named in the error with what to do instead.
    ///
    /// The usual flow (CLI and GUI): detect() → if `encrypted`, ask for the password → read().
    class FormatDetector
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::FormatDetector)

    public:
        struct Detection
        {
            const Format* format = nullptr;
            int confidence = 0;
            bool encrypted = false;
        };

        FormatDetector();
        ~FormatDetector();
        FormatDetector(const FormatDetector&) = delete;
        FormatDetector& operator=(const FormatDetector&) = delete;

        /// Every format, in detection priority order.
        [[nodiscard]] QList<const Format*> formats() const;
        /// The formats that can write an export.
        [[nodiscard]] QList<const Format*> writers() const;
        /// A format by its id ("aegis", "2fas", "andotp", "freeotp-plus", "bitwarden", "ente", "stratum",
        /// "google-migration", "uris", "tessera"); nullptr when unknown.
        [[nodiscard]] const Format* format(QStringView id) const;
        [[nodiscard]] QStringList formatIds() const;

        /// The most likely format. Errors (InvalidInput): empty or unrecognised data, a known but unsupported
        /// app's file (named), JSON that is damaged.
        [[nodiscard]] Result<Detection> detect(QByteArrayView data) const;
        /// Detects (or uses `formatId` unless it is empty or "auto") and reads. A password is used only when
        /// the file is encrypted; a missing or wrong one is an Error of kind WrongPassword.
        [[nodiscard]] Result<ImportResult> read(
            QByteArrayView data, const std::optional<QString>& password, QStringView formatId = u"auto") const;

        /// A sentence naming the app whose file this is when Tessera cannot read it, or nothing.
        [[nodiscard]] static std::optional<QString> unsupportedFormat(QByteArrayView data);

    private:
        std::vector<std::unique_ptr<Format>> m_formats;
    };
}
