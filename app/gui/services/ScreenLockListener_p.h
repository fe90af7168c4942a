#pragma once

// Typed D-Bus proxies for the signals ScreenLockListener follows. Declaring the signals on a
// QDBusAbstractInterface lets Qt relay them to pointer-to-member connections.

#include <QDBusAbstractInterface>

namespace tessera::gui::detail
{
    /// org.freedesktop.ScreenSaver and the GNOME, Cinnamon, MATE and Xfce variants. Service and
    /// path are left open: each desktop publishes the interface under its own name and paths.
    class ScreenSaverProxy : public QDBusAbstractInterface
    {
        Q_OBJECT

    public:
        ScreenSaverProxy(const char* interfaceName, const QDBusConnection& bus, QObject* parent)
            : QDBusAbstractInterface(QString(), QString(), interfaceName, bus, parent)
        { }

    signals:
        void ActiveChanged(bool active); // NOLINT(readability-identifier-naming): the D-Bus member name
    };

    /// systemd-logind's manager object on the system bus.
    class LoginManagerProxy : public QDBusAbstractInterface
    {
        Q_OBJECT

    public:
        LoginManagerProxy(const QDBusConnection& bus, QObject* parent)
            : QDBusAbstractInterface(QStringLiteral("org.freedesktop.login1"),
                QStringLiteral("/org/freedesktop/login1"),
                "org.freedesktop.login1.Manager",
                bus,
                parent)
        { }

    signals:
        void PrepareForSleep(bool start); // NOLINT(readability-identifier-naming)
    };

    /// The logind session this process runs in (`loginctl lock-session` emits Lock on it).
    class LoginSessionProxy : public QDBusAbstractInterface
    {
        Q_OBJECT

    public:
        LoginSessionProxy(const QString& path, const QDBusConnection& bus, QObject* parent)
            : QDBusAbstractInterface(
                QStringLiteral("org.freedesktop.login1"), path, "org.freedesktop.login1.Session", bus, parent)
        { }

    signals:
        void Lock(); // NOLINT(readability-identifier-naming)
    };
}
