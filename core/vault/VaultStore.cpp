#include "VaultStore.h"

#include "VaultFile.h"
#include "VaultFormat.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <limits>
#include <utility>

namespace tessera
{
    namespace
    {
        // SQLite's primary result codes (the low byte of an extended code).
        constexpr int SqliteError = 1;
        constexpr int SqlitePerm = 3;
        constexpr int SqliteBusy = 5;
        constexpr int SqliteLocked = 6;
        constexpr int SqliteNoMem = 7;
        constexpr int SqliteReadOnly = 8;
        constexpr int SqliteIoErr = 10;
        constexpr int SqliteCorrupt = 11;
        constexpr int SqliteFull = 13;
        constexpr int SqliteCantOpen = 14;
        constexpr int SqliteAuth = 23;
        constexpr int SqliteNotADb = 26;

        QString nextConnectionName()
        {
            static std::atomic<quint64> counter{0};
            return QStringLiteral("tessera-vault-%1").arg(counter.fetch_add(1) + 1);
        }

        bool isBlob(const QVariant& value)
        {
            return !value.isNull() && value.typeId() == QMetaType::QByteArray;
        }

        bool isInteger(const QVariant& value)
        {
            return !value.isNull() && value.typeId() == QMetaType::LongLong;
        }

        const QString SchemaV1[] = {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE key_slots (slot_type INTEGER PRIMARY KEY NOT NULL, header BLOB NOT NULL, "
                           "nonce BLOB NOT NULL, sealed_key BLOB NOT NULL, checksum BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE manifest (id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1), "
                           "format INTEGER NOT NULL, generation INTEGER NOT NULL, nonce BLOB NOT NULL, "
                           "ciphertext BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE accounts (uuid BLOB PRIMARY KEY NOT NULL, format INTEGER NOT NULL, "
                           "revision INTEGER NOT NULL, nonce BLOB NOT NULL, ciphertext BLOB NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE quarantine (id INTEGER PRIMARY KEY, uuid BLOB, format INTEGER, "
                           "revision INTEGER, nonce BLOB, ciphertext BLOB, reason TEXT NOT NULL, "
                           "quarantined_at INTEGER NOT NULL)"),
        };

        // Version 2: backup bookkeeping, in its own tables so that recording a backup never
        // touches the account rows or the manifest (docs/vault-format.md §7).
        const QString SchemaV2[] = {
            QStringLiteral("CREATE TABLE backups (id BLOB PRIMARY KEY NOT NULL, format INTEGER NOT NULL, "
                           "created_at INTEGER NOT NULL, kind INTEGER NOT NULL, nonce BLOB NOT NULL, "
                           "ciphertext BLOB NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE backup_accounts (backup_id BLOB NOT NULL, uuid BLOB NOT NULL, "
                           "revision INTEGER NOT NULL, PRIMARY KEY (backup_id, uuid)) WITHOUT ROWID"),
        };
    }

    VaultStore::VaultStore(QString path, int busyTimeoutMs)
        : m_path(std::move(path))
        , m_connectionName(nextConnectionName())
        , m_busyTimeoutMs(busyTimeoutMs)
    { }

    VaultStore::~VaultStore()
    {
        close();
    }

    bool VaultStore::isOpen() const
    {
        return m_db.isValid() && m_db.isOpen();
    }

