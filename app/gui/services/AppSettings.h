#pragma once

#include "Preferences.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <chrono>
#include <memory>

class QSettings;

namespace tessera::gui
{
    /// The desktop app's preferences, typed, with their defaults and bounds, stored in QSettings.
    /// Each setter stores the value and, when it changed, emits the matching signal, so the
    /// services (Clipboard, InactivityTimer, ThemeManager, ...) can follow the settings page live.
    class AppSettings : public QObject
    {
        Q_OBJECT

    public:
        static constexpr std::chrono::seconds defaultClipboardTimeout{30};
        static constexpr std::chrono::seconds maximumClipboardTimeout{600};
        static constexpr std::chrono::minutes defaultAutoLockTimeout{5};
        static constexpr std::chrono::minutes maximumAutoLockTimeout{24 * 60};

        /// The application's settings (organisation and application name of the QApplication).
        explicit AppSettings(QObject* parent = nullptr);
        /// Settings kept in storage, which must outlive this object (tests pass an INI file).
        explicit AppSettings(QSettings& storage, QObject* parent = nullptr);
        ~AppSettings() override;

        AppSettings(const AppSettings&) = delete;
        AppSettings& operator=(const AppSettings&) = delete;

        /// Seconds until a copied code leaves the clipboard; 0 keeps it until lock or quit.
        [[nodiscard]] std::chrono::seconds clipboardTimeout() const;
        void setClipboardTimeout(std::chrono::seconds timeout);

        /// Idle minutes before the vault locks; 0 never locks on idle.
        [[nodiscard]] std::chrono::minutes autoLockTimeout() const;
        void setAutoLockTimeout(std::chrono::minutes timeout);

        /// Lock when the desktop locks the screen or the computer goes to sleep.
        [[nodiscard]] bool lockOnScreenLock() const;
        void setLockOnScreenLock(bool lock);

        /// Show an icon in the system tray (where the desktop has one).
        [[nodiscard]] bool showTrayIcon() const;
        void setShowTrayIcon(bool show);

        /// Closing the window keeps Tessera running in the tray.
        [[nodiscard]] bool closeToTray() const;
        void setCloseToTray(bool closeToTray);

        /// Start without showing the window (in the tray, or minimised).
        [[nodiscard]] bool startMinimized() const;
        void setStartMinimized(bool minimized);

        [[nodiscard]] ThemeMode theme() const;
        void setTheme(ThemeMode theme);

        /// The interface language ("en", "de", …); empty follows the system. Read at start-up.
        [[nodiscard]] QString language() const;
        void setLanguage(const QString& language);

        /// Show the code that follows the current one in each row.
        [[nodiscard]] bool showNextCode() const;
        void setShowNextCode(bool show);

        [[nodiscard]] CodeReveal codeReveal() const;
        void setCodeReveal(CodeReveal reveal);

        [[nodiscard]] SortMode sortMode() const;
        void setSortMode(SortMode mode);

        /// QWidget::saveGeometry() of the main window; empty until first saved.
        [[nodiscard]] QByteArray windowGeometry() const;
        void setWindowGeometry(const QByteArray& geometry);

        /// The vault opened last; empty before the first vault.
        [[nodiscard]] QString lastVaultPath() const;
        void setLastVaultPath(const QString& path);

        /// Where automatic backups go; empty: they are off.
        [[nodiscard]] QString automaticBackupFolder() const;
        void setAutomaticBackupFolder(const QString& folder);

        /// The recovery assistant's unfinished progress (RecoveryFlow::toJson, compact); empty when none.
        /// It names the account and the provider, never a secret.
        [[nodiscard]] QString recoveryProgress() const;
        /// An empty string forgets it.
        void setRecoveryProgress(const QString& json);

        /// Writes pending changes to storage.
        void sync();

    signals:
        void clipboardTimeoutChanged(std::chrono::seconds timeout);
        void autoLockTimeoutChanged(std::chrono::minutes timeout);
        void lockOnScreenLockChanged(bool lock);
        void showTrayIconChanged(bool show);
        void closeToTrayChanged(bool closeToTray);
        void startMinimizedChanged(bool minimized);
        void themeChanged(tessera::gui::ThemeMode theme);
        void showNextCodeChanged(bool show);
        void codeRevealChanged(tessera::gui::CodeReveal reveal);
        void sortModeChanged(tessera::gui::SortMode mode);
        void automaticBackupFolderChanged(const QString& folder);

    private:
        [[nodiscard]] bool readBool(const QString& key, bool fallback) const;
        [[nodiscard]] int readInt(const QString& key, int fallback, int minimum, int maximum) const;
        [[nodiscard]] QString readString(const QString& key) const;
        void write(const QString& key, const QVariant& value);

        std::unique_ptr<QSettings> m_owned;
        QSettings& m_settings;
    };
}
