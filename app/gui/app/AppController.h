#pragma once

#include "app/AppContext.h"
#include "services/LaunchRequest.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace tessera::gui
{
    class AccountListModel;
    class Clipboard;
    class CodeCopier;
    class InactivityTimer;
    class AssistantLauncher;
    class MainWindow;
    class QuickSearchPopup;
    class ScreenLockListener;
    class TrashListModel;
    class TrayIcon;
    class VaultHolder;
    class VaultWatcher;
    struct InstanceMessage;

    /// The running application: owns the vault, the models, the desktop services and the windows,
    /// and wires them together. It decides when to lock (idle, screen lock, sleep, Ctrl+L, the
    /// tray) and what locking does (close dialogs, clear our clipboard, wipe the decrypted data,
    /// show the unlock page), follows the settings live, and serves launch requests from this
    /// process's command line and from later `tessera` starts.
    class AppController : public QObject
    {
        Q_OBJECT

    public:
        enum class LockReason
        {
            User,
            Idle,
            ScreenLocked,
            Sleep,
        };

        explicit AppController(AppContext context, QObject* parent = nullptr);
        ~AppController() override;

        AppController(const AppController&) = delete;
        AppController& operator=(const AppController&) = delete;

        /// Shows the window (or not, when starting minimised to the tray), then serves request.
        void start(const LaunchRequest& request);
        /// What a start of `tessera` asks for, in the running instance.
        void handle(const LaunchRequest& request);
        /// A second `tessera` handed over its arguments.
        void handleMessage(const tessera::gui::InstanceMessage& message);

        void lock(LockReason reason);
        void quit();

        [[nodiscard]] AppContext& context() { return m_context; }
        [[nodiscard]] VaultHolder& holder() const { return *m_holder; }
        [[nodiscard]] AccountListModel& model() const { return *m_model; }
        [[nodiscard]] Clipboard& clipboard() const { return *m_clipboard; }
        [[nodiscard]] InactivityTimer& inactivity() const { return *m_inactivity; }
        [[nodiscard]] VaultWatcher& watcher() const { return *m_watcher; }
        [[nodiscard]] CodeCopier& copier() const { return *m_copier; }
        [[nodiscard]] MainWindow& mainWindow() const { return *m_window; }
        [[nodiscard]] QuickSearchPopup& quickSearch() const { return *m_quickSearch; }
        [[nodiscard]] AssistantLauncher& assistants() const { return *m_assistants; }
        /// Null without desktop integration.
        [[nodiscard]] TrayIcon* trayIcon() const { return m_tray; }

    signals:
        void quitRequested();

    private:
        void applySettings();
        void updateTray();
        void updateActivity();
        void onUnlocked();
        void onLocked();
        void onAccountsShown();
        void showQuickSearch();
        [[nodiscard]] QString reasonText(LockReason reason) const;

        AppContext m_context;
        VaultHolder* m_holder;
        Clipboard* m_clipboard;
        InactivityTimer* m_inactivity;
        AccountListModel* m_model;
        TrashListModel* m_trash;
        CodeCopier* m_copier;
        VaultWatcher* m_watcher;
        TrayIcon* m_tray = nullptr;
        ScreenLockListener* m_screenLock = nullptr;
        std::unique_ptr<MainWindow> m_window;
        std::unique_ptr<QuickSearchPopup> m_quickSearch;
        AssistantLauncher* m_assistants = nullptr; ///< owned by the window
        std::optional<LockReason> m_lockReason;
        QString m_pendingUri;
        bool m_pendingAdd = false;
    };
}
