#include "PrivateBus.h"

#include <QDBusConnectionInterface>
#include <QFile>

namespace tessera::gui::test
{
    namespace
    {
        int connectionCounter = 0;
    }

    PrivateBus::PrivateBus()
    {
        if (!m_directory.isValid()) {
            m_error = QStringLiteral("no temporary directory");
            return;
        }
        const QString config = m_directory.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write ") + config;
            return;
        }
        file.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=%1</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
                       .arg(m_directory.path())
                       .toUtf8());
        file.close();

        m_daemon.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted(5000)) {
            m_error = QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
            return;
        }
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(5000)) {
                m_error = QStringLiteral("dbus-daemon printed no address: ")
                    + QString::fromLocal8Bit(m_daemon.readAllStandardError());
                return;
            }
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }

    PrivateBus::~PrivateBus()
    {
        for (const QString& name : std::as_const(m_connections)) {
            QDBusConnection::disconnectFromBus(name);
        }
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000)) {
                m_daemon.kill();
                m_daemon.waitForFinished(5000);
            }
        }
    }

    bool PrivateBus::isRunning() const
    {
        return !m_address.isEmpty();
    }

    const QString& PrivateBus::errorText() const
    {
        return m_error;
    }

    QDBusConnection PrivateBus::connect()
    {
        const QString name = QStringLiteral("tessera-test-bus-%1").arg(++connectionCounter);
        m_connections.append(name);
        return QDBusConnection::connectToBus(m_address, name);
    }

    void PrivateBus::roundTrip(const QDBusConnection& connection)
    {
        (void)connection.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.DBus"));
    }

    QDBusConnection PrivateBus::absent()
    {
        return QDBusConnection(QStringLiteral("tessera-test-no-bus"));
    }
}
