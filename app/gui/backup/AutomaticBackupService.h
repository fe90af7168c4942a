#pragma once

#include <QObject>

#include <memory>

namespace tessera
{
    class AutomaticBackup;
    struct BackupRecord;
}

namespace tessera::gui
{
    class AppSettings;
    class VaultHolder;

    /// Runs core's AutomaticBackup for the unlocked vault when the user chose a folder: created on
    /// unlock and when the folder setting changes, gone on lock (the copy of the last changes is written
    /// as the vault locks) and flushed before quitting. Failures are reported, never silent.
    class AutomaticBackupService : public QObject
    {
        Q_OBJECT

    public:
        AutomaticBackupService(VaultHolder& holder, AppSettings& settings, QObject* parent = nullptr);
        ~AutomaticBackupService() override;

        [[nodiscard]] bool isActive() const { return m_backup != nullptr; }
        [[nodiscard]] AutomaticBackup* backup() const { return m_backup.get(); }
        /// Writes the pending copy now (before quitting).
        void flush();

    signals:
        void backupWritten(const tessera::BackupRecord& record);
        /// One sentence: what failed and what to do.
        void backupFailed(const QString& message);

    private:
        void restart();
        void stop();

        VaultHolder& m_holder;
        AppSettings& m_settings;
        std::unique_ptr<AutomaticBackup> m_backup;
    };
}
