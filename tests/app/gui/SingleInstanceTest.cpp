#include "services/SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <future>
#include <thread>

using namespace std::chrono_literals;
using tessera::gui::InstanceMessage;
using tessera::gui::SingleInstance;

namespace
{
    class SingleInstanceTest : public ::testing::Test
    {
    protected:
        /// A distinct server name per test, in a folder of its own.
        [[nodiscard]] QString serverName() const { return directory.filePath(QStringLiteral("instance")); }

        /// Runs what a second `tessera` does, in another thread (as it would in another process),
        /// while this thread's event loop lets the primary answer.
        std::future<QString> launchSecondary(const InstanceMessage& message, std::chrono::milliseconds timeout = 5s)
        {
            return std::async(std::launch::async, [name = serverName(), message, timeout]() -> QString {
                SingleInstance secondary(name);
                const auto role = secondary.claim();
                if (!role.ok()) {
                    return QStringLiteral("claim failed: ") + role.error().message();
                }
                if (role.value() != SingleInstance::Role::Secondary) {
                    return QStringLiteral("became primary");
                }
                const auto forwarded = secondary.forward(message, timeout);
                return forwarded.ok() ? QString() : forwarded.error().message();
            });
        }

        static QString waitFor(std::future<QString>& result)
        {
            const bool finished
                = QTest::qWaitFor([&result] { return result.wait_for(0ms) == std::future_status::ready; }, 10000);
            return finished ? result.get() : QStringLiteral("timed out");
        }

        QTemporaryDir directory;
    };

    TEST_F(SingleInstanceTest, TheFirstInstanceBecomesPrimary)
    {
        ASSERT_TRUE(directory.isValid());
        SingleInstance primary(serverName());
        const auto role = primary.claim();
        ASSERT_TRUE(role.ok()) << role.error().message().toStdString();
        EXPECT_EQ(role.value(), SingleInstance::Role::Primary);
        EXPECT_TRUE(primary.isPrimary());
        EXPECT_TRUE(QFileInfo::exists(serverName()));
    }

    TEST_F(SingleInstanceTest, ASecondInstanceForwardsItsArguments)
    {
        SingleInstance primary(serverName());
        ASSERT_TRUE(primary.claim().ok());
        QSignalSpy received(&primary, &SingleInstance::messageReceived);

        InstanceMessage message;
        message.arguments = {QStringLiteral("tessera"), QStringLiteral("--quick-search")};
        message.workingDirectory = QStringLiteral("/home/alice");
        message.activationToken = QStringLiteral("token-42");
        auto result = launchSecondary(message);

        EXPECT_EQ(waitFor(result), QString());
        ASSERT_EQ(received.count(), 1);
        const auto got = received.at(0).at(0).value<InstanceMessage>();
        EXPECT_EQ(got.arguments, message.arguments);
        EXPECT_EQ(got.workingDirectory, message.workingDirectory);
        EXPECT_EQ(got.activationToken, message.activationToken);
    }

