#include "services/AppSettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using tessera::gui::AppSettings;
using tessera::gui::CodeReveal;
using tessera::gui::SortMode;
using tessera::gui::ThemeMode;

namespace
{
    class AppSettingsTest : public ::testing::Test
    {
    protected:
        [[nodiscard]] QString file() const { return directory.filePath(QStringLiteral("tessera.conf")); }

        QTemporaryDir directory;
        QSettings storage{file(), QSettings::IniFormat};
    };

    TEST_F(AppSettingsTest, DefaultsFollowTheIssue)
    {
        const AppSettings settings(storage);
        EXPECT_EQ(settings.clipboardTimeout(), 30s);
        EXPECT_EQ(settings.autoLockTimeout(), 5min);
        EXPECT_TRUE(settings.lockOnScreenLock());
        EXPECT_TRUE(settings.showTrayIcon());
        EXPECT_FALSE(settings.closeToTray());
        EXPECT_FALSE(settings.startMinimized());
        EXPECT_EQ(settings.theme(), ThemeMode::System);
        EXPECT_FALSE(settings.showNextCode());
        EXPECT_EQ(settings.codeReveal(), CodeReveal::Always);
        EXPECT_EQ(settings.sortMode(), SortMode::FavoritesThenManual);
        EXPECT_TRUE(settings.windowGeometry().isEmpty());
        EXPECT_TRUE(settings.lastVaultPath().isEmpty());
    }

    TEST_F(AppSettingsTest, ValuesSurviveARestart)
    {
        {
            AppSettings settings(storage);
            settings.setClipboardTimeout(45s);
            settings.setAutoLockTimeout(15min);
            settings.setLockOnScreenLock(false);
            settings.setShowTrayIcon(false);
            settings.setCloseToTray(true);
            settings.setStartMinimized(true);
            settings.setTheme(ThemeMode::Dark);
            settings.setShowNextCode(true);
            settings.setCodeReveal(CodeReveal::OnClick);
            settings.setSortMode(SortMode::Alphabetical);
            settings.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
            settings.setLastVaultPath(QStringLiteral("/home/alice/accounts.tessera"));
            settings.sync();
        }
        QSettings reopened(file(), QSettings::IniFormat);
        const AppSettings settings(reopened);
        EXPECT_EQ(settings.clipboardTimeout(), 45s);
        EXPECT_EQ(settings.autoLockTimeout(), 15min);
        EXPECT_FALSE(settings.lockOnScreenLock());
        EXPECT_FALSE(settings.showTrayIcon());
        EXPECT_TRUE(settings.closeToTray());
        EXPECT_TRUE(settings.startMinimized());
        EXPECT_EQ(settings.theme(), ThemeMode::Dark);
        EXPECT_TRUE(settings.showNextCode());
        EXPECT_EQ(settings.codeReveal(), CodeReveal::OnClick);
        EXPECT_EQ(settings.sortMode(), SortMode::Alphabetical);
        EXPECT_EQ(settings.windowGeometry(), QByteArray("\x01\x02geometry", 10));
        EXPECT_EQ(settings.lastVaultPath(), QStringLiteral("/home/alice/accounts.tessera"));
        // Readable words in the file, not enum numbers.
        EXPECT_EQ(reopened.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("dark"));
    }

    TEST_F(AppSettingsTest, SignalsOnlyRealChanges)
    {
        AppSettings settings(storage);
        QSignalSpy clipboard(&settings, &AppSettings::clipboardTimeoutChanged);
        QSignalSpy theme(&settings, &AppSettings::themeChanged);
        QSignalSpy tray(&settings, &AppSettings::showTrayIconChanged);

        settings.setClipboardTimeout(30s); // the default: no change
        settings.setTheme(ThemeMode::System);
        settings.setShowTrayIcon(true);
        EXPECT_EQ(clipboard.count(), 0);
        EXPECT_EQ(theme.count(), 0);
        EXPECT_EQ(tray.count(), 0);

        settings.setClipboardTimeout(20s);
        settings.setClipboardTimeout(20s);
        settings.setTheme(ThemeMode::Light);
        settings.setShowTrayIcon(false);
        ASSERT_EQ(clipboard.count(), 1);
        EXPECT_EQ(clipboard.at(0).at(0).value<std::chrono::seconds>(), 20s);
        ASSERT_EQ(theme.count(), 1);
        EXPECT_EQ(theme.at(0).at(0).value<ThemeMode>(), ThemeMode::Light);
        EXPECT_EQ(tray.count(), 1);
    }

    TEST_F(AppSettingsTest, OutOfRangeValuesAreBounded)
    {
        AppSettings settings(storage);
        settings.setClipboardTimeout(-5s);
        EXPECT_EQ(settings.clipboardTimeout(), 0s);
        settings.setClipboardTimeout(10h);
        EXPECT_EQ(settings.clipboardTimeout(), AppSettings::maximumClipboardTimeout);
        settings.setAutoLockTimeout(100000min);
        EXPECT_EQ(settings.autoLockTimeout(), AppSettings::maximumAutoLockTimeout);
    }

    TEST_F(AppSettingsTest, DamagedValuesFallBackToDefaults)
    {
        storage.setValue(QStringLiteral("security/clipboardClearSeconds"), QStringLiteral("soon"));
        storage.setValue(QStringLiteral("security/autoLockMinutes"), -3);
        storage.setValue(QStringLiteral("security/lockOnScreenLock"), QStringLiteral("perhaps"));
        storage.setValue(QStringLiteral("appearance/theme"), QStringLiteral("purple"));
        storage.setValue(QStringLiteral("list/codeReveal"), 7);
        storage.setValue(QStringLiteral("list/sortMode"), QString());
        const AppSettings settings(storage);
        EXPECT_EQ(settings.clipboardTimeout(), 30s);
        EXPECT_EQ(settings.autoLockTimeout(), 0min); // bounded, not defaulted: a number was given
        EXPECT_TRUE(settings.lockOnScreenLock());
        EXPECT_EQ(settings.theme(), ThemeMode::System);
        EXPECT_EQ(settings.codeReveal(), CodeReveal::Always);
        EXPECT_EQ(settings.sortMode(), SortMode::FavoritesThenManual);
    }
}
