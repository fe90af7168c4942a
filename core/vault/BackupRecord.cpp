#include "BackupRecord.h"

#include <array>
#include <utility>

namespace tessera
{
    namespace
    {
        constexpr std::array<std::pair<BackupKind, const char*>, 7> KindNames{{
            {BackupKind::AutomaticCopy, "automatic-copy"},
            {BackupKind::TesseraBackup, "tessera-backup"},
            {BackupKind::AegisEncrypted, "aegis-encrypted"},
            {BackupKind::AegisPlain, "aegis-plain"},
            {BackupKind::UriList, "uri-list"},
            {BackupKind::GoogleMigration, "google-migration"},
            {BackupKind::Pdf, "pdf"},
        }};
    }

    QString BackupRecord::kindName(BackupKind kind)
    {
        for (const auto& [known, name] : KindNames) {
            if (known == kind) {
                return QString::fromLatin1(name);
            }
        }
        return QStringLiteral("unknown");
    }

    std::optional<BackupKind> BackupRecord::kindFromName(const QString& name)
    {
        for (const auto& [kind, known] : KindNames) {
            if (name == QLatin1String(known)) {
                return kind;
            }
        }
        return std::nullopt;
    }

    QString BackupRecord::describe(BackupKind kind)
    {
        switch (kind) {
        case BackupKind::AutomaticCopy:
            return tr("an automatic copy of the vault");
        case BackupKind::TesseraBackup:
            return tr("a Tessera backup file");
        case BackupKind::AegisEncrypted:
            return tr("an Aegis export (encrypted)");
        case BackupKind::AegisPlain:
            return tr("an Aegis export (not encrypted)");
        case BackupKind::UriList:
            return tr("a list of otpauth:// links");
        case BackupKind::GoogleMigration:
            return tr("Google Authenticator transfer codes");
        case BackupKind::Pdf:
            return tr("a PDF of the accounts");
        }
        return tr("a backup of a kind this version of Tessera does not know");
    }
}
