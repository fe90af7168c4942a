#pragma once

#include "Account.h"
#include "MigrationExport.h"
#include "MigrationPayload.h"
#include "Random.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tessera
{
    /// Google Authenticator's transfer codes (otpauth-migration://offline?data=BASE64(protobuf)):
    /// decoding one code, and encoding accounts into codes exactly as Google Authenticator writes them
    /// (version 1, batch_size, batch_index always present, one random non-zero batch_id, at most ten
    /// accounts per code, base64 percent-encoded). GoogleMigrationImport collects the codes of an export.
    class GoogleMigration
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::GoogleMigration)

    public:
        static constexpr qsizetype MaxPayloadBytes = qsizetype{1024} * 1024;
        static constexpr int MaxAccountsPerPayload = 100;
        static constexpr int MaxBatchSize = 100;
        static constexpr int AccountsPerCode = 10;
        /// Longest URI put into one code: fits a version-40 QR code at error correction M (2331 bytes).
        static constexpr qsizetype MaxUriLength = 2300;

        /// The protobuf bytes inside an otpauth-migration:// URI. `data` is read fully decoded; '+', "%2B",
        /// raw base64, a space where a form decoder turned '+' into one, URL-safe characters and missing
        /// padding are all accepted.
        [[nodiscard]] static Result<QByteArray> payloadBytes(QStringView uri);
        [[nodiscard]] static Result<MigrationPayload> decodeUri(QStringView uri);
        /// Decodes a serialized MigrationPayload. Unknown fields are skipped; each entry Tessera cannot
        /// represent (MD5, an unknown digit count or type) becomes an unreadable entry with the reason.
        [[nodiscard]] static Result<MigrationPayload> decodePayload(QByteArrayView protobuf);

        /// Encodes the accounts Google Authenticator can hold; the others are listed in `leftOut`.
        /// An empty account list, or one where nothing can be carried, is an error.
        [[nodiscard]] static Result<MigrationExport> encode(const QList<Account>& accounts, Random& random);
        /// Why a transfer code cannot carry this account, or nothing when it can.
        [[nodiscard]] static std::optional<QString> cannotCarry(const Account& account);
        /// A warning for an account a code carries but Google Authenticator may not handle.
        [[nodiscard]] static std::optional<QString> mayNotWork(const Account& account);

        /// The QR code of one URI (error correction M, `moduleSize` pixels per module).
        [[nodiscard]] static Result<QImage> qrImage(QStringView uri, int moduleSize = 6);
        /// "google-authenticator-K-of-N.png" (1-based), the names the command line writes.
        [[nodiscard]] static QString imageFileName(int index, int count);
    };
}
