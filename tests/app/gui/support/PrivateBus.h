#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tessera::gui::test
{
    /// A private dbus-daemon for one test: no service activation, everything allowed, gone when
    /// the object is. Stands in for the session or system bus, with fake services on it.
    class PrivateBus
    {
    public:
        PrivateBus();
        ~PrivateBus();

        PrivateBus(const PrivateBus&) = delete;
        PrivateBus& operator=(const PrivateBus&) = delete;

        [[nodiscard]] bool isRunning() const;
        [[nodiscard]] const QString& errorText() const;

        /// A new connection to the bus (each has its own unique name).
        [[nodiscard]] QDBusConnection connect();

        /// A blocking call to the bus daemon: everything sent on connection before it (such as the
        /// match rules of a new signal connection) has been processed when it returns.
        static void roundTrip(const QDBusConnection& connection);
        /// A connection that is not connected to anything (a machine without that bus).
        static QDBusConnection absent();

    private:
        QTemporaryDir m_directory;
        QProcess m_daemon;
        QString m_address;
        QString m_error;
        QStringList m_connections;
    };
}
