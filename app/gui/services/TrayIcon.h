#pragma once

#include <QObject>
#include <QSystemTrayIcon>

#include <memory>

class QAction;
class QMenu;

namespace tessera::gui
{
    /// The notification-area icon with Show, Quick search, Lock and Quit. Many desktops have no
    /// tray (stock GNOME among them): the icon then is never created, isShown() stays false and
    /// the window must not hide into it (closing to the tray is only offered when isAvailable()).
    class TrayIcon : public QObject
    {
        Q_OBJECT

    public:
        explicit TrayIcon(QObject* parent = nullptr);
        ~TrayIcon() override;

        TrayIcon(const TrayIcon&) = delete;
        TrayIcon& operator=(const TrayIcon&) = delete;

        /// Whether the desktop has a system tray right now.
        [[nodiscard]] static bool isAvailable();

        /// Shows or hides the icon; showing does nothing without a tray.
        void setVisible(bool visible);
        /// Whether the icon is in the tray.
        [[nodiscard]] bool isShown() const;

        /// Adapts the tooltip and the Lock entry to the vault's state.
        void setLocked(bool locked);

        /// The context menu (also reachable without a tray, for tests and the window's own menu).
        [[nodiscard]] QMenu* menu() const;

    signals:
        void showRequested();
        void quickSearchRequested();
        void lockRequested();
        void quitRequested();

    private:
        void onActivated(QSystemTrayIcon::ActivationReason reason);
        void updateToolTip();

        std::unique_ptr<QMenu> m_menu;
        QAction* m_lockAction;
        QSystemTrayIcon* m_icon = nullptr;
        bool m_locked = true;
    };
}
