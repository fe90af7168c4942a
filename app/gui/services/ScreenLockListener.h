#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

class QDBusPendingCallWatcher;

namespace tessera::gui
{
    /// Tells when the desktop locks the screen or the computer is about to sleep, so the vault
    /// locks with it. Follows, on the session bus, ActiveChanged(true) of org.freedesktop.ScreenSaver
    /// and its GNOME, Cinnamon, MATE and Xfce variants; on the system bus, logind's
    /// PrepareForSleep(true) and Lock on this process's session. A bus or service that is not
    /// there is normal (a minimal window manager, a container): nothing is reported or printed.
    class ScreenLockListener : public QObject
    {
        Q_OBJECT

    public:
        /// Listens on the user's session bus and the system bus.
        explicit ScreenLockListener(QObject* parent = nullptr);
        /// Listens on the given connections (tests pass a private bus).
        ScreenLockListener(
            const QDBusConnection& sessionBus, const QDBusConnection& systemBus, QObject* parent = nullptr);

        /// Whether at least one bus was reachable.
        [[nodiscard]] bool isListening() const;
        /// The logind session object whose Lock signal is followed; empty until logind answered,
        /// or when there is no logind session.
        [[nodiscard]] QString loginSessionPath() const;

    signals:
        /// The screen saver or the session locked.
        void screenLocked();
        /// The computer is about to suspend or hibernate.
        void aboutToSleep();

    private:
        void listenToSessionBus(const QDBusConnection& bus);
        void listenToSystemBus(const QDBusConnection& bus);
        void onScreenSaverActiveChanged(bool active);
        void onPrepareForSleep(bool start);
        void onSessionFound(QDBusPendingCallWatcher* watcher);

        QDBusConnection m_systemBus;
        QString m_sessionPath;
        bool m_listening = false;
        bool m_screenSaverActive = false;
    };
}