    TEST_F(SingleInstanceTest, ForwardsAnOtpauthLinkAndAnEmptyCommandLine)
    {
        SingleInstance primary(serverName());
        ASSERT_TRUE(primary.claim().ok());
        QSignalSpy received(&primary, &SingleInstance::messageReceived);

        InstanceMessage link;
        link.arguments
            = {QStringLiteral("tessera"), QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP")};
        auto first = launchSecondary(link);
        EXPECT_EQ(waitFor(first), QString());

        InstanceMessage show;
        show.arguments = {QStringLiteral("tessera")};
        auto second = launchSecondary(show);
        EXPECT_EQ(waitFor(second), QString());

        ASSERT_EQ(received.count(), 2);
        EXPECT_EQ(received.at(0).at(0).value<InstanceMessage>().arguments, link.arguments);
        EXPECT_EQ(received.at(1).at(0).value<InstanceMessage>().arguments, show.arguments);
    }

    TEST_F(SingleInstanceTest, InstancesWithDifferentNamesDoNotMeet)
    {
        SingleInstance first(serverName());
        SingleInstance second(directory.filePath(QStringLiteral("other-vault")));
        ASSERT_EQ(first.claim().value(), SingleInstance::Role::Primary);
        EXPECT_EQ(second.claim().value(), SingleInstance::Role::Primary);
    }

    TEST_F(SingleInstanceTest, ASocketLeftByACrashedInstanceIsReplaced)
    {
        // A crash leaves the socket file (and a lock whose process is gone) behind.
        QFile stale(serverName());
        ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
        stale.close();
        QFile lock(serverName() + QStringLiteral(".lock"));
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
        lock.write("2147483646\ntessera\n\n"); // no such process
        lock.close();

        SingleInstance primary(serverName());
        const auto role = primary.claim();
        ASSERT_TRUE(role.ok()) << role.error().message().toStdString();
        EXPECT_EQ(role.value(), SingleInstance::Role::Primary);

        QSignalSpy received(&primary, &SingleInstance::messageReceived);
        InstanceMessage message;
        message.arguments = {QStringLiteral("tessera")};
        auto result = launchSecondary(message);
        EXPECT_EQ(waitFor(result), QString());
        EXPECT_EQ(received.count(), 1);
    }

    TEST_F(SingleInstanceTest, TheNextInstanceTakesOverWhenThePrimaryExits)
    {
        {
            SingleInstance primary(serverName());
            ASSERT_EQ(primary.claim().value(), SingleInstance::Role::Primary);
        }
        SingleInstance next(serverName());
        EXPECT_EQ(next.claim().value(), SingleInstance::Role::Primary);
    }

    TEST_F(SingleInstanceTest, ForwardingFailsClearlyWhenNobodyAnswers)
    {
        SingleInstance lonely(serverName());
        InstanceMessage message;
        message.arguments = {QStringLiteral("tessera")};
        const auto forwarded = lonely.forward(message, 200ms);
        ASSERT_FALSE(forwarded.ok());
        EXPECT_TRUE(forwarded.error().message().contains(QStringLiteral("did not answer")));
    }

    TEST_F(SingleInstanceTest, MalformedAndOversizedMessagesAreDropped)
    {
        SingleInstance primary(serverName());
        ASSERT_TRUE(primary.claim().ok());
        QSignalSpy received(&primary, &SingleInstance::messageReceived);

        QLocalSocket garbage;
        garbage.connectToServer(serverName());
        ASSERT_TRUE(garbage.waitForConnected(2000));
        garbage.write(QByteArray("\x00\x00\x00\x04junk", 8));
        garbage.flush();
        EXPECT_TRUE(QTest::qWaitFor([&garbage] { return garbage.state() == QLocalSocket::UnconnectedState; }, 5000));

        QLocalSocket huge;
        huge.connectToServer(serverName());
        ASSERT_TRUE(huge.waitForConnected(2000));
        huge.write(QByteArray("\x7f\xff\xff\xff", 4));
        huge.flush();
        EXPECT_TRUE(QTest::qWaitFor([&huge] { return huge.state() == QLocalSocket::UnconnectedState; }, 5000));

        EXPECT_EQ(received.count(), 0);
    }

    TEST(SingleInstanceNameTest, OneNamePerVaultAndUser)
    {
        QTemporaryDir directory;
        QTemporaryDir runtime; // private to the user, as QStandardPaths wants it
        ASSERT_TRUE(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const bool hadRuntime = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
        const QByteArray previousRuntime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        const QString vault = directory.filePath(QStringLiteral("accounts.tessera"));
        QFile file(vault);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.close();

        const QString name = SingleInstance::serverNameForVault(vault);
        EXPECT_EQ(SingleInstance::serverNameForVault(vault), name);
        // The same file reached another way is the same vault.
        const QString detour = directory.filePath(QStringLiteral("sub/../accounts.tessera"));
        EXPECT_EQ(SingleInstance::serverNameForVault(detour), name);
        EXPECT_NE(SingleInstance::serverNameForVault(directory.filePath(QStringLiteral("other.tessera"))), name);
        EXPECT_TRUE(QFileInfo(name).fileName().startsWith(QStringLiteral("tessera-")));
        EXPECT_EQ(QFileInfo(name).absolutePath(), QFileInfo(runtime.path()).absoluteFilePath());
        // Short enough for a Unix socket path (108 bytes with the terminator).
        EXPECT_LT(name.toUtf8().size(), 100);
        if (hadRuntime) {
            qputenv("XDG_RUNTIME_DIR", previousRuntime);
        } else {
            qunsetenv("XDG_RUNTIME_DIR");
        }
    }
}
