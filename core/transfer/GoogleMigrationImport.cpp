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
        if (m_digests.contains(payload.digest)) {
            return; // the same code scanned again
        }
        if (payload.batchSize > 1) {
            const quint64 key = (static_cast<quint64>(static_cast<quint32>(payload.batchId)) << 32)
                | static_cast<quint32>(payload.batchSize);
            if (const auto found = m_exportBatch.constFind(key); found != m_exportBatch.constEnd()) {
                Batch& batch = m_batches[*found];
                if (batch.codes.contains(payload.batchIndex)) {
                    const QString warning
                        = tr("Two different codes claim to be code %1 of %2 of the same Google Authenticator "
                             "export; only the first one was read.")
                              .arg(payload.batchIndex + 1)
                              .arg(payload.batchSize);
                    if (!m_warned.contains(warning)) {
                        m_warned.insert(warning);
                        m_warnings.append(warning);
                    }
                    return;
                }
                batch.codes.insert(payload.batchIndex, payload);
                m_digests.insert(payload.digest);
                return;
            }
            m_exportBatch.insert(key, m_batches.size());
        }
        Batch batch;
        batch.batchId = payload.batchId;
        batch.size = payload.batchSize;
        batch.codes.insert(payload.batchIndex, payload);
        m_batches.append(batch);
        m_digests.insert(payload.digest);
    }

    int GoogleMigrationImport::codeCount() const
    {
        return static_cast<int>(m_digests.size());
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

    bool GoogleMigrationImport::isComplete() const
    {
        for (const Batch& batch : m_batches) {
            if (batch.codes.size() < batch.size) {
                return false;
            }
        }
        return true;
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
        qsizetype exports = 0;
        for (const Batch& batch : m_batches) {
            exports += batch.size > 1 ? 1 : 0;
        }
        int named = 0;
        qint64 unnamed = 0;
        for (const Batch& batch : m_batches) {
            for (int i = 0; i < batch.size && batch.codes.size() < batch.size; ++i) {
                if (batch.codes.contains(i)) {
                    continue;
                }
                if (named >= MaxMissingWarnings) {
                    ++unnamed;
                    continue;
                }
                ++named;
                result.warnings.append(exports > 1
                        ? tr("Code %1 of %2 is missing (export %3). Scan it too to import its accounts; the "
                             "accounts of the other codes can be imported now.")
                              .arg(i + 1)
                              .arg(batch.size)
                              .arg(batch.batchId)
                        : tr("Code %1 of %2 is missing. Scan it too to import its accounts; the accounts of the "
                             "other codes can be imported now.")
                              .arg(i + 1)
                              .arg(batch.size));
            }
        }
        if (unnamed > 0) {
            result.warnings.append(tr("%n more codes are missing; scan them too to import their accounts.", nullptr,
                static_cast<int>(unnamed)));
        }
        result.warnings.append(m_warnings);
        if (codeCount() > 0 && result.accounts.isEmpty() && result.unreadable.isEmpty()) {
            result.warnings.append(tr("The Google Authenticator export holds no accounts: there is nothing "
                                      "to import."));
        }
        return result;
    }

    QString GoogleMigrationImport::describe(const MissingCode& missing)
    {
        return tr("Code %1 of %2 is missing.").arg(missing.index + 1).arg(missing.count);
    }
}
