#pragma once

#include "services/AutostartEntry.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tessera
{
    class Vault;
}

namespace tessera::gui
{
    class AppSettings;
    class BackupSettingsPage;
    class Clipboard;
    class InlineMessage;

    /// The preferences, over AppSettings. Every change is stored as soon as it is made (there is
    /// no Apply step), so the services that follow AppSettings' signals (clipboard, auto-lock,
    /// theme, tray, list) update while the dialog is open; "Close" closes it.
    ///
    /// Security: auto-lock minutes, lock on screen lock or sleep, clipboard clearing, and the
    /// buttons "Change Password…" (ChangePasswordDialog) and "Show or Regenerate Recovery Key…"
    /// (RecoveryKeyDialog), which work once setVault() gave an unlocked vault.
    /// General: start at login (the XDG autostart entry, AutostartEntry), tray icon, close to tray,
    /// start minimised, theme, language (from the next start), next code, code reveal, sort order.
    class SettingsDialog : public QDialog
    {
        Q_OBJECT

    public:
        /// `autostart` is the entry "Start at login" writes and removes (the user's, by default).
        explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
        SettingsDialog(AppSettings& settings, AutostartEntry autostart, QWidget* parent = nullptr);

        /// The vault the password and recovery key buttons act on, and the clipboard the recovery
        /// key is copied through. Null (the default) or a locked vault disables the buttons.
        void setVault(Vault* vault, Clipboard* clipboard);

    signals:
        /// Forwarded from the dialogs the buttons open.
        void passwordChanged();
        void recoveryKeyRegenerated();
        /// "Restore from an Automatic Backup…" on the Backups tab.
        void restoreRequested();

    private:
        void load();
        void updateVaultButtons();
        void changePassword();
        void showRecoveryKey();
        void setStartAtLogin(bool start);

        AppSettings& m_settings;
        AutostartEntry m_autostart;
        QPointer<Vault> m_vault;
        Clipboard* m_clipboard = nullptr;

        QSpinBox* m_autoLock;
        QCheckBox* m_lockOnScreenLock;
        QSpinBox* m_clipboardTimeout;
        QPushButton* m_changePassword;
        QPushButton* m_recoveryKey;
        QLabel* m_vaultNote;
        QCheckBox* m_startAtLogin;
        InlineMessage* m_startAtLoginProblem;
        QCheckBox* m_showTray;
        QCheckBox* m_closeToTray;
        QCheckBox* m_startMinimized;
        QComboBox* m_theme;
        QComboBox* m_language;
        QCheckBox* m_showNextCode;
        QComboBox* m_codeReveal;
        QComboBox* m_sort;
        BackupSettingsPage* m_backups;
    };
}
