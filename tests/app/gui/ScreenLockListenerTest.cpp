#include "services/ScreenLockListener.h"
#include "MessageCapture.h"
#include "PrivateBus.h"
#include "TestPaths.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using tessera::gui::ScreenLockListener;
using tessera::gui::test::MessageCapture;
using tessera::gui::test::PrivateBus;

namespace
{
    const QString loginService = QStringLiteral("org.freedesktop.login1");
    const QString loginPath = QStringLiteral("/org/freedesktop/login1");
    const QString ourSession = QStringLiteral("/org/freedesktop/login1/session/_3");
}

/// systemd-logind's manager, as far as ScreenLockListener asks it.
class FakeLoginManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    QString requestedSession;

public slots:
    QDBusObjectPath GetSession(const QString& id) // NOLINT: D-Bus name
    {
        requestedSession = id;
        return QDBusObjectPath(ourSession);
    }
};

namespace
{
    void emitSignal(const QDBusConnection& from,
        const QString& path,
        const QString& interface,
        const QString& name,
        const QVariantList& arguments = {})
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(arguments);
        ASSERT_TRUE(from.send(signal));
    }

    class ScreenLockListenerTest : public ::testing::Test
    {
    protected:
        void SetUp() override
        {
            tessera::test::requireTool(QStringLiteral("dbus-daemon")); // packaging/install-deps.sh: dbus-x11
            ASSERT_TRUE(bus.isRunning()) << bus.errorText().toStdString();
        }

        /// Waits until spy has count signals; a later signal that must arrive proves that earlier
        /// ones that must not count were delivered and ignored.
        static bool waitForCount(const QSignalSpy& spy, int count)
        {
            return QTest::qWaitFor([&spy, count] { return spy.count() >= count; }, 5000);
        }

        PrivateBus bus;
        QDBusConnection desktop = bus.connect();
        QDBusConnection appBus = bus.connect();
    };

    TEST_F(ScreenLockListenerTest, EveryKnownScreenSaverLocks)
    {
        ScreenLockListener listener(appBus, PrivateBus::absent());
        EXPECT_TRUE(listener.isListening());
        QSignalSpy locked(&listener, &ScreenLockListener::screenLocked);
        PrivateBus::roundTrip(appBus);

        const QList<std::pair<QString, QString>> screenSavers{
            {QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver")},
            {QStringLiteral("/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver")}, // KDE
            {QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")},
            {QStringLiteral("/org/cinnamon/ScreenSaver"), QStringLiteral("org.cinnamon.ScreenSaver")},
            {QStringLiteral("/org/mate/ScreenSaver"), QStringLiteral("org.mate.ScreenSaver")},
            {QStringLiteral("/org/xfce/ScreenSaver"), QStringLiteral("org.xfce.ScreenSaver")},
        };
        int expected = 0;
        for (const auto& [path, interface] : screenSavers) {
            SCOPED_TRACE(interface.toStdString());
            emitSignal(desktop, path, interface, QStringLiteral("ActiveChanged"), {true});
            ASSERT_TRUE(waitForCount(locked, ++expected));
            emitSignal(desktop, path, interface, QStringLiteral("ActiveChanged"), {false});
        }
        PrivateBus::roundTrip(desktop);
        EXPECT_EQ(locked.count(), expected);
    }

    TEST_F(ScreenLockListenerTest, OneLockAnnouncedTwiceLocksOnce)
    {
        ScreenLockListener listener(appBus, PrivateBus::absent());
        QSignalSpy locked(&listener, &ScreenLockListener::screenLocked);
        PrivateBus::roundTrip(appBus);

        // GNOME announces on its own and on the freedesktop interface.
        emitSignal(desktop, QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), {true});
        emitSignal(desktop, QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), {true});
        // Unlock and lock again: a second lock.
        emitSignal(desktop, QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), {false});
        emitSignal(desktop, QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"),
            QStringLiteral("ActiveChanged"), {true});
        ASSERT_TRUE(waitForCount(locked, 2));
        PrivateBus::roundTrip(desktop);
        QTest::qWait(20);
        EXPECT_EQ(locked.count(), 2);
    }

    TEST_F(ScreenLockListenerTest, SuspendIsAnnouncedBeforeSleeping)
    {
        FakeLoginManager logind;
        ASSERT_TRUE(desktop.registerObject(loginPath, &logind, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(desktop.registerService(loginService));

        ScreenLockListener listener(PrivateBus::absent(), appBus);
        QSignalSpy sleeping(&listener, &ScreenLockListener::aboutToSleep);
        QSignalSpy locked(&listener, &ScreenLockListener::screenLocked);
        PrivateBus::roundTrip(appBus);

        const QString manager = QStringLiteral("org.freedesktop.login1.Manager");
        emitSignal(desktop, loginPath, manager, QStringLiteral("PrepareForSleep"), {false}); // waking up
        emitSignal(desktop, loginPath, manager, QStringLiteral("PrepareForSleep"), {true});
        ASSERT_TRUE(waitForCount(sleeping, 1));
        EXPECT_EQ(sleeping.count(), 1);
        EXPECT_EQ(locked.count(), 0);
    }

    TEST_F(ScreenLockListenerTest, LockingTheLoginSessionLocks)
    {
        FakeLoginManager logind;
        ASSERT_TRUE(desktop.registerObject(loginPath, &logind, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(desktop.registerService(loginService));

        ScreenLockListener listener(PrivateBus::absent(), appBus);
        QSignalSpy locked(&listener, &ScreenLockListener::screenLocked);
        ASSERT_TRUE(QTest::qWaitFor([&listener] { return !listener.loginSessionPath().isEmpty(); }, 5000));
        EXPECT_EQ(listener.loginSessionPath(), ourSession);
        EXPECT_FALSE(logind.requestedSession.isEmpty());
        PrivateBus::roundTrip(appBus);

        const QString session = QStringLiteral("org.freedesktop.login1.Session");
        emitSignal(desktop, QStringLiteral("/org/freedesktop/login1/session/_9"), session, QStringLiteral("Lock"));
        emitSignal(desktop, ourSession, session, QStringLiteral("Lock"));
        ASSERT_TRUE(waitForCount(locked, 1));
        PrivateBus::roundTrip(desktop);
        QTest::qWait(20);
        EXPECT_EQ(locked.count(), 1); // another user's session locking is not ours
    }

    TEST_F(ScreenLockListenerTest, SignalsFromImpostorsOfLogindAreIgnored)
    {
        FakeLoginManager logind;
        ASSERT_TRUE(desktop.registerObject(loginPath, &logind, QDBusConnection::ExportAllSlots));
        ASSERT_TRUE(desktop.registerService(loginService));
        QDBusConnection impostor = bus.connect();

        ScreenLockListener listener(PrivateBus::absent(), appBus);
        QSignalSpy sleeping(&listener, &ScreenLockListener::aboutToSleep);
        PrivateBus::roundTrip(appBus);

        const QString manager = QStringLiteral("org.freedesktop.login1.Manager");
        emitSignal(impostor, loginPath, manager, QStringLiteral("PrepareForSleep"), {true});
        PrivateBus::roundTrip(impostor);
        emitSignal(desktop, loginPath, manager, QStringLiteral("PrepareForSleep"), {true});
        ASSERT_TRUE(waitForCount(sleeping, 1));
        QTest::qWait(20);
        EXPECT_EQ(sleeping.count(), 1);
    }

    TEST_F(ScreenLockListenerTest, ABusWithoutLogindIsQuiet)
    {
        const MessageCapture messages;
        ScreenLockListener listener(appBus, appBus);
        EXPECT_TRUE(listener.isListening());
        PrivateBus::roundTrip(appBus);
        QTest::qWait(50);
        EXPECT_TRUE(listener.loginSessionPath().isEmpty());
        EXPECT_TRUE(messages.warnings().isEmpty()) << messages.warnings().join(u'\n').toStdString();
    }

    TEST(ScreenLockListenerNoBusTest, MissingBusesAreQuiet)
    {
        const MessageCapture messages;
        ScreenLockListener listener(PrivateBus::absent(), PrivateBus::absent());
        EXPECT_FALSE(listener.isListening());
        EXPECT_TRUE(messages.warnings().isEmpty()) << messages.warnings().join(u'\n').toStdString();
    }
}

#include "ScreenLockListenerTest.moc"
