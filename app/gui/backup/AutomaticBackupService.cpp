#include "AutomaticBackupService.h"

#include "AutomaticBackup.h"
#include "BackupRecord.h"
#include "app/VaultHolder.h"
#include "services/AppSettings.h"

namespace tessera::gui
{
    AutomaticBackupService::AutomaticBackupService(VaultHolder& holder, AppSettings& settings, QObject* parent)
        : QObject(parent)
        , m_holder(holder)
        , m_settings(settings)
    {
        connect(&m_holder, &VaultHolder::unlocked, this, &AutomaticBackupService::restart);
        connect(&m_holder, &VaultHolder::locked, this, &AutomaticBackupService::stop);
        connect(&m_holder, &VaultHolder::vaultReplaced, this, &AutomaticBackupService::stop);
        connect(&m_settings, &AppSettings::automaticBackupFolderChanged, this, &AutomaticBackupService::restart);
        if (m_holder.isUnlocked()) {
            restart();
        }
    }

    AutomaticBackupService::~AutomaticBackupService() = default;

    void AutomaticBackupService::flush()
    {
        if (!m_backup) {
            return;
        }
        if (auto flushed = m_backup->flush(); !flushed) {
            emit backupFailed(flushed.error().message());
        }
    }

    void AutomaticBackupService::restart()
    {
        // A copy pending for the old folder is written there first.
        flush();
        m_backup.reset();
        const QString folder = m_settings.automaticBackupFolder();
        if (folder.isEmpty() || !m_holder.isUnlocked()) {
            return;
        }
        m_backup = std::make_unique<AutomaticBackup>(m_holder.vault(), folder);
        connect(m_backup.get(), &AutomaticBackup::backupWritten, this, &AutomaticBackupService::backupWritten);
        connect(m_backup.get(), &AutomaticBackup::backupFailed, this,
            [this](const QString& message) { emit backupFailed(tr("The automatic backup failed: %1").arg(message)); });
        // A first copy right away when the folder holds none that is current.
        if (auto first = m_backup->backUpNow(); !first) {
            emit backupFailed(tr("The automatic backup failed: %1").arg(first.error().message()));
        }
    }

    void AutomaticBackupService::stop()
    {
        // The vault already wrote its last copy as it locked (Vault::aboutToLock).
        m_backup.reset();
    }
}
