#include "GoogleMigrationImport.h"

#include "GoogleMigration.h"

namespace tessera
{
    Result<void> GoogleMigrationImport::addUri(QStringView uri)
    {
        auto payload = GoogleMigration::decodeUri(uri);
        if (!payload) {
            return payload.error();
        }
        addPayload(*payload);
        return {};
    }

    void GoogleMigrationImport::addPayload(const MigrationPayload& payload)
    {
        for (Batch& batch : m_batches) {
            for (const MigrationPayload& code : std::as_const(batch.codes)) {
                if (code.digest == payload.digest) {
                    return; // the same code scanned again
                }
            }
        }
        if (payload.batchSize > 1) {
            for (Batch& batch : m_batches) {
                if (batch.size != payload.batchSize || batch.batchId != payload.batchId) {
                    continue;
                }
                if (batch.codes.contains(payload.batchIndex)) {
                    const QString warning = QStringLiteral(
                        "Two different codes claim to be code %1 of %2 of the same Google Authenticator "
                        "export; only the first one was read.")
                                                .arg(payload.batchIndex + 1)
                                                .arg(payload.batchSize);
                    if (!m_warnings.contains(warning)) {
                        m_warnings.append(warning);
                    }
                    return;
                }
                batch.codes.insert(payload.batchIndex, payload);
                return;
            }
        }
        Batch batch;
        batch.batchId = payload.batchId;
        batch.size = payload.batchSize;
        batch.codes.insert(payload.batchIndex, payload);
        m_batches.append(batch);
    }

    int GoogleMigrationImport::codeCount() const
    {
        int count = 0;
        for (const Batch& batch : m_batches) {
            count += static_cast<int>(batch.codes.size());
        }
        return count;
    }

    QList<GoogleMigrationImport::MissingCode> GoogleMigrationImport::missingCodes() const
    {
        QList<MissingCode> missing;
        for (const Batch& batch : m_batches) {
            for (int i = 0; i < batch.size; ++i) {
                if (!batch.codes.contains(i)) {
                    missing.append({batch.batchId, i, batch.size});
                }
            }
        }
        return missing;
    }

    ImportResult GoogleMigrationImport::result() const
    {
        ImportResult result;
        result.formatId = QStringLiteral("google-migration");
        for (const Batch& batch : m_batches) {
            for (const MigrationPayload& code : batch.codes) {
                result.append(code.content);
            }
        }
        const auto missing = missingCodes();
        qsizetype exports = 0;
        for (const Batch& batch : m_batches) {
            exports += batch.size > 1 ? 1 : 0;
        }
        for (const MissingCode& code : missing) {
            QString warning = describe(code);
            if (exports > 1) {
                warning.chop(1);
                warning += QStringLiteral(" (export %1).").arg(code.batchId);
            }
            result.warnings.append(warning
                + QStringLiteral(" Scan it too to import its accounts; the accounts of the other codes can be "
                                 "imported now."));
        }
        result.warnings.append(m_warnings);
        if (codeCount() > 0 && result.accounts.isEmpty() && result.unreadable.isEmpty()) {
            result.warnings.append(QStringLiteral("The Google Authenticator export holds no accounts: there is nothing "
                                                  "to import."));
        }
        return result;
    }

    QString GoogleMigrationImport::describe(const MissingCode& missing)
    {
        return QStringLiteral("Code %1 of %2 is missing.").arg(missing.index + 1).arg(missing.count);
    }
}
