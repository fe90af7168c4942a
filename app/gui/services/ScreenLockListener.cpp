#include "ScreenLockListener.h"

#include "DesktopLogging.h"
#include "ScreenLockListener_p.h"

#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <array>

namespace tessera::gui
{
    namespace
    {
        constexpr std::array screenSaverInterfaces{
            "org.freedesktop.ScreenSaver",
            "org.gnome.ScreenSaver",
            "org.cinnamon.ScreenSaver",
            "org.mate.ScreenSaver",
            "org.xfce.ScreenSaver",
        };
    }

    ScreenLockListener::ScreenLockListener(QObject* parent)
        : ScreenLockListener(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent)
    { }

    ScreenLockListener::ScreenLockListener(
        const QDBusConnection& sessionBus, const QDBusConnection& systemBus, QObject* parent)
        : QObject(parent)
        , m_systemBus(systemBus)
    {
        listenToSessionBus(sessionBus);
        listenToSystemBus(systemBus);
    }

    bool ScreenLockListener::isListening() const
    {
        return m_listening;
    }

    QString ScreenLockListener::loginSessionPath() const
    {
        return m_sessionPath;
    }

    void ScreenLockListener::listenToSessionBus(const QDBusConnection& bus)
    {
        if (!bus.isConnected()) {
            qCDebug(lcDesktop) << "No session bus: screen saver locks are not followed";
            return;
        }
        m_listening = true;
        for (const char* name : screenSaverInterfaces) {
            auto* proxy = new detail::ScreenSaverProxy(name, bus, this);
            connect(
                proxy, &detail::ScreenSaverProxy::ActiveChanged, this, &ScreenLockListener::onScreenSaverActiveChanged);
        }
    }

    void ScreenLockListener::listenToSystemBus(const QDBusConnection& bus)
    {
        if (!bus.isConnected()) {
            qCDebug(lcDesktop) << "No system bus: suspend and session locks are not followed";
            return;
        }
        m_listening = true;
        auto* manager = new detail::LoginManagerProxy(bus, this);
        connect(manager, &detail::LoginManagerProxy::PrepareForSleep, this, &ScreenLockListener::onPrepareForSleep);

        // "auto" is the session of the caller (or the user's display session when the process
        // runs outside one, e.g. as a user service).
        QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
        if (sessionId.isEmpty()) {
            sessionId = QStringLiteral("auto");
        }
        auto* watcher = new QDBusPendingCallWatcher(manager->asyncCall(QStringLiteral("GetSession"), sessionId), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, &ScreenLockListener::onSessionFound);
    }

    void ScreenLockListener::onScreenSaverActiveChanged(bool active)
    {
        // Several interfaces (and paths) may announce the same lock: report it once.
        if (active && !m_screenSaverActive) {
            m_screenSaverActive = true;
            emit screenLocked();
        } else if (!active) {
            m_screenSaverActive = false;
        }
    }

    void ScreenLockListener::onPrepareForSleep(bool start)
    {
        if (start) {
            emit aboutToSleep();
        }
    }

    void ScreenLockListener::onSessionFound(QDBusPendingCallWatcher* watcher)
    {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            qCDebug(lcDesktop) << "No logind session to follow:" << reply.error().message();
            return;
        }
        m_sessionPath = reply.value().path();
        auto* session = new detail::LoginSessionProxy(m_sessionPath, m_systemBus, this);
        connect(session, &detail::LoginSessionProxy::Lock, this, &ScreenLockListener::screenLocked);
    }
}
