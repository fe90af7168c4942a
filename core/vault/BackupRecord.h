#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>

#include <optional>
#include <utility>

namespace tessera
{
    /// What a backup is. The numbers are stored in the vault (the `kind` column of `backups`,
    /// docs/vault-format.md §7): never renumber them.
    enum class BackupKind : int
    {
        AutomaticCopy = 1,   ///< a copy of the vault file itself (AutomaticBackup)
        TesseraBackup = 2,   ///< `export --format tessera`: Tessera's own encrypted backup file
        AegisEncrypted = 3,  ///< Aegis vault, encrypted
        AegisPlain = 4,      ///< Aegis vault, plain
        UriList = 5,         ///< a text file of otpauth:// URIs
        GoogleMigration = 6, ///< Google Authenticator transfer QR codes (otpauth-migration://)
        Pdf = 7,             ///< a printed/PDF sheet of the accounts
    };

    /// One backup as the vault's bookkeeping records it and the readiness audit reads it: when it
    /// was written, what kind it is, where it went, and which accounts it holds at which revision
    /// (AccountSummary::revision). Vault::recordBackup() writes these, Vault::backups() lists them;
    /// tests of the audit build them by hand.
    struct BackupRecord
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::BackupRecord)

    public:
        BackupRecord() = default;
        BackupRecord(QDateTime time,
            BackupKind kind,
            QHash<QUuid, quint64> accountRevisions,
            QUuid id = QUuid(),
            QString location = QString())
            : time(std::move(time))
            , kind(kind)
            , accountRevisions(std::move(accountRevisions))
            , id(id)
            , location(std::move(location))
        { }

        QDateTime time; ///< UTC, millisecond precision
        BackupKind kind = BackupKind::AutomaticCopy;
        QHash<QUuid, quint64> accountRevisions; ///< account id → the revision the backup holds
        QUuid id;                               ///< null until recorded
        QString location;                       ///< where it was written (a file or folder path); may be empty

        [[nodiscard]] bool contains(const QUuid& accountId) const { return accountRevisions.contains(accountId); }
        [[nodiscard]] bool isAutomatic() const { return kind == BackupKind::AutomaticCopy; }

        /// A stable machine name: "automatic-copy", "tessera-backup", "aegis-encrypted", "aegis-plain",
        /// "uri-list", "google-migration", "pdf"; "unknown" for a number this version does not know.
        static QString kindName(BackupKind kind);
        /// The kind for such a name; nullopt for anything else.
        static std::optional<BackupKind> kindFromName(const QString& name);
        /// For people: "an automatic copy of the vault", "an Aegis export (encrypted)", ...
        static QString describe(BackupKind kind);

        bool operator==(const BackupRecord&) const = default;
    };

    /// For one account: the newest backup that holds it, and whether the account changed after it.
    struct AccountBackupStatus
    {
        QUuid accountId;
        quint64 currentRevision = 0;
        /// The newest recorded backup holding the account; nullopt when no backup holds it.
        std::optional<BackupRecord> lastBackup;
        quint64 backedUpRevision = 0; ///< the revision that backup holds (0 when none)

        [[nodiscard]] bool isBackedUp() const { return lastBackup.has_value(); }
        [[nodiscard]] QDateTime lastBackupTime() const { return lastBackup ? lastBackup->time : QDateTime(); }
        /// The account was saved again after its newest backup (false when it is in no backup).
        [[nodiscard]] bool changedSinceBackup() const { return lastBackup && currentRevision > backedUpRevision; }
        /// In no backup, or changed since its newest one.
        [[nodiscard]] bool needsBackup() const { return !lastBackup || currentRevision > backedUpRevision; }

        bool operator==(const AccountBackupStatus&) const = default;
    };
}