    Error VaultStore::sqlError(const QSqlError& error, const QString& action)
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok) & 0xFF;
        const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        switch (ok ? code : -1) {
        case SqliteFull:
            return {Error::Kind::Io,
                tr("The disk is full: %1 failed and nothing was changed. Free some space and try again.").arg(action)};
        case SqliteReadOnly:
            return {Error::Kind::Io,
                tr("The vault is read-only (the file, its folder or the disk does not allow writing): "
                   "%1 failed and nothing was changed.")
                    .arg(action)};
        case SqliteCantOpen:
        case SqlitePerm:
        case SqliteAuth:
            return {Error::Kind::Io,
                tr("The vault file or its folder cannot be opened for %1 (check that the folder exists "
                   "and is writable): nothing was changed.")
                    .arg(action)};
        case SqliteBusy:
        case SqliteLocked:
            return {Error::Kind::Io,
                tr("The vault is busy: another program kept it locked, so %1 did not happen. Try again.").arg(action)};
        case SqliteIoErr:
            return {Error::Kind::Io,
                tr("Reading or writing the vault file failed (%1): %2. Nothing was changed.").arg(action, detail)};
        case SqliteNoMem:
            return {Error::Kind::Io, tr("There is not enough memory for %1.").arg(action)};
        case SqliteCorrupt:
        case SqliteNotADb:
            return {Error::Kind::Corrupt, tr("The vault file is damaged (%1). Restore it from a backup.").arg(detail)};
        case SqliteError:
        default:
            return {Error::Kind::Corrupt,
                tr("The vault file is damaged or was changed outside Tessera (%1 failed: %2). Restore "
                   "it from a backup.")
                    .arg(action, detail)};
        }
    }

    Result<void> VaultStore::openConnection(bool forCreation)
    {
        close();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!m_db.isValid()) {
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Error(
                Error::Kind::Unsupported, tr("Qt's SQLite driver is missing; install the package libqt6sql6-sqlite."));
        }
        // A URI with mode=rw: SQLite must never create a file here (a missing vault stays missing).
        // mode=ro for a copy opened read-only: SQLite then refuses every write itself.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath());
        uri.setQuery(m_readOnly && !forCreation ? QStringLiteral("mode=ro") : QStringLiteral("mode=rw"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        if (!m_db.open()) {
            const Error error = sqlError(m_db.lastError(), tr("opening the vault"));
            close();
            return error;
        }
        if (forCreation) {
            if (auto journal = exec(QStringLiteral("PRAGMA journal_mode = DELETE"), tr("creating the vault"));
                !journal) {
                close();
                return journal.error();
            }
        }
        return configure();
    }

    Result<void> VaultStore::configure()
    {
        // Per-connection settings; none of them writes to the file. EXTRA, not FULL: a commit in DELETE
        // mode is the journal's removal, which only EXTRA makes durable (syncing the folder); under FULL
        // a power failure right after a commit could bring the journal back and roll the commit back
        // (VaultPowerLossTest found it).
        for (const QString& pragma : {QStringLiteral("PRAGMA synchronous = EXTRA"),
                 QStringLiteral("PRAGMA secure_delete = ON"), QStringLiteral("PRAGMA cell_size_check = ON"),
                 QStringLiteral("PRAGMA trusted_schema = OFF"), QStringLiteral("PRAGMA temp_store = MEMORY")}) {
            if (auto done = exec(pragma, tr("opening the vault")); !done) {
                close();
                return done.error();
            }
        }
        return {};
    }

    Result<void> VaultStore::open()
    {
        m_readOnly = false;
        return openExisting();
    }

    Result<void> VaultStore::openReadOnly()
    {
        m_readOnly = true;
        return openExisting();
    }

    Result<void> VaultStore::openExisting()
    {
        if (auto probed = VaultFile::probe(m_path); !probed) {
            return probed.error();
        }
        if (auto opened = openConnection(false); !opened) {
            return opened;
        }
        auto hasSchema = hasTable(QStringLiteral("schema_version"));
        if (!hasSchema) {
            close();
            return hasSchema.error();
        }
        if (!*hasSchema) {
            close();
            return Error(Error::Kind::InvalidInput, tr("%1 is not a Tessera vault.").arg(m_path));
        }
        auto version = schemaVersion();
        if (!version) {
            close();
            return version.error();
        }
        if (*version > VaultFormat::SchemaVersion) {
            close();
            return Error(Error::Kind::Unsupported,
                tr("This vault was written by a newer version of Tessera (vault format %1; this version "
                   "reads up to %2). Update Tessera to open it; the file was not changed.")
                    .arg(*version)
                    .arg(VaultFormat::SchemaVersion));
        }
        if (*version < 1) {
            close();
            return Error(Error::Kind::Corrupt,
                tr("The vault file %1 is incomplete: it was never fully created. Restore it from a "
                   "backup.")
                    .arg(m_path));
        }
        // journal_mode is persistent only for WAL; a vault is always in rollback-journal mode.
        QSqlQuery mode(m_db);
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next()) {
            const Error error = sqlError(mode.lastError(), tr("opening the vault"));
            mode.finish();
            close();
            return error;
        }
        const bool wal = mode.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) == 0;
        mode.finish();
        if (wal && !m_readOnly) {
            if (auto reset = exec(QStringLiteral("PRAGMA journal_mode = DELETE"), tr("opening the vault")); !reset) {
                close();
                return reset.error();
            }
        }
        return {};
    }

    Result<void> VaultStore::openNew()
    {
        m_readOnly = false;
        return openConnection(true);
    }

    void VaultStore::close()
    {
        if (m_db.isValid()) {
            if (m_inTransaction) {
                rollback();
            }
            m_db.close();
        }
        m_db = QSqlDatabase(); // the last handle: removeDatabase() below must not find it in use
        if (QSqlDatabase::contains(m_connectionName)) {
            QSqlDatabase::removeDatabase(m_connectionName);
        }
        m_inTransaction = false;
    }

    Result<void> VaultStore::exec(const QString& sql, const QString& action)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            return sqlError(query.lastError(), action);
        }
        while (query.next()) {
            // Step to the end so the statement is reset and holds no lock.
        }
        query.finish();
        return {};
    }

    Result<void> VaultStore::execPrepared(QSqlQuery& query, const QString& action)
    {
        if (!query.exec()) {
            return sqlError(query.lastError(), action);
        }
        query.finish();
        return {};
    }

    Result<bool> VaultStore::hasTable(const QString& name)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"))) {
            return sqlError(query.lastError(), tr("reading the vault"));
        }
        query.addBindValue(name);
        if (!query.exec() || !query.next()) {
            return sqlError(query.lastError(), tr("reading the vault"));
        }
        const bool present = query.value(0).toLongLong() > 0;
        query.finish();
        return present;
    }

    Result<int> VaultStore::schemaVersion()
    {
        auto present = hasTable(QStringLiteral("schema_version"));
        if (!present) {
            return present.error();
        }
        if (!*present) {
            return 0;
        }
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT version FROM schema_version"))) {
            return sqlError(query.lastError(), tr("reading the vault's version"));
        }
        QList<QVariant> values;
        while (query.next()) {
            values.append(query.value(0));
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("reading the vault's version"));
        }
        query.finish();
        if (values.size() != 1 || !isInteger(values.first()) || values.first().toLongLong() < 0
            || values.first().toLongLong() > 1'000'000) {
            return Error(Error::Kind::Corrupt,
                tr("The vault file is damaged: its version record is invalid. Restore it from a backup."));
        }
        return static_cast<int>(values.first().toLongLong());
    }

    Result<qint64> VaultStore::dataVersion()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
            return sqlError(query.lastError(), tr("checking the vault for changes"));
        }
        const qint64 version = query.value(0).toLongLong();
        query.finish();
        return version;
    }

    Result<void> VaultStore::quickCheck()
    {
        return check(QStringLiteral("PRAGMA quick_check(1)"));
    }

    Result<void> VaultStore::integrityCheck()
    {
        return check(QStringLiteral("PRAGMA integrity_check(1)"));
    }

    Result<void> VaultStore::check(const QString& pragma)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(pragma)) {
            return sqlError(query.lastError(), tr("checking the vault file"));
        }
        QString verdict;
        while (query.next()) {
            verdict = query.value(0).toString();
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("checking the vault file"));
        }
        query.finish();
        if (verdict != QStringLiteral("ok")) {
            return Error(Error::Kind::Corrupt,
                tr("The vault file is damaged (SQLite reports: %1). Restore it from a backup.")
                    .arg(verdict.isEmpty() ? tr("no answer") : verdict));
        }
        return {};
    }

    Result<void> VaultStore::vacuumInto(const QString& target)
    {
        if (m_inTransaction) {
            return Error(Error::Kind::Conflict, tr("A vault change is in progress; copy the vault later."));
        }
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
            return sqlError(query.lastError(), tr("copying the vault"));
        }
        query.addBindValue(QFileInfo(target).absoluteFilePath());
        return execPrepared(query, tr("copying the vault"));
    }

    Result<void> VaultStore::beginRead()
    {
        if (m_inTransaction) {
            return Error(Error::Kind::Conflict, tr("A vault change is already in progress."));
        }
        if (auto begun = exec(QStringLiteral("BEGIN"), tr("reading the vault")); !begun) {
            return begun;
        }
        m_inTransaction = true;
        return {};
    }

    void VaultStore::endRead()
    {
        rollback(); // a read transaction has nothing to commit
    }

    Result<void> VaultStore::beginWrite()
    {
        if (m_inTransaction) {
            return Error(Error::Kind::Conflict, tr("A vault change is already in progress."));
        }
        if (auto begun = exec(QStringLiteral("BEGIN IMMEDIATE"), tr("starting a change")); !begun) {
            return begun;
        }
        m_inTransaction = true;
        return {};
    }

    Result<void> VaultStore::commit()
    {
        if (!m_inTransaction) {
            return Error(Error::Kind::Conflict, tr("There is no vault change to save."));
        }
        auto committed = exec(QStringLiteral("COMMIT"), tr("saving the change"));
        if (!committed) {
            rollback();
            return committed;
        }
        m_inTransaction = false;
        return {};
    }

    void VaultStore::rollback()
    {
        if (!m_inTransaction) {
            return;
        }
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
        query.finish();
        m_inTransaction = false;
    }

    QList<VaultStore::Migration> VaultStore::builtinMigrations()
    {
        Migration createV1;
        createV1.fromVersion = 0;
        createV1.description = tr("create the vault schema (version 1)");
        for (const QString& statement : SchemaV1) {
            createV1.statements.append(statement);
        }
        Migration addBackups;
        addBackups.fromVersion = 1;
        addBackups.description = tr("add the backup bookkeeping (version 2)");
        for (const QString& statement : SchemaV2) {
            addBackups.statements.append(statement);
        }
        return {createV1, addBackups};
    }

    Result<void> VaultStore::applyMigrations(const QList<Migration>& migrations, int targetVersion)
    {
        auto version = schemaVersion();
        if (!version) {
            return version.error();
        }
        int current = *version;
        while (current < targetVersion) {
            const Migration* step = nullptr;
            for (const Migration& migration : migrations) {
                if (migration.fromVersion == current) {
                    step = &migration;
                }
            }
            if (step == nullptr) {
                return Error(Error::Kind::Unsupported,
                    tr("There is no way to update the vault from format %1 to %2.").arg(current).arg(targetVersion));
            }
            for (const QString& statement : step->statements) {
                if (auto done = exec(statement, tr("updating the vault (%1)").arg(step->description)); !done) {
                    return done;
                }
            }
            ++current;
            QSqlQuery update(m_db);
            update.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
            update.addBindValue(current);
            if (auto done = execPrepared(update, tr("updating the vault's version")); !done) {
                return done;
            }
        }
        return {};
    }

    Result<void> VaultStore::migrate(const QList<Migration>& migrations, int targetVersion)
    {
        if (auto begun = beginWrite(); !begun) {
            return begun;
        }
        if (auto applied = applyMigrations(migrations, targetVersion); !applied) {
            rollback();
            return applied;
        }
        return commit();
    }

    Result<void> VaultStore::setApplicationId()
    {
        // PRAGMA takes no bound values; the id is a compile-time constant.
        return exec(
            QStringLiteral("PRAGMA application_id = %1").arg(VaultFormat::ApplicationId), tr("creating the vault"));
    }

    Result<QUuid> VaultStore::vaultId()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
        query.addBindValue(QStringLiteral("vault_uuid"));
        if (!query.exec()) {
            return sqlError(query.lastError(), tr("reading the vault"));
        }
        QList<QVariant> values;
        while (query.next()) {
            values.append(query.value(0));
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("reading the vault"));
        }
        query.finish();
        const auto id = values.size() == 1 && isBlob(values.first())
            ? VaultFormat::uuidFromBytes(values.first().toByteArray())
            : std::nullopt;
        if (!id) {
            return Error(Error::Kind::Corrupt,
                tr("The vault file is damaged: its identifier is missing or invalid. Restore it from a "
                   "backup."));
        }
        return *id;
    }

    Result<std::optional<VaultStore::StoredSlot>> VaultStore::slot(SlotType type)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT slot_type, header, nonce, sealed_key, checksum FROM key_slots WHERE slot_type = ?"));
        query.addBindValue(static_cast<int>(type));
        if (!query.exec()) {
            return sqlError(query.lastError(), tr("reading the vault's key slots"));
        }
        std::optional<StoredSlot> found;
        int rows = 0;
        while (query.next()) {
            ++rows;
            StoredSlot stored;
            stored.type = static_cast<int>(query.value(0).toLongLong());
            // A value of the wrong type becomes empty, which fails the checksum: reported as damage.
            for (const auto& [column, target] : {std::pair{1, &stored.header}, std::pair{2, &stored.nonce},
                     std::pair{3, &stored.sealedKey}, std::pair{4, &stored.checksum}}) {
                const QVariant value = query.value(column);
                *target = isBlob(value) ? value.toByteArray() : QByteArray();
            }
            found = std::move(stored);
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("reading the vault's key slots"));
        }
        query.finish();
        if (rows > 1) {
            return Error(Error::Kind::Corrupt,
                tr("The vault file is damaged: a key slot appears twice. Restore it from a backup."));
        }
        return found;
    }

    Result<std::optional<VaultStore::StoredManifest>> VaultStore::manifest()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT format, generation, nonce, ciphertext FROM manifest"))) {
            return sqlError(query.lastError(), tr("reading the vault's list of accounts"));
        }
        QList<StoredManifest> found;
        bool wellFormed = true;
        while (query.next()) {
            StoredManifest stored;
            const QVariant format = query.value(0);
            const QVariant generation = query.value(1);
            const QVariant nonce = query.value(2);
            const QVariant ciphertext = query.value(3);
            wellFormed = wellFormed && isInteger(format) && isInteger(generation) && isBlob(nonce) && isBlob(ciphertext)
                && format.toLongLong() >= 0 && generation.toLongLong() >= 0
                && format.toLongLong() <= std::numeric_limits<quint32>::max();
            stored.format = static_cast<quint32>(format.toLongLong());
            stored.generation = static_cast<quint64>(generation.toLongLong());
            stored.nonce = nonce.toByteArray();
            stored.ciphertext = ciphertext.toByteArray();
            found.append(std::move(stored));
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("reading the vault's list of accounts"));
        }
        query.finish();
        if (found.size() != 1 || !wellFormed) {
            return std::optional<StoredManifest>();
        }
        return std::optional<StoredManifest>(found.first());
    }

    Result<quint64> VaultStore::manifestGeneration()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT generation FROM manifest"))) {
            return sqlError(query.lastError(), tr("reading the vault's list of accounts"));
        }
        QList<QVariant> values;
        while (query.next()) {
            values.append(query.value(0));
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("reading the vault's list of accounts"));
        }
        query.finish();
        if (values.size() != 1 || !isInteger(values.first()) || values.first().toLongLong() < 0) {
            return Error(
                Error::Kind::Corrupt, tr("The vault's list of accounts (its manifest) is missing or damaged."));
        }
        return static_cast<quint64>(values.first().toLongLong());
    }

    Result<QList<VaultStore::AccountRow>> VaultStore::accountRows()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT uuid, format, revision, nonce, ciphertext FROM accounts"))) {
            return sqlError(query.lastError(), tr("reading the vault's accounts"));
        }
        QList<AccountRow> rows;
        while (query.next()) {
            AccountRow row;
            const QVariant uuid = query.value(0);
            const QVariant format = query.value(1);
            const QVariant revision = query.value(2);
            const QVariant nonce = query.value(3);
            const QVariant ciphertext = query.value(4);
            row.wellFormed = isBlob(uuid) && isInteger(format) && isInteger(revision) && isBlob(nonce)
                && isBlob(ciphertext) && format.toLongLong() >= 0 && revision.toLongLong() > 0
                && format.toLongLong() <= std::numeric_limits<quint32>::max();
            row.uuid = isBlob(uuid) ? uuid.toByteArray() : QByteArray();
            row.format = static_cast<quint32>(format.toLongLong());
            row.revision = static_cast<quint64>(revision.toLongLong());
            row.nonce = isBlob(nonce) ? nonce.toByteArray() : QByteArray();
            row.ciphertext = isBlob(ciphertext) ? ciphertext.toByteArray() : QByteArray();
            rows.append(std::move(row));
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("reading the vault's accounts"));
        }
        query.finish();
        return rows;
    }

    Result<qint64> VaultStore::quarantineCount()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM quarantine")) || !query.next()) {
            return sqlError(query.lastError(), tr("reading the vault"));
        }
        const qint64 count = query.value(0).toLongLong();
        query.finish();
        return count;
    }

    Result<QList<QByteArray>> VaultStore::accountKeys()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT uuid FROM accounts"))) {
            return sqlError(query.lastError(), tr("reading the vault's accounts"));
        }
        QList<QByteArray> keys;
        while (query.next()) {
            const QVariant uuid = query.value(0);
            keys.append(isBlob(uuid) ? uuid.toByteArray() : QByteArray());
        }
        if (query.lastError().isValid()) {
            return sqlError(query.lastError(), tr("reading the vault's accounts"));
        }
        query.finish();
        return keys;
    }

    Result<QList<VaultStore::BackupRow>> VaultStore::backupRows()
    {
        auto present = hasTable(QStringLiteral("backups"));
        if (!present) {
            return present.error();
        }
        if (!*present) {
            return QList<BackupRow>(); // a file from before schema version 2 (a read-only copy)
        }
        const QString action = tr("reading the vault's list of backups");
        const bool ownTransaction = !m_inTransaction;
        if (ownTransaction) {
            if (auto begun = beginRead(); !begun) {
                return begun.error();
            }
        }
        const auto finish = [this, ownTransaction] {
            if (ownTransaction) {
                endRead();
            }
        };

        QList<BackupRow> rows;
        QHash<QByteArray, qsizetype> index;
        {
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT id, format, created_at, kind, nonce, ciphertext FROM backups "
                                           "ORDER BY created_at DESC, id"))) {
                const Error error = sqlError(query.lastError(), action);
                finish();
                return error;
            }
            while (query.next()) {
                BackupRow row;
                const QVariant id = query.value(0);
                const QVariant format = query.value(1);
                const QVariant createdAt = query.value(2);
                const QVariant kind = query.value(3);
                const QVariant nonce = query.value(4);
                const QVariant ciphertext = query.value(5);
                row.wellFormed = isBlob(id) && isInteger(format) && isInteger(createdAt) && isInteger(kind)
                    && isBlob(nonce) && isBlob(ciphertext) && format.toLongLong() >= 0
                    && format.toLongLong() <= std::numeric_limits<quint32>::max();
                row.id = isBlob(id) ? id.toByteArray() : QByteArray();
                row.format = static_cast<quint32>(format.toLongLong());
                row.createdAtMs = createdAt.toLongLong();
                row.kind = kind.toLongLong();
                row.nonce = isBlob(nonce) ? nonce.toByteArray() : QByteArray();
                row.ciphertext = isBlob(ciphertext) ? ciphertext.toByteArray() : QByteArray();
                if (!row.id.isEmpty()) {
                    index.insert(row.id, rows.size());
                }
                rows.append(std::move(row));
            }
            if (query.lastError().isValid()) {
                const Error error = sqlError(query.lastError(), action);
                finish();
                return error;
            }
            query.finish();
        }
        {
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT backup_id, uuid, revision FROM backup_accounts"))) {
                const Error error = sqlError(query.lastError(), action);
                finish();
                return error;
            }
            while (query.next()) {
                const QVariant backupId = query.value(0);
                const QVariant uuid = query.value(1);
                const QVariant revision = query.value(2);
                const auto owner = isBlob(backupId) ? index.constFind(backupId.toByteArray()) : index.cend();
                if (owner == index.cend()) {
                    continue; // belongs to no record: ignored (records are checked by their digest)
                }
                BackupRow& row = rows[*owner];
                if (!isBlob(uuid) || !isInteger(revision) || revision.toLongLong() <= 0) {
                    row.wellFormed = false;
                    continue;
                }
                row.accounts.append({uuid.toByteArray(), static_cast<quint64>(revision.toLongLong())});
            }
            if (query.lastError().isValid()) {
                const Error error = sqlError(query.lastError(), action);
                finish();
                return error;
            }
            query.finish();
        }
        finish();
        return rows;
    }

    Result<bool> VaultStore::hasBackup(const QByteArray& id)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT count(*) FROM backups WHERE id = ?"))) {
            return sqlError(query.lastError(), tr("reading the vault's list of backups"));
        }
        query.addBindValue(id);
        if (!query.exec() || !query.next()) {
            return sqlError(query.lastError(), tr("reading the vault's list of backups"));
        }
        const bool present = query.value(0).toLongLong() > 0;
        query.finish();
        return present;
    }

    Result<void> VaultStore::writeVaultId(const QUuid& id)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"));
        query.addBindValue(QStringLiteral("vault_uuid"));
        query.addBindValue(VaultFormat::uuidBytes(id));
        return execPrepared(query, tr("writing the vault's identifier"));
    }

    Result<void> VaultStore::writeSlot(const KeySlot& slot)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO key_slots (slot_type, header, nonce, sealed_key, "
                                     "checksum) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(static_cast<int>(slot.type()));
        query.addBindValue(slot.header());
        query.addBindValue(slot.nonce());
        query.addBindValue(slot.sealedKey());
        query.addBindValue(slot.checksum());
        return execPrepared(query, tr("saving the %1 slot").arg(KeySlot::describe(slot.type())));
    }

    Result<void> VaultStore::writeManifest(quint32 format, quint64 generation, const Aead::Sealed& sealed)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO manifest (id, format, generation, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(1);
        query.addBindValue(static_cast<qint64>(format));
        query.addBindValue(static_cast<qint64>(generation));
        query.addBindValue(sealed.nonce);
        query.addBindValue(sealed.ciphertext);
        return execPrepared(query, tr("saving the list of accounts"));
    }

    Result<void> VaultStore::writeAccountRows(const QList<AccountRow>& rows)
    {
        if (rows.isEmpty()) {
            return {};
        }
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("INSERT OR REPLACE INTO accounts (uuid, format, revision, nonce, ciphertext) "
                                          "VALUES (?, ?, ?, ?, ?)"))) {
            return sqlError(query.lastError(), tr("saving an account"));
        }
        for (const AccountRow& row : rows) {
            query.bindValue(0, row.uuid);
            query.bindValue(1, static_cast<qint64>(row.format));
            query.bindValue(2, static_cast<qint64>(row.revision));
            query.bindValue(3, row.nonce);
            query.bindValue(4, row.ciphertext);
            if (!query.exec()) {
                return sqlError(query.lastError(), tr("saving an account"));
            }
        }
        query.finish();
        return {};
    }

    Result<void> VaultStore::deleteAccountRows(const QList<QUuid>& ids)
    {
        QList<QByteArray> keys;
        keys.reserve(ids.size());
        for (const QUuid& id : ids) {
            keys.append(VaultFormat::uuidBytes(id));
        }
        return deleteAccountRowsByKey(keys);
    }

    Result<void> VaultStore::deleteAccountRowsByKey(const QList<QByteArray>& uuidBytes)
    {
        if (uuidBytes.isEmpty()) {
            return {};
        }
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("DELETE FROM accounts WHERE uuid = ?"))) {
            return sqlError(query.lastError(), tr("deleting an account"));
        }
        for (const QByteArray& key : uuidBytes) {
            query.bindValue(0, key);
            if (!query.exec()) {
                return sqlError(query.lastError(), tr("deleting an account"));
            }
        }
        query.finish();
        return {};
    }

    Result<void> VaultStore::quarantine(const AccountRow& row, const QString& reason, qint64 nowMs)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO quarantine (uuid, format, revision, nonce, ciphertext, reason, "
                                     "quarantined_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(row.uuid);
        query.addBindValue(static_cast<qint64>(row.format));
        query.addBindValue(static_cast<qint64>(row.revision));
        query.addBindValue(row.nonce);
        query.addBindValue(row.ciphertext);
        query.addBindValue(reason);
        query.addBindValue(nowMs);
        return execPrepared(query, tr("setting a damaged account aside"));
    }

    Result<void> VaultStore::writeBackup(const BackupRow& row)
    {
        const QString action = tr("recording the backup");
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("INSERT INTO backups (id, format, created_at, kind, nonce, ciphertext) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"))) {
            return sqlError(query.lastError(), action);
        }
        query.addBindValue(row.id);
        query.addBindValue(static_cast<qint64>(row.format));
        query.addBindValue(row.createdAtMs);
        query.addBindValue(row.kind);
        query.addBindValue(row.nonce);
        query.addBindValue(row.ciphertext);
        if (auto done = execPrepared(query, action); !done) {
            return done;
        }
        if (row.accounts.isEmpty()) {
            return {};
        }
        QSqlQuery account(m_db);
        if (!account.prepare(
                QStringLiteral("INSERT INTO backup_accounts (backup_id, uuid, revision) VALUES (?, ?, ?)"))) {
            return sqlError(account.lastError(), action);
        }
        for (const auto& [uuid, revision] : row.accounts) {
            account.bindValue(0, row.id);
            account.bindValue(1, uuid);
            account.bindValue(2, static_cast<qint64>(revision));
            if (!account.exec()) {
                return sqlError(account.lastError(), action);
            }
        }
        account.finish();
        return {};
    }

    Result<void> VaultStore::deleteBackups(const QList<QByteArray>& ids)
    {
        if (ids.isEmpty()) {
            return {};
        }
        const QString action = tr("forgetting a backup");
        QSqlQuery accounts(m_db);
        QSqlQuery backups(m_db);
        if (!accounts.prepare(QStringLiteral("DELETE FROM backup_accounts WHERE backup_id = ?"))) {
            return sqlError(accounts.lastError(), action);
        }
        if (!backups.prepare(QStringLiteral("DELETE FROM backups WHERE id = ?"))) {
            return sqlError(backups.lastError(), action);
        }
        for (const QByteArray& id : ids) {
            accounts.bindValue(0, id);
            backups.bindValue(0, id);
            if (!accounts.exec()) {
                return sqlError(accounts.lastError(), action);
            }
            if (!backups.exec()) {
                return sqlError(backups.lastError(), action);
            }
        }
        accounts.finish();
        backups.finish();
        return {};
    }
}
