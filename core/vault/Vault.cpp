#include "Vault.h"

#include "AccountCodec.h"
#include "Aead.h"
#include "BackupLog.h"
#include "KeySlot.h"
#include "OtpGenerator.h"
#include "SecretWipe.h"
#include "VaultFormat.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace tessera
{
    namespace
    {
        constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

        Error notFound(const QUuid& id)
        {
            return {Error::Kind::NotFound,
                QCoreApplication::translate("tessera::Vault", "There is no account %1 in the vault.")
                    .arg(id.toString(QUuid::WithoutBraces))};
        }

        /// Indices of a longest strictly increasing subsequence of `values` (patience sorting).
        std::vector<bool> longestIncreasing(const std::vector<qint64>& values)
        {
            const std::size_t n = values.size();
            std::vector<std::size_t> tails; // index of the last element of the best run of each length
            std::vector<std::ptrdiff_t> previous(n, -1);
            for (std::size_t i = 0; i < n; ++i) {
                const auto it = std::lower_bound(tails.begin(), tails.end(), values[i],
                    [&values](std::size_t index, qint64 value) { return values[index] < value; });
                if (it != tails.begin()) {
                    previous[i] = static_cast<std::ptrdiff_t>(*(it - 1));
                }
                if (it == tails.end()) {
                    tails.push_back(i);
                } else {
                    *it = i;
                }
            }
            std::vector<bool> keep(n, false);
            std::ptrdiff_t index = tails.empty() ? -1 : static_cast<std::ptrdiff_t>(tails.back());
            while (index >= 0) {
                keep[static_cast<std::size_t>(index)] = true;
                index = previous[static_cast<std::size_t>(index)];
            }
            return keep;
        }
    }

    Vault::Vault(QString path, QObject* parent)
        : Vault(std::move(path), VaultOptions(), parent)
    { }

    Vault::Vault(QString path, VaultOptions options, QObject* parent)
        : QObject(parent)
        , m_path(std::move(path))
        , m_options(std::move(options))
    { }

    Vault::~Vault()
    {
        clearState();
    }

    QString Vault::defaultPath()
    {
        return VaultFile::defaultPath();
    }

    bool Vault::exists(const QString& path)
    {
        return VaultFile::exists(path);
    }

    Random& Vault::random() const
    {
        return m_options.random != nullptr ? *m_options.random : Random::system();
    }

    qint64 Vault::nowMs() const
    {
        return m_options.now ? m_options.now() : Clock::systemMilliseconds();
    }

    QDateTime Vault::now() const
    {
        return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    }

    QUuid Vault::newUuid() const
    {
        QByteArray bytes = random().bytes(16);
        bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4 (random)
        bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(bytes);
    }

    bool Vault::isUnlocked() const
    {
        return m_store != nullptr && !m_masterKey.isEmpty();
    }

    std::optional<PasswordKdf::Parameters> Vault::passwordParameters() const
    {
        return m_passwordParameters;
    }

    Result<void> Vault::requireUnlocked() const
    {
        if (!isUnlocked()) {
            return Error(Error::Kind::Conflict, tr("The vault is locked. Unlock it first."));
        }
        return {};
    }

    Result<void> Vault::requireNotReadOnlyCopy() const
    {
        if (m_options.readOnly) {
            return Error(Error::Kind::Io,
                tr("%1 was opened read-only (a backup copy): nothing in it can be changed. Bring "
                   "accounts back into your vault instead.")
                    .arg(m_path));
        }
        return {};
    }

    Result<void> Vault::openStore(VaultStore& store) const
    {
        return m_options.readOnly ? store.openReadOnly() : store.open();
    }

    Result<void> Vault::requireWritable() const
    {
        if (auto copy = requireNotReadOnlyCopy(); !copy) {
            return copy;
        }
        if (!m_issues.isEmpty()) {
            return Error(Error::Kind::Corrupt,
                tr("The vault has integrity problems, so Tessera will not change it: %1 Repair the vault "
                   "or restore a backup first.")
                    .arg(m_issues.first().message()));
        }
        return {};
    }

    bool Vault::matches(const Entry& entry, Filter filter) const
    {
        switch (filter) {
        case Filter::Active:
            return entry.trashedAtMs < 0;
        case Filter::Trash:
            return entry.trashedAtMs >= 0;
        case Filter::All:
            return true;
        }
        return false;
    }

    void Vault::clearState()
    {
        m_masterKey.clear();
        m_arena.clear();
        m_entries.clear();
        m_manifest = Manifest();
        m_issues.clear();
        m_store.reset(); // closes the connection and removes it
        m_vaultId = QUuid();
        m_passwordParameters.reset();
        m_dataVersion = -1;
        m_identity = {};
    }

    void Vault::setIssues(QList<IntegrityIssue> issues)
    {
        std::sort(issues.begin(), issues.end(), [](const IntegrityIssue& a, const IntegrityIssue& b) {
            if (a.kind != b.kind) {
                return a.kind < b.kind;
            }
            return a.accountId.toString() < b.accountId.toString();
        });
        if (issues != m_issues) {
            m_issues = std::move(issues);
            emit integrityIssuesChanged();
        }
    }

    // ---- Keys ------------------------------------------------------------------------------

    Result<SlotKey> Vault::deriveNewKey(
        const Credential& password, const PasswordKdf::Parameters& parameters, Random& random)
    {
        if (password.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("The password is empty."));
        }
        return SlotKey::deriveNew(password, parameters, random);
    }

    Result<SlotKey> Vault::deriveUnlockKey(const QString& path, const Credential& credential)
    {
        std::optional<KeySlot> slot;
        {
            // Only long enough to read the slot: the connection is closed before the slow KDF.
            VaultStore store(path);
            if (auto opened = store.open(); !opened) {
                return opened.error();
            }
            auto stored = store.slot(credential.slotType());
            if (!stored) {
                return stored.error();
            }
            if (!stored->has_value()) {
                return Error(Error::Kind::Corrupt,
                    tr("The vault has no %1 slot: the file is damaged. Restore it from a backup.")
                        .arg(KeySlot::describe(credential.slotType())));
            }
            auto& s = **stored;
            auto parsed = KeySlot::fromStored(
                s.type, std::move(s.header), std::move(s.nonce), std::move(s.sealedKey), std::move(s.checksum));
            if (!parsed) {
                return parsed.error();
            }
            slot.emplace(std::move(parsed).value());
        }
        auto key = SlotKey::derive(credential, slot->parameters(), slot->salt());
        if (!key) {
            return key.error();
        }
        key->setSlotHeader(slot->header());
        return key;
    }

    // ---- Create, unlock, lock --------------------------------------------------------------

    Result<void> Vault::create(SlotKey passwordKey, const RecoveryKey& recoveryKey)
    {
        if (passwordKey.type() != SlotType::Password) {
            return Error(Error::Kind::InvalidInput, tr("A new vault needs a password key."));
        }
        if (auto copy = requireNotReadOnlyCopy(); !copy) {
            return copy;
        }
        if (isUnlocked()) {
            lock();
        }
        auto recoverySlotKey
            = SlotKey::deriveNew(Credential::recoveryKey(recoveryKey), PasswordKdf::minimum(), random());
        if (!recoverySlotKey) {
            return recoverySlotKey.error();
        }
        if (auto created = VaultFile::createExclusive(m_path); !created) {
            return created;
        }
        auto store = std::make_unique<VaultStore>(m_path, m_options.busyTimeoutMs);
        const QUuid vaultId = newUuid();
        SecureBytes masterKey = random().secureBytes(Aead::KeyBytes);
        Manifest manifest;
        manifest.generation = 1;

        const auto build = [&]() -> Result<void> {
            if (auto opened = store->openNew(); !opened) {
                return opened;
            }
            if (auto begun = store->beginWrite(); !begun) {
                return begun;
            }
            const KeySlot passwordSlot = KeySlot::seal(passwordKey, vaultId, masterKey, random());
            const KeySlot recoverySlot = KeySlot::seal(*recoverySlotKey, vaultId, masterKey, random());
            for (const auto& step :
                std::initializer_list<std::function<Result<void>()>>{
                    [&] { return store->applyMigrations(VaultStore::builtinMigrations(), VaultFormat::SchemaVersion); },
                    [&] { return store->setApplicationId(); },
                    [&] { return store->writeVaultId(vaultId); },
                    [&] { return store->writeSlot(passwordSlot); },
                    [&] { return store->writeSlot(recoverySlot); },
                    [&] {
                        return store->writeManifest(VaultFormat::ManifestFormat, manifest.generation,
                            manifest.seal(masterKey, vaultId, random()));
                    },
                }) {
                if (auto done = step(); !done) {
                    store->rollback();
                    return done;
                }
            }
            return store->commit();
        };
        if (auto built = build(); !built) {
            store.reset();
            VaultFile::removeCreated(m_path);
            return built.error().withContext(tr("Creating the vault %1").arg(m_path));
        }
        auto identity = VaultFile::identity(m_path);
        auto dataVersion = store->dataVersion();
        if (!identity || !dataVersion) {
            return identity ? dataVersion.error() : identity.error();
        }
        m_store = std::move(store);
        m_identity = *identity;
        m_dataVersion = *dataVersion;
        m_vaultId = vaultId;
        m_masterKey = std::move(masterKey);
        m_manifest = manifest;
        m_passwordParameters = passwordKey.parameters();
        emit unlocked();
        return {};
    }

    Result<RecoveryKey> Vault::create(const Credential& password, const PasswordKdf::Parameters& parameters)
    {
        auto key = deriveNewKey(password, parameters, random());
        if (!key) {
            return key.error();
        }
        RecoveryKey recoveryKey = RecoveryKey::generate(random());
        if (auto created = create(std::move(key).value(), recoveryKey); !created) {
            return created.error();
        }
        return recoveryKey;
    }

    Result<void> Vault::unlock(SlotKey key)
    {
        if (isUnlocked()) {
            lock();
        }
        auto store = std::make_unique<VaultStore>(m_path, m_options.busyTimeoutMs);
        if (auto opened = openStore(*store); !opened) {
            return opened;
        }
        auto identity = VaultFile::identity(m_path);
        if (!identity) {
            return identity.error();
        }
        auto vaultId = store->vaultId();
        if (!vaultId) {
            return vaultId.error();
        }
        auto stored = store->slot(key.type());
        if (!stored) {
            return stored.error();
        }
        if (!stored->has_value()) {
            return Error(Error::Kind::Corrupt,
                tr("The vault has no %1 slot: the file is damaged. Restore it from a backup.")
                    .arg(KeySlot::describe(key.type())));
        }
        auto& s = **stored;
        auto slot = KeySlot::fromStored(
            s.type, std::move(s.header), std::move(s.nonce), std::move(s.sealedKey), std::move(s.checksum));
        if (!slot) {
            return slot.error();
        }
        if (slot->vaultId() != *vaultId) {
            return Error(Error::Kind::Corrupt,
                tr("The vault's %1 slot belongs to another vault: the file was tampered with. Restore it "
                   "from a backup.")
                    .arg(KeySlot::describe(key.type())));
        }
        if (!key.slotHeader().isEmpty() && key.slotHeader() != slot->header()) {
            return Error(Error::Kind::Conflict,
                tr("The vault's %1 was changed by another program meanwhile. Try again.")
                    .arg(KeySlot::describe(key.type())));
        }
        auto masterKey = slot->open(key);
        if (!masterKey) {
            return masterKey.error();
        }
        if (auto checked = store->quickCheck(); !checked) {
            return checked;
        }
        auto version = store->schemaVersion();
        if (!version) {
            return version.error();
        }
        if (*version < VaultFormat::SchemaVersion && !m_options.readOnly) {
            // Forward migrations run only once the key is proven, so a file that is not ours is never
            // written. A copy opened read-only stays as it is (the code reads every older layout).
            if (auto migrated = store->migrate(VaultStore::builtinMigrations(), VaultFormat::SchemaVersion);
                !migrated) {
                return migrated;
            }
        }
        if (key.type() == SlotType::Password) {
            m_passwordParameters = slot->parameters();
        } else if (auto password = store->slot(SlotType::Password); password && password->has_value()) {
            auto& p = **password;
            auto parsed = KeySlot::fromStored(
                p.type, std::move(p.header), std::move(p.nonce), std::move(p.sealedKey), std::move(p.checksum));
            if (parsed) {
                m_passwordParameters = parsed->parameters();
            }
        }

        m_store = std::move(store);
        m_identity = *identity;
        m_vaultId = *vaultId;
        m_masterKey = std::move(masterKey).value();
        m_manifest = Manifest();
        auto loaded = reload(true);
        if (!loaded) {
            clearState();
            return loaded.error();
        }
        auto dataVersion = m_store->dataVersion();
        if (!dataVersion) {
            clearState();
            return dataVersion.error();
        }
        m_dataVersion = *dataVersion;
        if (m_options.purgeExpiredTrashOnUnlock && !m_options.readOnly && m_issues.isEmpty()) {
            const QSignalBlocker blocker(this);
            if (auto purged = purgeExpiredTrash(); !purged) {
                // On a read-only medium this fails; the accounts stay in the trash until a later unlock.
            }
        }
        emit unlocked();
        emit accountsChanged(m_entries.keys());
        return {};
    }

    Result<void> Vault::unlock(const Credential& credential)
    {
        for (int attempt = 0;; ++attempt) {
            auto key = deriveUnlockKey(m_path, credential);
            if (!key) {
                return key.error();
            }
            auto unlockedNow = unlock(std::move(key).value());
            // The slot changed between reading it and opening it (another process changed the password).
            if (!unlockedNow && unlockedNow.error().kind() == Error::Kind::Conflict && attempt == 0) {
                continue;
            }
            return unlockedNow;
        }
    }

    void Vault::lock()
    {
        if (m_locking) {
            return; // lock() from a slot of aboutToLock(): the outer call finishes the job
        }
        const bool wasUnlocked = isUnlocked();
        if (wasUnlocked) {
            m_locking = true;
            emit aboutToLock();
            m_locking = false;
        }
        clearState();
        if (wasUnlocked) {
            emit locked();
        }
    }

    // ---- Key slots -------------------------------------------------------------------------

    Result<void> Vault::writeSlot(const KeySlot& slot)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready;
        }
        if (auto copy = requireNotReadOnlyCopy(); !copy) {
            return copy;
        }
        auto followed = followReplacedFile();
        if (!followed) {
            return followed.error();
        }
        if (auto begun = m_store->beginWrite(); !begun) {
            return begun;
        }
        if (auto written = m_store->writeSlot(slot); !written) {
            m_store->rollback();
            return written;
        }
        // Our own commit leaves data_version alone, so a change by another process before it is
        // still noticed by the next refresh().
        return m_store->commit();
    }

    Result<void> Vault::changePassword(SlotKey newPasswordKey)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready;
        }
        if (newPasswordKey.type() != SlotType::Password) {
            return Error(Error::Kind::InvalidInput, tr("A new password needs a password key."));
        }
        const KeySlot slot = KeySlot::seal(newPasswordKey, m_vaultId, m_masterKey, random());
        if (auto written = writeSlot(slot); !written) {
            return written;
        }
        m_passwordParameters = newPasswordKey.parameters();
        return {};
    }

    Result<void> Vault::changePassword(const Credential& newPassword, std::optional<PasswordKdf::Parameters> parameters)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready;
        }
        const PasswordKdf::Parameters chosen
            = parameters.value_or(m_passwordParameters.value_or(PasswordKdf::preset(PasswordKdf::Preset::Standard)));
        auto key = deriveNewKey(newPassword, chosen, random());
        if (!key) {
            return key.error();
        }
        return changePassword(std::move(key).value());
    }

    Result<RecoveryKey> Vault::regenerateRecoveryKey()
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        RecoveryKey recoveryKey = RecoveryKey::generate(random());
        auto key = SlotKey::deriveNew(Credential::recoveryKey(recoveryKey), PasswordKdf::minimum(), random());
        if (!key) {
            return key.error();
        }
        if (auto written = writeSlot(KeySlot::seal(*key, m_vaultId, m_masterKey, random())); !written) {
            return written.error();
        }
        return recoveryKey;
    }

    // ---- Reading ---------------------------------------------------------------------------

    QList<AccountSummary> Vault::accounts(Filter filter) const
    {
        QList<AccountSummary> list;
        if (!isUnlocked()) {
            return list;
        }
        list.reserve(m_entries.size());
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (!matches(it.value(), filter)) {
                continue;
            }
            auto summary = AccountCodec::decodeSummary(m_arena.record(it.key()), it.key(), it->revision);
            if (summary) {
                list.append(std::move(summary).value());
            }
        }
        std::sort(list.begin(), list.end(), [](const AccountSummary& a, const AccountSummary& b) {
            if (a.position != b.position) {
                return a.position < b.position;
            }
            if (a.createdAt != b.createdAt) {
                return a.createdAt < b.createdAt;
            }
            return a.id.toString() < b.id.toString();
        });
        return list;
    }

    qsizetype Vault::accountCount(Filter filter) const
    {
        return std::count_if(m_entries.cbegin(), m_entries.cend(),
            [this, filter](const Entry& entry) { return matches(entry, filter); });
    }

    Result<Account> Vault::account(const QUuid& id) const
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        if (!m_entries.contains(id)) {
            return notFound(id);
        }
        return AccountCodec::decode(m_arena.record(id), id);
    }

    Result<QString> Vault::code(const QUuid& id, qint64 unixSeconds) const
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        if (!m_entries.contains(id)) {
            return notFound(id);
        }
        auto parameters = AccountCodec::decodeParameters(m_arena.record(id));
        if (!parameters) {
            return parameters.error();
        }
        return OtpGenerator::code(*parameters, unixSeconds);
    }

    Result<QString> Vault::nextCode(const QUuid& id, qint64 unixSeconds) const
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        if (!m_entries.contains(id)) {
            return notFound(id);
        }
        auto parameters = AccountCodec::decodeParameters(m_arena.record(id));
        if (!parameters) {
            return parameters.error();
        }
        return OtpGenerator::nextCode(*parameters, unixSeconds);
    }

    QHash<QUuid, quint64> Vault::accountRevisions() const
    {
        QHash<QUuid, quint64> revisions;
        if (!isUnlocked()) {
            return revisions;
        }
        revisions.reserve(m_entries.size());
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            revisions.insert(it.key(), it->revision);
        }
        return revisions;
    }

    // ---- Reloading -------------------------------------------------------------------------

    Result<bool> Vault::followReplacedFile()
    {
        auto identity = VaultFile::identity(m_path);
        if (!identity) {
            return identity.error();
        }
        if (*identity == m_identity) {
            return false;
        }
        auto store = std::make_unique<VaultStore>(m_path, m_options.busyTimeoutMs);
        if (auto opened = openStore(*store); !opened) {
            return opened.error();
        }
        auto vaultId = store->vaultId();
        if (!vaultId) {
            return vaultId.error();
        }
        if (*vaultId != m_vaultId) {
            lock();
            return Error(
                Error::Kind::Conflict, tr("The vault file was replaced by a different vault. Unlock it again."));
        }
        m_store = std::move(store);
        m_identity = *identity;
        m_dataVersion = -1;
        return true;
    }

    Result<bool> Vault::refresh()
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        auto replaced = followReplacedFile();
        if (!replaced) {
            return replaced.error();
        }
        auto dataVersion = m_store->dataVersion();
        if (!dataVersion) {
            return dataVersion.error();
        }
        if (!*replaced && *dataVersion == m_dataVersion) {
            return false;
        }
        auto changed = reload(*replaced);
        if (!changed) {
            if (changed.error().kind() == Error::Kind::Conflict) {
                lock();
            }
            return changed.error();
        }
        m_dataVersion = *dataVersion;
        if (!changed->isEmpty()) {
            emit changedExternally();
            emit accountsChanged(*changed);
        }
        return !changed->isEmpty();
    }

    Result<QList<QUuid>> Vault::reload(bool force)
    {
        VaultStore& store = *m_store;
        const bool ownTransaction = !store.inTransaction();
        if (ownTransaction) {
            if (auto begun = store.beginRead(); !begun) {
                return begun.error();
            }
        }
        auto endRead = qScopeGuard([&store, ownTransaction] {
            if (ownTransaction) {
                store.endRead();
            }
        });

        auto vaultId = store.vaultId();
        if (!vaultId) {
            return vaultId.error();
        }
        if (*vaultId != m_vaultId) {
            return Error(Error::Kind::Conflict, tr("The vault file now holds a different vault. Unlock it again."));
        }
        auto stored = store.manifest();
        if (!stored) {
            return stored.error();
        }
        if (!force && stored->has_value() && (*stored)->generation == m_manifest.generation && m_issues.isEmpty()) {
            return QList<QUuid>();
        }
        auto rows = store.accountRows();
        if (!rows) {
            return rows.error();
        }
        endRead.dismiss();
        if (ownTransaction) {
            store.endRead(); // everything is read: release the shared lock before decrypting
        }

        QList<IntegrityIssue> issues;
        std::optional<Manifest> manifest;
        if (stored->has_value()) {
            const auto& m = **stored;
            auto opened = Manifest::open(m_masterKey, m_vaultId, m.generation, m.format, m.nonce, m.ciphertext);
            if (opened) {
                manifest = std::move(opened).value();
            }
        }
        if (!manifest) {
            issues.append({IntegrityIssue::Kind::DamagedManifest, QUuid(), 0, 0});
        }

        const auto unchanged = [this](const QUuid& id, const VaultStore::AccountRow& row) {
            const auto it = m_entries.constFind(id);
            return it != m_entries.constEnd() && it->revision == row.revision && it->nonce == row.nonce
                && m_arena.contains(id);
        };

        std::size_t needed = 0;
        for (const auto& row : *rows) {
            const auto id = VaultFormat::uuidFromBytes(row.uuid);
            if (!id || !unchanged(*id, row)) {
                needed += Aead::plaintextSize(row.ciphertext);
            }
        }
        m_arena.reserve(needed);

        QHash<QUuid, Entry> entries;
        entries.reserve(rows->size());
        QSet<QUuid> present;
        for (const auto& row : *rows) {
            const auto id = row.wellFormed ? VaultFormat::uuidFromBytes(row.uuid) : std::nullopt;
            if (!id || present.contains(*id)) {
                issues.append({IntegrityIssue::Kind::DamagedAccount, id.value_or(QUuid()), 0, row.revision});
                continue;
            }
            present.insert(*id);
            if (unchanged(*id, row)) {
                entries.insert(*id, m_entries.value(*id));
                continue;
            }
            if (row.format != VaultFormat::AccountRecordFormat) {
                issues.append({IntegrityIssue::Kind::UnsupportedAccount, *id, 0, row.revision});
                continue;
            }
            const std::size_t size = Aead::plaintextSize(row.ciphertext);
            unsigned char* space = m_arena.beginRecord(size);
            auto opened = Aead::openInto(m_masterKey, row.nonce, row.ciphertext,
                VaultFormat::accountAssociatedData(m_vaultId, *id, row.revision, row.format), space, size);
            if (!opened) {
                m_arena.abandonRecord();
                issues.append({IntegrityIssue::Kind::DamagedAccount, *id, 0, row.revision});
                continue;
            }
            // Decode it once in full now, so a record that cannot be read is reported at unlock.
            auto decoded = AccountCodec::decode(QByteArrayView(space, static_cast<qsizetype>(*opened)), *id);
            if (!decoded) {
                m_arena.abandonRecord();
                issues.append(
                    {decoded.error().kind() == Error::Kind::Unsupported ? IntegrityIssue::Kind::UnsupportedAccount
                                                                        : IntegrityIssue::Kind::DamagedAccount,
                        *id, 0, row.revision});
                continue;
            }
            m_arena.commitRecord(*id, *opened);
            Entry entry;
            entry.revision = row.revision;
            entry.nonce = row.nonce;
            entry.position = decoded->position;
            entry.trashedAtMs = decoded->trashedAt.isValid() ? decoded->trashedAt.toMSecsSinceEpoch() : -1;
            entries.insert(*id, entry);
        }

        if (manifest) {
            for (auto it = manifest->revisions.cbegin(); it != manifest->revisions.cend(); ++it) {
                if (!present.contains(it.key())) {
                    issues.append({IntegrityIssue::Kind::MissingAccount, it.key(), it.value(), 0});
                    continue;
                }
                const auto entry = entries.constFind(it.key());
                if (entry == entries.constEnd() || entry->revision == it.value()) {
                    continue; // damaged rows are reported above
                }
                issues.append({entry->revision < it.value() ? IntegrityIssue::Kind::OlderRevision
                                                            : IntegrityIssue::Kind::UnexpectedRevision,
                    it.key(), it.value(), entry->revision});
            }
            for (auto it = entries.begin(); it != entries.end();) {
                if (manifest->revisions.contains(it.key())) {
                    ++it;
                    continue;
                }
                issues.append({IntegrityIssue::Kind::UnlistedAccount, it.key(), 0, it->revision});
                it = entries.erase(it);
            }
        }

        QList<QUuid> changed;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (!entries.contains(it.key())) {
                changed.append(it.key());
            }
        }
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            const auto old = m_entries.constFind(it.key());
            if (old == m_entries.constEnd() || old->revision != it->revision || old->nonce != it->nonce) {
                changed.append(it.key());
            }
        }
        // Wipe the records no longer shown (removed, unlisted, or now failing their check).
        for (const QUuid& id : present) {
            if (!entries.contains(id)) {
                m_arena.remove(id);
            }
        }
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (!entries.contains(it.key())) {
                m_arena.remove(it.key());
            }
        }
        m_entries = std::move(entries);
        if (manifest) {
            m_manifest = std::move(*manifest);
        } else {
            m_manifest = Manifest();
            m_manifest.generation = stored->has_value() ? (*stored)->generation : 0;
            for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
                m_manifest.revisions.insert(it.key(), it->revision);
            }
        }
        setIssues(std::move(issues));
        return changed;
    }

    // ---- Changing --------------------------------------------------------------------------

    Result<QList<QUuid>> Vault::transact(const std::function<Result<Mutation>()>& prepare)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        auto replaced = followReplacedFile();
        if (!replaced) {
            return replaced.error();
        }
        if (auto begun = m_store->beginWrite(); !begun) {
            return begun.error();
        }
        auto rollback = qScopeGuard([this] {
            if (m_store) {
                m_store->rollback();
            }
        });

        // Reload first when another process committed since we last looked.
        QList<QUuid> reloaded;
        auto dataVersion = m_store->dataVersion();
        auto generation = m_store->manifestGeneration();
        if (!dataVersion) {
            return dataVersion.error();
        }
        if (*replaced || *dataVersion != m_dataVersion || !generation || *generation != m_manifest.generation) {
            auto changed = reload(!generation || *generation != m_manifest.generation || *replaced);
            if (!changed) {
                if (changed.error().kind() == Error::Kind::Conflict) {
                    rollback.dismiss();
                    m_store->rollback();
                    lock();
                }
                return changed.error();
            }
            reloaded = *changed;
            m_dataVersion = *dataVersion;
        }
        const auto announceReload = [this, &reloaded] {
            if (!reloaded.isEmpty()) {
                emit changedExternally();
                emit accountsChanged(reloaded);
            }
        };
        if (auto writable = requireWritable(); !writable) {
            rollback.dismiss();
            m_store->rollback();
            announceReload();
            return writable.error();
        }
        auto mutation = prepare();
        if (!mutation || (mutation->upserts.isEmpty() && mutation->deletes.isEmpty())) {
            rollback.dismiss();
            m_store->rollback();
            announceReload();
            if (!mutation) {
                return mutation.error();
            }
            return QList<QUuid>();
        }

        // Seal every changed record (plaintexts go to a guarded staging arena, never kept on the heap).
        RecordArena staging;
        Manifest next = m_manifest;
        next.generation = m_manifest.generation + 1;
        QList<VaultStore::AccountRow> rows;
        rows.reserve(mutation->upserts.size());
        QHash<QUuid, Entry> written;
        written.reserve(mutation->upserts.size());
        for (const Account& account : mutation->upserts) {
            const quint64 revision = next.revisions.value(account.id, 0) + 1;
            QByteArray plaintext = AccountCodec::encode(account);
            auto sealed = Aead::seal(
                m_masterKey, plaintext, VaultFormat::accountAssociatedData(m_vaultId, account.id, revision), random());
            staging.put(account.id, plaintext);
            wipe(plaintext);
            VaultStore::AccountRow row;
            row.uuid = VaultFormat::uuidBytes(account.id);
            row.format = VaultFormat::AccountRecordFormat;
            row.revision = revision;
            row.nonce = sealed.nonce;
            row.ciphertext = std::move(sealed.ciphertext);
            rows.append(std::move(row));
            next.revisions.insert(account.id, revision);
            Entry entry;
            entry.revision = revision;
            entry.nonce = std::move(sealed.nonce);
            entry.position = account.position;
            entry.trashedAtMs = account.trashedAt.isValid() ? account.trashedAt.toMSecsSinceEpoch() : -1;
            written.emplace(account.id, std::move(entry)); // insert() would copy
        }
        for (const QUuid& id : mutation->deletes) {
            next.revisions.remove(id);
        }
        const auto sealedManifest = next.seal(m_masterKey, m_vaultId, random());
        if (auto done = m_store->writeAccountRows(rows); !done) {
            return done.error();
        }
        if (auto done = m_store->deleteAccountRows(mutation->deletes); !done) {
            return done.error();
        }
        if (auto done = m_store->writeManifest(VaultFormat::ManifestFormat, next.generation, sealedManifest); !done) {
            return done.error();
        }
        rollback.dismiss();
        if (auto committed = m_store->commit(); !committed) {
            announceReload();
            return committed.error();
        }

        // Committed: now memory follows.
        QList<QUuid> changed = reloaded;
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            m_arena.put(it.key(), staging.record(it.key()));
            m_entries.insert(it.key(), it.value());
            changed.append(it.key());
        }
        staging.clear();
        for (const QUuid& id : mutation->deletes) {
            m_arena.remove(id);
            m_entries.remove(id);
            changed.append(id);
        }
        m_manifest = std::move(next);
        if (auto after = m_store->dataVersion(); after) {
            m_dataVersion = *after;
        }
        std::sort(changed.begin(), changed.end(), [](const QUuid& a, const QUuid& b) { return a < b; });
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        if (!reloaded.isEmpty()) {
            emit changedExternally();
        }
        emit accountsChanged(changed);
        return changed;
    }

    Result<QUuid> Vault::add(Account account)
    {
        QList<Account> one;
        one.append(std::move(account));
        auto ids = addAll(std::move(one));
        if (!ids) {
            return ids.error();
        }
        return ids->first();
    }

    Result<QList<QUuid>> Vault::addAll(QList<Account> accounts)
    {
        QList<QUuid> ids;
        auto done = transact([&]() -> Result<Mutation> {
            ids.clear();
            qint64 position = PositionStep;
            for (const Entry& entry : std::as_const(m_entries)) {
                position = std::max(position, entry.position + PositionStep);
            }
            const QDateTime stamp = now();
            QSet<QUuid> seen;
            Mutation mutation;
            mutation.upserts.reserve(accounts.size());
            for (const Account& given : std::as_const(accounts)) {
                Account account = given;
                if (account.id.isNull()) {
                    account.id = newUuid();
                }
                if (m_entries.contains(account.id) || m_manifest.revisions.contains(account.id)
                    || seen.contains(account.id)) {
                    return Error(Error::Kind::Conflict,
                        tr("An account with the id %1 is already in the vault.")
                            .arg(account.id.toString(QUuid::WithoutBraces)));
                }
                seen.insert(account.id);
                if (!account.createdAt.isValid()) {
                    account.createdAt = stamp;
                }
                if (!account.modifiedAt.isValid()) {
                    account.modifiedAt = account.createdAt;
                }
                if (account.position == 0) {
                    account.position = position;
                    position += PositionStep;
                }
                ids.append(account.id);
                mutation.upserts.append(std::move(account));
            }
            return mutation;
        });
        if (!done) {
            return done.error();
        }
        return ids;
    }

    Result<Account> Vault::modify(const QUuid& id, const std::function<void(Account&)>& change)
    {
        std::optional<Account> result;
        auto done = transact([&]() -> Result<Mutation> {
            auto current = account(id);
            if (!current) {
                return current.error();
            }
            change(*current);
            current->id = id;
            current->modifiedAt = now();
            result.emplace(*current);
            Mutation mutation;
            mutation.upserts.append(std::move(current).value());
            return mutation;
        });
        if (!done) {
            return done.error();
        }
        return std::move(*result);
    }

    Result<void> Vault::update(const Account& account)
    {
        auto done = modify(account.id, [&account](Account& current) {
            const QDateTime created = current.createdAt;
            current = account;
            if (!current.createdAt.isValid()) {
                current.createdAt = created;
            }
        });
        if (!done) {
            return done.error();
        }
        return {};
    }

    Result<void> Vault::moveToTrash(const QUuid& id)
    {
        const QDateTime stamp = now();
        auto done = modify(id, [&stamp](Account& account) {
            if (!account.trashedAt.isValid()) {
                account.trashedAt = stamp;
            }
        });
        if (!done) {
            return done.error();
        }
        return {};
    }

    Result<void> Vault::restore(const QUuid& id)
    {
        auto done = modify(id, [](Account& account) { account.trashedAt = QDateTime(); });
        if (!done) {
            return done.error();
        }
        return {};
    }

    Result<void> Vault::purge(const QUuid& id)
    {
        auto done = transact([&]() -> Result<Mutation> {
            if (!m_entries.contains(id)) {
                return notFound(id);
            }
            Mutation mutation;
            mutation.deletes.append(id);
            return mutation;
        });
        if (!done) {
            return done.error();
        }
        return {};
    }

    Result<int> Vault::purgeExpiredTrash()
    {
        int purged = 0;
        auto done = transact([&]() -> Result<Mutation> {
            const qint64 cutoff = nowMs() - VaultFormat::TrashRetentionDays * DayMs;
            Mutation mutation;
            for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
                if (it->trashedAtMs >= 0 && it->trashedAtMs < cutoff) {
                    mutation.deletes.append(it.key());
                }
            }
            purged = static_cast<int>(mutation.deletes.size());
            return mutation;
        });
        if (!done) {
            return done.error();
        }
        return purged;
    }

    Result<QString> Vault::takeHotpCode(const QUuid& id)
    {
        QString code;
        auto done = transact([&]() -> Result<Mutation> {
            auto current = account(id);
            if (!current) {
                return current.error();
            }
            if (current->parameters.type() != OtpType::Hotp) {
                return Error(Error::Kind::InvalidInput,
                    tr("%1 is not a counter-based (HOTP) account.").arg(current->displayName()));
            }
            const quint64 counter = current->parameters.counter();
            if (counter == std::numeric_limits<quint64>::max()) {
                return Error(Error::Kind::InvalidInput,
                    tr("The counter of %1 cannot go any higher.").arg(current->displayName()));
            }
            code = OtpGenerator::codeForCounter(current->parameters, counter);
            current->parameters = current->parameters.withCounter(counter + 1);
            Mutation mutation;
            mutation.upserts.append(std::move(current).value());
            return mutation;
        });
        if (!done) {
            return done.error();
        }
        return code;
    }

    Result<void> Vault::reorder(const QList<QUuid>& orderedIds)
    {
        auto done = transact([&]() -> Result<Mutation> {
            QSet<QUuid> seen;
            std::vector<qint64> current;
            current.reserve(static_cast<std::size_t>(orderedIds.size()));
            for (const QUuid& id : orderedIds) {
                if (!m_entries.contains(id)) {
                    return notFound(id);
                }
                if (seen.contains(id)) {
                    return Error(Error::Kind::InvalidInput,
                        tr("Account %1 appears twice in the new order.").arg(id.toString(QUuid::WithoutBraces)));
                }
                seen.insert(id);
                current.push_back(m_entries.value(id).position);
            }
            // Accounts on a longest increasing run keep their positions; the others move into the gaps.
            const std::size_t n = current.size();
            const std::vector<bool> keep = longestIncreasing(current);
            std::vector<qint64> wanted = current;
            bool renumber = false;
            std::size_t i = 0;
            while (i < n && !renumber) {
                if (keep[i]) {
                    ++i;
                    continue;
                }
                std::size_t j = i;
                while (j < n && !keep[j]) {
                    ++j;
                }
                const auto count = static_cast<qint64>(j - i);
                const bool hasLower = i > 0;
                const bool hasUpper = j < n;
                const qint64 lower
                    = hasLower ? wanted[i - 1] : (hasUpper ? current[j] - (count + 1) * PositionStep : 0);
                const qint64 upper = hasUpper ? current[j] : lower + (count + 1) * PositionStep;
                const qint64 step = (upper - lower) / (count + 1);
                if (step < 1) {
                    renumber = true;
                    break;
                }
                for (std::size_t k = i; k < j; ++k) {
                    wanted[k] = lower + step * static_cast<qint64>(k - i + 1);
                }
                i = j;
            }
            if (renumber) {
                for (std::size_t k = 0; k < n; ++k) {
                    wanted[k] = static_cast<qint64>(k + 1) * PositionStep;
                }
            }
            Mutation mutation;
            for (std::size_t k = 0; k < n; ++k) {
                if (wanted[k] == current[k]) {
                    continue;
                }
                const QUuid& id = orderedIds.at(static_cast<qsizetype>(k));
                auto account = this->account(id);
                if (!account) {
                    return account.error();
                }
                account->position = wanted[k];
                mutation.upserts.append(std::move(account).value());
            }
            return mutation;
        });
        if (!done) {
            return done.error();
        }
        return {};
    }

    Result<void> Vault::repair()
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready;
        }
        if (auto copy = requireNotReadOnlyCopy(); !copy) {
            return copy;
        }
        auto followed = followReplacedFile();
        if (!followed) {
            return followed.error();
        }
        if (auto begun = m_store->beginWrite(); !begun) {
            return begun;
        }
        auto rollback = qScopeGuard([this] {
            if (m_store) {
                m_store->rollback();
            }
        });
        // Judge the file as it is now, inside the transaction.
        auto changed = reload(true);
        if (!changed) {
            return changed.error();
        }
        if (m_issues.isEmpty()) {
            return {};
        }
        auto rows = m_store->accountRows();
        if (!rows) {
            return rows.error();
        }
        const qint64 stamp = nowMs();
        QList<QByteArray> setAside;
        for (const auto& row : *rows) {
            const auto id = row.wellFormed ? VaultFormat::uuidFromBytes(row.uuid) : std::nullopt;
            const bool trusted = id && m_entries.contains(*id) && m_entries.value(*id).revision == row.revision
                && m_entries.value(*id).nonce == row.nonce;
            if (trusted) {
                continue;
            }
            QString reason = QStringLiteral("damaged");
            for (const IntegrityIssue& issue : std::as_const(m_issues)) {
                if (id && issue.accountId == *id) {
                    reason = issue.code();
                }
            }
            if (auto kept = m_store->quarantine(row, reason, stamp); !kept) {
                return kept;
            }
            setAside.append(row.uuid);
        }
        if (auto removed = m_store->deleteAccountRowsByKey(setAside); !removed) {
            return removed;
        }
        auto generation = m_store->manifestGeneration();
        Manifest next;
        next.generation = std::max(m_manifest.generation, generation ? *generation : 0) + 1;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            next.revisions.insert(it.key(), it->revision);
        }
        if (auto written = m_store->writeManifest(
                VaultFormat::ManifestFormat, next.generation, next.seal(m_masterKey, m_vaultId, random()));
            !written) {
            return written;
        }
        rollback.dismiss();
        if (auto committed = m_store->commit(); !committed) {
            return committed;
        }
        m_manifest = std::move(next);
        if (auto after = m_store->dataVersion(); after) {
            m_dataVersion = *after;
        }
        setIssues({});
        emit accountsChanged(m_entries.keys());
        return {};
    }

    // ---- Backup bookkeeping ----------------------------------------------------------------

    Result<BackupRecord> Vault::recordBackup(BackupKind kind, const QString& location, const QList<QUuid>& accountIds)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        BackupRecord record;
        record.kind = kind;
        record.location = location;
        record.accountRevisions.reserve(accountIds.size());
        for (const QUuid& id : accountIds) {
            const auto entry = m_entries.constFind(id);
            if (entry == m_entries.cend()) {
                return notFound(id);
            }
            record.accountRevisions.insert(id, entry->revision);
        }
        return recordBackup(std::move(record));
    }

    Result<BackupRecord> Vault::recordBackup(BackupRecord record)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        if (auto writable = requireWritable(); !writable) {
            return writable.error();
        }
        if (BackupRecord::kindName(record.kind) == QStringLiteral("unknown")) {
            return Error(
                Error::Kind::InvalidInput, tr("Unknown kind of backup (%1).").arg(static_cast<int>(record.kind)));
        }
        for (auto it = record.accountRevisions.cbegin(); it != record.accountRevisions.cend(); ++it) {
            if (it.key().isNull() || it.value() == 0) {
                return Error(Error::Kind::InvalidInput,
                    tr("A backup record needs every account's id and a revision of at least 1."));
            }
        }
        if (record.id.isNull()) {
            record.id = newUuid();
        }
        // Stored in whole milliseconds, UTC: the record read back compares equal.
        record.time = QDateTime::fromMSecsSinceEpoch(
            record.time.isValid() ? record.time.toMSecsSinceEpoch() : nowMs(), Qt::UTC);

        auto followed = followReplacedFile();
        if (!followed) {
            return followed.error();
        }
        const VaultStore::BackupRow row = BackupLog::seal(m_masterKey, m_vaultId, record, random());
        if (auto begun = m_store->beginWrite(); !begun) {
            return begun.error();
        }
        auto rollback = qScopeGuard([this] { m_store->rollback(); });
        auto exists = m_store->hasBackup(row.id);
        if (!exists) {
            return exists.error();
        }
        if (*exists) {
            return Error(Error::Kind::Conflict,
                tr("A backup with the id %1 is already recorded.").arg(record.id.toString(QUuid::WithoutBraces)));
        }
        if (auto written = m_store->writeBackup(row); !written) {
            return written.error();
        }
        rollback.dismiss();
        // Only the bookkeeping tables changed: no account, no manifest, no accountsChanged().
        if (auto committed = m_store->commit(); !committed) {
            return committed.error();
        }
        return record;
    }

    Result<QList<BackupRecord>> Vault::backups() const
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        auto rows = m_store->backupRows();
        if (!rows) {
            return rows.error();
        }
        QList<BackupRecord> records;
        records.reserve(rows->size());
        for (const VaultStore::BackupRow& row : std::as_const(*rows)) {
            auto record = BackupLog::open(m_masterKey, m_vaultId, row);
            if (record) {
                records.append(std::move(record).value());
            }
        }
        std::stable_sort(records.begin(), records.end(),
            [](const BackupRecord& a, const BackupRecord& b) { return a.time > b.time; });
        return records;
    }

    Result<AccountBackupStatus> Vault::backupStatus(const QUuid& accountId) const
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        if (!m_entries.contains(accountId)) {
            return notFound(accountId);
        }
        auto all = backupStatuses();
        if (!all) {
            return all.error();
        }
        return all->value(accountId);
    }

    Result<QHash<QUuid, AccountBackupStatus>> Vault::backupStatuses() const
    {
        auto records = backups();
        if (!records) {
            return records.error();
        }
        QHash<QUuid, AccountBackupStatus> statuses;
        statuses.reserve(m_entries.size());
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            AccountBackupStatus status;
            status.accountId = it.key();
            status.currentRevision = it->revision;
            statuses.insert(it.key(), status);
        }
        // Newest first: the first record holding an account is its last backup.
        for (const BackupRecord& record : std::as_const(*records)) {
            for (auto it = record.accountRevisions.cbegin(); it != record.accountRevisions.cend(); ++it) {
                const auto status = statuses.find(it.key());
                if (status == statuses.end() || status->lastBackup) {
                    continue;
                }
                status->backedUpRevision = it.value();
                status->lastBackup = record;
            }
        }
        return statuses;
    }

    Result<void> Vault::forgetBackups(const QList<QUuid>& backupIds)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready;
        }
        if (auto writable = requireWritable(); !writable) {
            return writable;
        }
        if (backupIds.isEmpty()) {
            return {};
        }
        auto followed = followReplacedFile();
        if (!followed) {
            return followed.error();
        }
        QList<QByteArray> keys;
        keys.reserve(backupIds.size());
        for (const QUuid& id : backupIds) {
            keys.append(VaultFormat::uuidBytes(id));
        }
        if (auto begun = m_store->beginWrite(); !begun) {
            return begun;
        }
        if (auto deleted = m_store->deleteBackups(keys); !deleted) {
            m_store->rollback();
            return deleted;
        }
        return m_store->commit();
    }

    // ---- Copies ----------------------------------------------------------------------------

    Result<void> Vault::writeCopy(const QString& target)
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready;
        }
        auto followed = followReplacedFile();
        if (!followed) {
            return followed.error();
        }
        if (auto copied = m_store->vacuumInto(target); !copied) {
            return copied.error().withContext(tr("Copying the vault to %1").arg(target));
        }
        return {};
    }

    Result<VaultCopyReport> Vault::verifyCopy(const QString& path) const
    {
        if (auto ready = requireUnlocked(); !ready) {
            return ready.error();
        }
        const auto damaged = [&path](const QString& what) {
            return Error(Error::Kind::Corrupt, tr("The copy %1 is not usable: %2").arg(path, what));
        };
        VaultStore copy(path, m_options.busyTimeoutMs);
        if (auto opened = copy.openReadOnly(); !opened) {
            return opened.error().withContext(tr("Checking the copy %1").arg(path));
        }
        if (auto checked = copy.integrityCheck(); !checked) {
            return damaged(checked.error().message());
        }
        if (auto begun = copy.beginRead(); !begun) {
            return begun.error();
        }
        auto endRead = qScopeGuard([&copy] { copy.endRead(); });

        VaultCopyReport report;
        auto version = copy.schemaVersion();
        auto vaultId = copy.vaultId();
        if (!version || !vaultId) {
            return damaged(version ? vaultId.error().message() : version.error().message());
        }
        report.schemaVersion = *version;
        report.vaultId = *vaultId;
        if (*vaultId != m_vaultId) {
            return Error(Error::Kind::InvalidInput, tr("%1 is a copy of another vault, not of this one.").arg(path));
        }
        for (const SlotType type : {SlotType::Password, SlotType::RecoveryKey}) {
            auto stored = copy.slot(type);
            if (!stored || !stored->has_value()) {
                return damaged(tr("its %1 slot is missing.").arg(KeySlot::describe(type)));
            }
            auto& s = **stored;
            auto slot = KeySlot::fromStored(
                s.type, std::move(s.header), std::move(s.nonce), std::move(s.sealedKey), std::move(s.checksum));
            if (!slot || slot->vaultId() != m_vaultId) {
                return damaged(tr("its %1 slot cannot be read.").arg(KeySlot::describe(type)));
            }
        }
        auto storedManifest = copy.manifest();
        if (!storedManifest) {
            return storedManifest.error();
        }
        if (!storedManifest->has_value()) {
            return damaged(tr("its list of accounts is missing."));
        }
        const auto& m = **storedManifest;
        auto manifest = Manifest::open(m_masterKey, m_vaultId, m.generation, m.format, m.nonce, m.ciphertext);
        if (!manifest) {
            return damaged(tr("its list of accounts does not open with this vault's key."));
        }
        auto rows = copy.accountRows();
        if (!rows) {
            return rows.error();
        }
        endRead.dismiss();
        copy.endRead();

        // One guarded buffer for every record in turn (wiped when it is freed), not one per account.
        std::size_t largest = 0;
        for (const auto& row : std::as_const(*rows)) {
            largest = std::max(largest, Aead::plaintextSize(row.ciphertext));
        }
        SecureBytes buffer(std::max<std::size_t>(largest, 1));
        for (const auto& row : std::as_const(*rows)) {
            const auto id = row.wellFormed ? VaultFormat::uuidFromBytes(row.uuid) : std::nullopt;
            if (!id || report.accountRevisions.contains(*id) || row.format != VaultFormat::AccountRecordFormat) {
                return damaged(tr("an account row is damaged."));
            }
            auto opened = Aead::openInto(m_masterKey, row.nonce, row.ciphertext,
                VaultFormat::accountAssociatedData(m_vaultId, *id, row.revision, row.format), buffer.data(),
                buffer.size());
            if (!opened) {
                return damaged(
                    tr("account %1 does not decrypt with this vault's key.").arg(id->toString(QUuid::WithoutBraces)));
            }
            auto summary = AccountCodec::decodeSummary(
                QByteArrayView(buffer.data(), static_cast<qsizetype>(*opened)), *id, row.revision);
            if (!summary) {
                return damaged(tr("account %1 cannot be read.").arg(id->toString(QUuid::WithoutBraces)));
            }
            report.accountRevisions.insert(*id, row.revision);
            if (summary->isTrashed()) {
                ++report.trashedAccounts;
            } else {
                ++report.activeAccounts;
            }
        }
        if (report.accountRevisions != manifest->revisions) {
            return damaged(tr("its accounts do not match its authenticated list of accounts."));
        }
        return report;
    }
}
