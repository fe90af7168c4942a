#include "SingleInstance.h"

#include "DesktopLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <array>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace tessera::gui
{
    namespace
    {
        constexpr quint32 messageMagic = 0x54534931; // "TSI1"
        constexpr quint16 protocolVersion = 1;
        constexpr char acknowledgement = '\x06';
        constexpr auto connectionTimeout = std::chrono::seconds(5);
        constexpr auto retryPause = std::chrono::milliseconds(50);
        constexpr int lengthBytes = 4;

        QString lockFilePath(const QString& serverName)
        {
            const QString path = QDir::isAbsolutePath(serverName) ? serverName : QDir::temp().filePath(serverName);
            return path + QStringLiteral(".lock");
        }

        QByteArray encode(const InstanceMessage& message)
        {
            QByteArray payload;
            QDataStream out(&payload, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << messageMagic << protocolVersion << message.arguments << message.workingDirectory
                << message.activationToken;
            std::array<char, lengthBytes> length{};
            qToBigEndian(static_cast<quint32>(payload.size()), length.data());
            return QByteArray(length.data(), lengthBytes) + payload;
        }

        bool decode(const QByteArray& payload, InstanceMessage& message)
        {
            QDataStream in(payload);
            in.setVersion(QDataStream::Qt_6_4);
            quint32 magic = 0;
            quint16 version = 0;
            in >> magic >> version;
            if (in.status() != QDataStream::Ok || magic != messageMagic || version != protocolVersion) {
                return false;
            }
            in >> message.arguments >> message.workingDirectory >> message.activationToken;
            return in.status() == QDataStream::Ok;
        }

        qint64 userId()
        {
#if defined(Q_OS_UNIX)
            return static_cast<qint64>(::getuid());
#else
            return 0;
#endif
        }
    }

    InstanceMessage InstanceMessage::fromCurrentProcess()
    {
        InstanceMessage message;
        message.arguments = QCoreApplication::arguments();
        message.workingDirectory = QDir::currentPath();
        message.activationToken = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
        if (message.activationToken.isEmpty()) {
            message.activationToken = qEnvironmentVariable("DESKTOP_STARTUP_ID");
        }
        return message;
    }

    SingleInstance::SingleInstance(QString serverName, QObject* parent)
        : QObject(parent)
        , m_serverName(std::move(serverName))
    { }

    SingleInstance::~SingleInstance()
    {
        if (m_server != nullptr) {
            m_server->close(); // removes the socket file
        }
        releaseLock();
    }

    QString SingleInstance::serverNameForVault(const QString& vaultPath)
    {
        const QFileInfo info(vaultPath);
        QString canonical = info.canonicalFilePath(); // empty while the vault does not exist yet
        if (canonical.isEmpty()) {
            canonical = QDir::cleanPath(info.absoluteFilePath());
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayLiteral("tessera-instance\n"));
        hash.addData(QByteArray(QByteArray::number(userId()) + '\n'));
        hash.addData(canonical.toUtf8());
        const QString name = QStringLiteral("tessera-") + QString::fromLatin1(hash.result().toHex().left(24));

        // The runtime directory is private to the user (0700), so nobody else can reach or
        // squat the socket; Qt falls back to a private folder in /tmp when it is not set.
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
    }

    Result<SingleInstance::Role> SingleInstance::claim()
    {
        if (m_server != nullptr) {
            return Role::Primary;
        }
        m_lock = std::make_unique<QLockFile>(lockFilePath(m_serverName));
        // Only a lock whose process is gone is stale; a live primary may hold it for days.
        m_lock->setStaleLockTime(std::chrono::milliseconds::zero());
        if (!m_lock->tryLock(std::chrono::milliseconds::zero())) {
            const QLockFile::LockError error = m_lock->error();
            m_lock.reset();
            if (error == QLockFile::LockFailedError) {
                return Role::Secondary;
            }
            return Error(Error::Kind::Io,
                QCoreApplication::translate("SingleInstance",
                    "Tessera could not create its lock file in %1. Check that the folder exists and is writable.")
                    .arg(QDir::toNativeSeparators(QFileInfo(lockFilePath(m_serverName)).absolutePath())));
        }

        // We hold the lock, so a socket file that is still there was left by a crashed instance.
        QLocalServer::removeServer(m_serverName);
        auto* server = new QLocalServer(this);
        server->setSocketOptions(QLocalServer::UserAccessOption);
        if (!server->listen(m_serverName)) {
            const QString reason = server->errorString();
            delete server;
            releaseLock();
            return Error(Error::Kind::Io,
                QCoreApplication::translate("SingleInstance",
                    "Tessera could not listen for other windows being opened (%1). Starting it again may "
                    "open a second window.")
                    .arg(reason));
        }
        m_server = server;
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
        return Role::Primary;
    }

    Result<void> SingleInstance::forward(const InstanceMessage& message, std::chrono::milliseconds timeout) const
    {
        const QDeadlineTimer deadline(timeout);
        const auto notAnswering = [] {
            return Error(Error::Kind::Io,
                QCoreApplication::translate("SingleInstance",
                    "Tessera is already running but did not answer. Close it (or end it from a task manager) "
                    "and start it again."));
        };

        QLocalSocket socket;
        for (;;) {
            socket.connectToServer(m_serverName);
            if (socket.waitForConnected(static_cast<int>(deadline.remainingTime()))) {
                break;
            }
            socket.abort();
            if (deadline.hasExpired()) {
                return notAnswering();
            }
            QThread::msleep(static_cast<unsigned long>(std::min<qint64>(retryPause.count(), deadline.remainingTime())));
        }

        socket.write(encode(message));
        while (socket.bytesToWrite() > 0) {
            if (!socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
                return notAnswering();
            }
        }
        while (socket.bytesAvailable() < 1) {
            if (!socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
                return notAnswering();
            }
        }
        char answer = 0;
        if (!socket.getChar(&answer) || answer != acknowledgement) {
            return notAnswering();
        }
        socket.disconnectFromServer();
        return {};
    }

    bool SingleInstance::isPrimary() const
    {
        return m_server != nullptr;
    }

    const QString& SingleInstance::serverName() const
    {
        return m_serverName;
    }

    void SingleInstance::acceptConnections()
    {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
            // A client that connects and stalls must not hold a socket forever.
            QTimer::singleShot(connectionTimeout, socket, &QLocalSocket::abort);
        }
    }

    void SingleInstance::readMessage(QLocalSocket* socket)
    {
        if (socket->bytesAvailable() < lengthBytes) {
            return;
        }
        const QByteArray header = socket->peek(lengthBytes);
        const quint32 length = qFromBigEndian<quint32>(header.constData());
        if (length > static_cast<quint32>(maximumMessageBytes)) {
            qCWarning(lcDesktop) << "Ignoring an oversized message from another Tessera process";
            socket->abort();
            return;
        }
        if (socket->bytesAvailable() < lengthBytes + static_cast<qint64>(length)) {
            return; // the rest is still on its way
        }
        socket->skip(lengthBytes);
        InstanceMessage message;
        if (!decode(socket->read(length), message)) {
            qCWarning(lcDesktop) << "Ignoring a malformed message from another Tessera process";
            socket->abort();
            return;
        }
        socket->putChar(acknowledgement);
        socket->flush();
        socket->disconnectFromServer();
        emit messageReceived(message);
    }

    void SingleInstance::releaseLock()
    {
        if (m_lock) {
            m_lock->unlock();
            m_lock.reset();
        }
    }
}
