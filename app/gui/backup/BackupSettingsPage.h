#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tessera::gui
{
    class AppSettings;

    /// The settings' Backups tab: automatic backups on or off, the folder they go to (a synced folder is
    /// a good choice: the copies are encrypted like the vault), and the way to bring accounts back.
    class BackupSettingsPage : public QWidget
    {
        Q_OBJECT

    public:
        explicit BackupSettingsPage(AppSettings& settings, QWidget* parent = nullptr);

        [[nodiscard]] QCheckBox* enabledBox() const { return m_enabled; }
        [[nodiscard]] QLabel* folderLabel() const { return m_folder; }
        [[nodiscard]] QPushButton* restoreButton() const { return m_restore; }
        /// Turns automatic backups on into `folder` (what "Choose Folder…" does after its dialog).
        void useFolder(const QString& folder);

    signals:
        void restoreRequested();

    private:
        void chooseFolder();
        void setEnabled(bool enabled);
        void load();

        AppSettings& m_settings;
        QCheckBox* m_enabled;
        QLabel* m_folder;
        QPushButton* m_choose;
        QPushButton* m_restore;
    };
}
