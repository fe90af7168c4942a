#pragma once

#include "ImportResult.h"
#include "MigrationPayload.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QStringView>

namespace tessera
{
    /// Collects Google Authenticator transfer codes (from QR images, screenshots with several codes,
    /// pasted links or a text file), in any order and from several exports at once. Codes are grouped by
    /// batch_id; a code scanned twice counts once. Missing codes are named ("code 2 of 3 is missing")
    /// while the accounts of the codes that are there can still be imported.
    ///
    /// Adding a code takes constant time and the result's warnings are bounded, so that a file of a great
    /// many codes (a hostile one: each claiming to be 1 of 100 of its own export) is read in linear time
    /// and memory.
    class GoogleMigrationImport
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::GoogleMigrationImport)

    public:
        /// result() names at most this many missing codes one by one, then counts the others.
        static constexpr int MaxMissingWarnings = 100;

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
        /// Every missing code, export by export.
        [[nodiscard]] QList<MissingCode> missingCodes() const;
        [[nodiscard]] bool isComplete() const;
        /// The accounts of every code added, export by export in code order, with warnings naming each
        /// missing code (the first MaxMissingWarnings of them; one more warning counts the rest).
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
        QSet<QByteArray> m_digests;              ///< of every code kept, to recognise one scanned again
        QHash<quint64, qsizetype> m_exportBatch; ///< batch_id and batch_size of a multi-code export -> m_batches
        QStringList m_warnings;
        QSet<QString> m_warned;
    };
}
