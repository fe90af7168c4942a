#include "VaultFixture.h"

#include "dialogs/SettingsDialog.h"
#include "services/AppSettings.h"
#include "services/AutostartEntry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
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

            /// An autostart entry in the test's folder, never the user's.
            [[nodiscard]] AutostartEntry autostart(const QString& folder = QStringLiteral("autostart")) const
            {
                return AutostartEntry(QStringLiteral("/opt/Tessera Apps/tessera"), directory.filePath(folder));
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

    TEST_F(SettingsDialogTest, ChoosingALanguageStoresItForTheNextStart)
    {
        QSettings storage(file(), QSettings::IniFormat);
        AppSettings settings(storage);
        SettingsDialog dialog(settings, autostart());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* language = get<QComboBox>(dialog, "language");
        QStringList names;
        for (int i = 0; i < language->count(); ++i) {
            names.append(language->itemText(i));
        }
        // Each language in its own name, so it can be found whatever the current one.
        EXPECT_EQ(names,
            QStringList({QStringLiteral("System default"), QStringLiteral("English"), QStringLiteral("Deutsch"),
                QStringLiteral("Français"), QStringLiteral("Español")}));
        EXPECT_EQ(language->currentIndex(), 0);
        EXPECT_EQ(get<QLabel>(dialog, "languageNote")->text(), QStringLiteral("Takes effect when Tessera restarts."));
        EXPECT_TRUE(get<QLabel>(dialog, "languageNote")->isVisible());

        choose(language, 2);
        EXPECT_EQ(settings.language(), QStringLiteral("de"));
        choose(language, 3);
        EXPECT_EQ(settings.language(), QStringLiteral("fr"));
        settings.sync();
        {
            QSettings reopened(file(), QSettings::IniFormat);
            EXPECT_EQ(AppSettings(reopened).language(), QStringLiteral("fr"));
        }
        const SettingsDialog again(settings, autostart());
        EXPECT_EQ(get<QComboBox>(again, "language")->currentText(), QStringLiteral("Français"));

        choose(language, 0);
        EXPECT_TRUE(settings.language().isEmpty()) << "System default follows the desktop";
    }

    TEST_F(SettingsDialogTest, StartAtLoginWritesAndRemovesTheAutostartEntry)
    {
        QSettings storage(file(), QSettings::IniFormat);
        AppSettings settings(storage);
        const AutostartEntry entry = autostart();
        SettingsDialog dialog(settings, entry);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* box = get<QCheckBox>(dialog, "startAtLogin");
        EXPECT_FALSE(box->isChecked());

        click(box);
        EXPECT_TRUE(box->isChecked());
        ASSERT_TRUE(QFile::exists(entry.filePath()));
        QFile written(entry.filePath());
        ASSERT_TRUE(written.open(QIODevice::ReadOnly));
        EXPECT_TRUE(written.readAll().contains("\nExec=\"/opt/Tessera Apps/tessera\"\n"));
        // The box shows whether the entry is there, whoever made it.
        EXPECT_TRUE(get<QCheckBox>(SettingsDialog(settings, entry), "startAtLogin")->isChecked());

        click(box);
        EXPECT_FALSE(box->isChecked());
        EXPECT_FALSE(QFile::exists(entry.filePath()));
        EXPECT_FALSE(get<QCheckBox>(SettingsDialog(settings, entry), "startAtLogin")->isChecked());
    }

    TEST_F(SettingsDialogTest, AnAutostartEntryThatCannotBeWrittenIsSaidAndNotTicked)
    {
        QSettings storage(file(), QSettings::IniFormat);
        AppSettings settings(storage);
        QFile blocker(directory.filePath(QStringLiteral("config")));
        ASSERT_TRUE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        SettingsDialog dialog(settings, autostart(QStringLiteral("config/autostart")));
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto* box = get<QCheckBox>(dialog, "startAtLogin");
        click(box);
        EXPECT_FALSE(box->isChecked());
        auto* problem = dialog.findChild<QWidget*>(QStringLiteral("startAtLoginProblem"));
        ASSERT_NE(problem, nullptr);
        EXPECT_TRUE(problem->isVisible());
    }
}
