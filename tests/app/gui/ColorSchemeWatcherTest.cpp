#include "services/ColorSchemeWatcher.h"
#include "MessageCapture.h"
#include "PrivateBus.h"
#include "TestPaths.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using tessera::gui::ColorScheme;
using tessera::gui::ColorSchemeWatcher;
using tessera::gui::test::MessageCapture;
using tessera::gui::test::PrivateBus;

namespace
{
    const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
    const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
    const QString settingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
    const QString appearance = QStringLiteral("org.freedesktop.appearance");
    const QString colorSchemeKey = QStringLiteral("color-scheme");
}

/// The Settings portal (version 2) as xdg-desktop-portal serves it.
class FakeSettingsPortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 0;

public slots:
    QDBusVariant ReadOne(const QString& settingNamespace, const QString& key) // NOLINT: D-Bus name
    {
        return QDBusVariant(settingNamespace == appearance && key == colorSchemeKey ? scheme : 0U);
    }
    QDBusVariant Read(const QString& settingNamespace, const QString& key) // NOLINT: D-Bus name
    {
        return QDBusVariant(QVariant::fromValue(ReadOne(settingNamespace, key)));
    }
};

/// A portal from before ReadOne: Read() wraps the value in a second variant.
class FakeLegacySettingsPortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 0;
    int reads = 0;

public slots:
    QDBusVariant Read(const QString& settingNamespace, const QString& key) // NOLINT: D-Bus name
    {
        ++reads;
        const uint value = settingNamespace == appearance && key == colorSchemeKey ? scheme : 0U;
        return QDBusVariant(QVariant::fromValue(QDBusVariant(value)));
    }
};

namespace
{
    void announce(const QDBusConnection& portal, const QString& settingNamespace, const QString& key, uint value)
    {
        QDBusMessage signal
            = QDBusMessage::createSignal(portalPath, settingsInterface, QStringLiteral("SettingChanged"));
        signal << settingNamespace << key << QVariant::fromValue(QDBusVariant(value));
        ASSERT_TRUE(portal.send(signal));
    }

    class ColorSchemeWatcherTest : public ::testing::Test
    {
    protected:
        void SetUp() override
        {
            tessera::test::requireTool(QStringLiteral("dbus-daemon")); // packaging/install-deps.sh: dbus-x11
            ASSERT_TRUE(bus.isRunning()) << bus.errorText().toStdString();
        }

        template <typename Portal> void serve(Portal& portal)
        {
            ASSERT_TRUE(portalBus.registerObject(portalPath, &portal, QDBusConnection::ExportAllSlots));
            ASSERT_TRUE(portalBus.registerService(portalService));
        }

        PrivateBus bus;
        QDBusConnection portalBus = bus.connect();
        QDBusConnection appBus = bus.connect();
    };

    TEST_F(ColorSchemeWatcherTest, ReadsTheDesktopPreference)
    {
        FakeSettingsPortal portal;
        portal.scheme = 1;
        serve(portal);

        ColorSchemeWatcher watcher(appBus);
        QSignalSpy changed(&watcher, &ColorSchemeWatcher::colorSchemeChanged);
        ASSERT_TRUE(QTest::qWaitFor([&watcher] { return watcher.hasAnswered(); }, 5000));
        EXPECT_EQ(watcher.colorScheme(), ColorScheme::PreferDark);
        ASSERT_EQ(changed.count(), 1);
        EXPECT_EQ(changed.at(0).at(0).value<ColorScheme>(), ColorScheme::PreferDark);
    }

    TEST_F(ColorSchemeWatcherTest, FollowsChangesOfTheColorSchemeOnly)
    {
        FakeSettingsPortal portal;
        serve(portal);
        ColorSchemeWatcher watcher(appBus);
        ASSERT_TRUE(QTest::qWaitFor([&watcher] { return watcher.hasAnswered(); }, 5000));
        EXPECT_EQ(watcher.colorScheme(), ColorScheme::NoPreference);
        PrivateBus::roundTrip(appBus);
        QSignalSpy changed(&watcher, &ColorSchemeWatcher::colorSchemeChanged);

        announce(portalBus, appearance, QStringLiteral("accent-color"), 1);                    // another key: ignored
        announce(portalBus, QStringLiteral("org.gnome.desktop.interface"), colorSchemeKey, 1); // another namespace
        announce(portalBus, appearance, colorSchemeKey, 2);
        ASSERT_TRUE(QTest::qWaitFor([&changed] { return changed.count() > 0; }, 5000));
        EXPECT_EQ(changed.count(), 1);
        EXPECT_EQ(watcher.colorScheme(), ColorScheme::PreferLight);

        announce(portalBus, appearance, colorSchemeKey, 1);
        ASSERT_TRUE(QTest::qWaitFor([&changed] { return changed.count() > 1; }, 5000));
        EXPECT_EQ(watcher.colorScheme(), ColorScheme::PreferDark);
    }

    TEST_F(ColorSchemeWatcherTest, UsesReadOnPortalsWithoutReadOne)
    {
        FakeLegacySettingsPortal portal;
        portal.scheme = 1;
        serve(portal);

        ColorSchemeWatcher watcher(appBus);
        ASSERT_TRUE(QTest::qWaitFor([&watcher] { return watcher.hasAnswered(); }, 5000));
        EXPECT_EQ(watcher.colorScheme(), ColorScheme::PreferDark);
        EXPECT_EQ(portal.reads, 1);
    }

    TEST_F(ColorSchemeWatcherTest, WithoutAPortalThereIsNoPreferenceAndNoNoise)
    {
        const MessageCapture messages;
        ColorSchemeWatcher watcher(appBus);
        // The bus answers at once that nobody serves the portal; a round trip covers that answer.
        PrivateBus::roundTrip(appBus);
        QTest::qWait(50);
        EXPECT_FALSE(watcher.hasAnswered());
        EXPECT_EQ(watcher.colorScheme(), ColorScheme::NoPreference);
        EXPECT_TRUE(messages.warnings().isEmpty()) << messages.warnings().join(u'\n').toStdString();
    }

    TEST(ColorSchemeWatcherNoBusTest, WithoutASessionBusNothingHappensQuietly)
    {
        const MessageCapture messages;
        ColorSchemeWatcher watcher(PrivateBus::absent());
        EXPECT_FALSE(watcher.hasAnswered());
        EXPECT_EQ(watcher.colorScheme(), ColorScheme::NoPreference);
        EXPECT_TRUE(messages.warnings().isEmpty()) << messages.warnings().join(u'\n').toStdString();
    }

    TEST(ColorSchemeValueTest, MapsPortalValues)
    {
        EXPECT_EQ(ColorSchemeWatcher::fromPortalValue(QVariant(0U)), ColorScheme::NoPreference);
        EXPECT_EQ(ColorSchemeWatcher::fromPortalValue(QVariant(1U)), ColorScheme::PreferDark);
        EXPECT_EQ(ColorSchemeWatcher::fromPortalValue(QVariant(2U)), ColorScheme::PreferLight);
        EXPECT_EQ(ColorSchemeWatcher::fromPortalValue(QVariant(7U)), ColorScheme::NoPreference);
        EXPECT_EQ(ColorSchemeWatcher::fromPortalValue(QVariant(QStringLiteral("dark"))), ColorScheme::NoPreference);
        EXPECT_EQ(ColorSchemeWatcher::fromPortalValue(QVariant::fromValue(QDBusVariant(1U))), ColorScheme::PreferDark);
    }
}

#include "ColorSchemeWatcherTest.moc"
