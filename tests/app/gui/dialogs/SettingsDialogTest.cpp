#include "VaultFixture.h"

#include "dialogs/SettingsDialog.h"
#include "services/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace std::chrono_literals;

namespace tessera::gui::test
{
    namespace
    {
        class SettingsDialogTest : public VaultFixture
        {
        protected:
            [[nodiscard]] QString file() const { return directory.filePath(QStringLiteral("tessera.conf")); }

            template <typename T> static T* get(const SettingsDialog& dialog, const char* name)
            {
                return child<T>(&dialog, QString::fromLatin1(name));
            }

            static void choose(QComboBox* box, int steps)
            {
                box->setFocus(Qt::TabFocusReason);
                QTest::keyClick(box, Qt::Key_Home);
                for (int i = 0; i < steps; ++i) {
                    QTest::keyClick(box, Qt::Key_Down);
                }
            }

            static void showTab(const SettingsDialog& dialog, int index)
            {
                get<QTabWidget>(dialog, "settingsTabs")->setCurrentIndex(index);
            }
        };
    }

    TEST_F(SettingsDialogTest, ShowsTheCurrentSettings)
    {
        QSettings storage(file(), QSettings::IniFormat);
        AppSettings settings(storage);
        settings.setAutoLockTimeout(12min);
        settings.setClipboardTimeout(0s);
        settings.setTheme(ThemeMode::Light);
        settings.setCodeReveal(CodeReveal::OnClick);
        SettingsDialog dialog(settings);
        EXPECT_EQ(get<QSpinBox>(dialog, "autoLockMinutes")->value(), 12);
        EXPECT_EQ(get<QSpinBox>(dialog, "clipboardSeconds")->text(), QStringLiteral("Only on lock or quit"));
        EXPECT_EQ(get<QComboBox>(dialog, "theme")->currentData().toInt(), static_cast<int>(ThemeMode::Light));
        EXPECT_EQ(get<QComboBox>(dialog, "codeReveal")->currentData().toInt(), static_cast<int>(CodeReveal::OnClick));
        EXPECT_TRUE(get<QCheckBox>(dialog, "showTrayIcon")->isChecked());
        EXPECT_TRUE(get<QCheckBox>(dialog, "lockOnScreenLock")->isChecked());
    }

    TEST_F(SettingsDialogTest, ChangesAreStoredAndSurviveARestart)
    {
        {
            QSettings storage(file(), QSettings::IniFormat);
            AppSettings settings(storage);
            SettingsDialog dialog(settings);
            dialog.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

            click(get<QCheckBox>(dialog, "closeToTray"));
            click(get<QCheckBox>(dialog, "startMinimized"));
            click(get<QCheckBox>(dialog, "showNextCode"));
            choose(get<QComboBox>(dialog, "theme"), 2);
            choose(get<QComboBox>(dialog, "codeReveal"), 1);
            choose(get<QComboBox>(dialog, "sortMode"), 1);
            // Changes apply at once, for the services that follow the settings.
            EXPECT_EQ(settings.theme(), ThemeMode::Dark);
            EXPECT_TRUE(settings.closeToTray());

            showTab(dialog, 1);
            replaceText(get<QSpinBox>(dialog, "autoLockMinutes"), QStringLiteral("15"));
            replaceText(get<QSpinBox>(dialog, "clipboardSeconds"), QStringLiteral("45"));
            click(get<QCheckBox>(dialog, "lockOnScreenLock"));
            showTab(dialog, 0);
            click(get<QCheckBox>(dialog, "showTrayIcon"));
            EXPECT_FALSE(get<QCheckBox>(dialog, "closeToTray")->isEnabled());

            click(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));
            EXPECT_FALSE(dialog.isVisible());
        }
        QSettings reopened(file(), QSettings::IniFormat);
        const AppSettings settings(reopened);
        EXPECT_EQ(settings.autoLockTimeout(), 15min);
        EXPECT_EQ(settings.clipboardTimeout(), 45s);
        EXPECT_FALSE(settings.lockOnScreenLock());
        EXPECT_FALSE(settings.showTrayIcon());
        EXPECT_TRUE(settings.closeToTray());
        EXPECT_TRUE(settings.startMinimized());
        EXPECT_EQ(settings.theme(), ThemeMode::Dark);
        EXPECT_TRUE(settings.showNextCode());
        EXPECT_EQ(settings.codeReveal(), CodeReveal::OnClick);
        EXPECT_EQ(settings.sortMode(), SortMode::Alphabetical);
    }

    TEST_F(SettingsDialogTest, ZeroMeansNever)
    {
        QSettings storage(file(), QSettings::IniFormat);
        AppSettings settings(storage);
        SettingsDialog dialog(settings);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        showTab(dialog, 1);
        replaceText(get<QSpinBox>(dialog, "autoLockMinutes"), QStringLiteral("0"));
        EXPECT_EQ(settings.autoLockTimeout(), 0min);
        const SettingsDialog reopened(settings);
        EXPECT_EQ(get<QSpinBox>(reopened, "autoLockMinutes")->text(), QStringLiteral("Never"));
    }

    TEST_F(SettingsDialogTest, PasswordAndRecoveryKeyButtonsNeedAnUnlockedVault)
    {
        QSettings storage(file(), QSettings::IniFormat);
        AppSettings settings(storage);
        SettingsDialog dialog(settings);
        auto* password = get<QPushButton>(dialog, "changePassword");
        auto* recovery = get<QPushButton>(dialog, "recoveryKey");
        EXPECT_FALSE(password->isEnabled());
        EXPECT_FALSE(recovery->isEnabled());
        dialog.setVault(vault.get(), clipboard.get());
        EXPECT_TRUE(password->isEnabled());
        EXPECT_TRUE(recovery->isEnabled());
        vault->lock();
        EXPECT_FALSE(password->isEnabled());
        EXPECT_FALSE(recovery->isEnabled());
    }
}
