#pragma once

#include "Result.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace tessera::gui
{
    /// What a second `tessera` hands to the running one.
    struct InstanceMessage
    {
        QStringList arguments;    ///< as QCoreApplication::arguments() gives them, program name first
        QString workingDirectory; ///< for relative paths among the arguments
        QString activationToken;  ///< XDG_ACTIVATION_TOKEN or DESKTOP_STARTUP_ID, to raise the window

        /// This process's arguments, working directory and activation token.
        static InstanceMessage fromCurrentProcess();
    };

    /// One Tessera per user and vault. The first instance holds a lock file and listens on a local
    /// socket in the user's runtime directory; a later one finds the lock taken, forwards its
    /// arguments over the socket, waits for the acknowledgement and exits. A socket or lock left by
    /// a crashed instance is detected (the lock's process is gone) and replaced.
    class SingleInstance : public QObject
    {
        Q_OBJECT

    public:
        enum class Role
        {
            Primary,   ///< this process serves the vault; messageReceived() brings the others
            Secondary, ///< another process does: forward() to it, then exit
        };

        /// serverName: a socket path (absolute) or a plain name (placed in the temporary folder).
        /// The lock file is the same path plus ".lock".
        explicit SingleInstance(QString serverName, QObject* parent = nullptr);
        ~SingleInstance() override;

        SingleInstance(const SingleInstance&) = delete;
        SingleInstance& operator=(const SingleInstance&) = delete;

        /// The server name for a vault: the user's runtime directory plus a hash of the vault's
        /// canonical path and the user id, so each user and vault has its own instance.
        static QString serverNameForVault(const QString& vaultPath);

        /// Becomes the primary instance (takes the lock, removes a stale socket, listens) or finds
        /// that another process is. Fails when neither the lock nor the socket can be created.
        [[nodiscard]] Result<Role> claim();

        /// Hands a message to the primary instance and waits for its acknowledgement. Retries the
        /// connection until the timeout, since a primary that just started may not listen yet.
        [[nodiscard]] Result<void> forward(
            const InstanceMessage& message, std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;

        [[nodiscard]] bool isPrimary() const;
        [[nodiscard]] const QString& serverName() const;

        /// Largest message accepted, in bytes: arguments are a few URIs, not files.
        static constexpr int maximumMessageBytes = 64 * 1024;

    signals:
        /// Another `tessera` was started and handed over its arguments.
        void messageReceived(const tessera::gui::InstanceMessage& message);

    private:
        void acceptConnections();
        void readMessage(QLocalSocket* socket);
        void releaseLock();

        QString m_serverName;
        std::unique_ptr<QLockFile> m_lock;
        QLocalServer* m_server = nullptr;
    };
}

Q_DECLARE_METATYPE(tessera::gui::InstanceMessage)
