#pragma once

#include "ImportResult.h"
#include "MigrationPayload.h"
#include "Result.h"

#include <QList>
#include <QMap>
#include <QStringList>
#include <QStringView>

namespace tessera
{
    /// Collects Google Authenticator transfer codes (from QR images, screenshots with several codes,
    /// pasted links or a text file), in any order and from several exports at once. Codes are grouped by
    /// batch_id; a code scanned twice counts once. Missing codes are named ("code 2 of 3 is missing")
    /// while the accounts of the codes that are there can still be imported.
    class GoogleMigrationImport
    {
    public:
        struct MissingCode
        {
            qint32 batchId = 0;
            int index = 0; ///< 0-based
            int count = 0;

            bool operator==(const MissingCode&) const = default;
        };

        /// Decodes and adds one otpauth-migration:// link; a damaged one is an error and changes nothing.
        [[nodiscard]] Result<void> addUri(QStringView uri);
        void addPayload(const MigrationPayload& payload);

        /// How many distinct codes were added.
        [[nodiscard]] int codeCount() const;
        [[nodiscard]] QList<MissingCode> missingCodes() const;
        [[nodiscard]] bool isComplete() const { return missingCodes().isEmpty(); }
        /// The accounts of every code added, export by export in code order, with warnings naming each
        /// missing code.
        [[nodiscard]] ImportResult result() const;

        /// "Code 2 of 3 is missing."
        [[nodiscard]] static QString describe(const MissingCode& missing);

    private:
        struct Batch
        {
            qint32 batchId = 0;
            int size = 1;
            QMap<int, MigrationPayload> codes;
        };

        QList<Batch> m_batches;
        QStringList m_warnings;
    };
}
