#include "services/ThemeManager.h"
#include "list/ColorContrast.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QWidget>

#include <gtest/gtest.h>

using tessera::gui::ColorScheme;
using tessera::gui::ThemeManager;
using tessera::gui::ThemeMode;
namespace contrast = tessera::gui::contrast;

namespace
{
    class ThemeManagerTest : public ::testing::Test
    {
    protected:
        void SetUp() override
        {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(QPalette());
            platformWindow = QApplication::palette().color(QPalette::Window);
        }
        void TearDown() override
        {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(QPalette());
        }

        QColor platformWindow;
    };

    TEST_F(ThemeManagerTest, StartsWithThePlatformPalette)
    {
        ThemeManager theme;
        EXPECT_EQ(theme.themeMode(), ThemeMode::System);
        EXPECT_FALSE(theme.isDark()); // the offscreen platform is light
        EXPECT_FALSE(ThemeManager::isDarkPalette(QApplication::palette()));
    }

    TEST_F(ThemeManagerTest, DarkModeAppliesTheDarkPalette)
    {
        ThemeManager theme;
        QSignalSpy changed(&theme, &ThemeManager::darkChanged);

        theme.setThemeMode(ThemeMode::Dark);

        EXPECT_TRUE(theme.isDark());
        ASSERT_EQ(changed.count(), 1);
        EXPECT_TRUE(changed.at(0).at(0).toBool());
        EXPECT_TRUE(ThemeManager::isDarkPalette(QApplication::palette()));
        EXPECT_EQ(QApplication::palette().color(QPalette::Base), ThemeManager::darkPalette().color(QPalette::Base));
        QWidget widget; // new widgets get it too
        EXPECT_TRUE(ThemeManager::isDarkPalette(widget.palette()));
    }

    TEST_F(ThemeManagerTest, GoingBackRestoresThePlatformPalette)
    {
        ThemeManager theme;
        theme.setThemeMode(ThemeMode::Dark);
        theme.setThemeMode(ThemeMode::Light);
        EXPECT_FALSE(theme.isDark());
        EXPECT_EQ(QApplication::palette().color(QPalette::Window), platformWindow);

        theme.setThemeMode(ThemeMode::Dark);
        theme.setThemeMode(ThemeMode::System);
        EXPECT_EQ(QApplication::palette().color(QPalette::Window), platformWindow);
    }

    TEST_F(ThemeManagerTest, SystemModeFollowsTheDesktopPreference)
    {
        ThemeManager theme;
        QSignalSpy changed(&theme, &ThemeManager::darkChanged);

        theme.setSystemColorScheme(ColorScheme::PreferDark);
        EXPECT_TRUE(theme.isDark());
        EXPECT_TRUE(ThemeManager::isDarkPalette(QApplication::palette()));

        theme.setSystemColorScheme(ColorScheme::PreferLight);
        EXPECT_FALSE(theme.isDark());
        EXPECT_EQ(QApplication::palette().color(QPalette::Window), platformWindow);

        theme.setSystemColorScheme(ColorScheme::PreferDark);
        theme.setSystemColorScheme(ColorScheme::NoPreference);
        EXPECT_FALSE(theme.isDark()); // no preference: the platform's (light) palette
        EXPECT_EQ(changed.count(), 4);
    }

    TEST_F(ThemeManagerTest, AChosenThemeOverridesTheDesktop)
    {
        ThemeManager theme;
        theme.setSystemColorScheme(ColorScheme::PreferDark);
        theme.setThemeMode(ThemeMode::Light);
        EXPECT_FALSE(theme.isDark());
        theme.setThemeMode(ThemeMode::Dark);
        theme.setSystemColorScheme(ColorScheme::PreferLight);
        EXPECT_TRUE(theme.isDark());
    }

    TEST_F(ThemeManagerTest, SwitchesToFusionWhereTheStyleIgnoresThePalette)
    {
        QApplication::setStyle(QStringLiteral("Windows"));
        ASSERT_EQ(QApplication::style()->name().toLower(), QStringLiteral("windows"));
        ThemeManager theme;

        theme.setThemeMode(ThemeMode::Dark);
        EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        EXPECT_TRUE(ThemeManager::isDarkPalette(QApplication::palette()));

        theme.setThemeMode(ThemeMode::Light);
        EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("windows"));
    }

    TEST(ThemePaletteTest, TheDarkPaletteIsReadable)
    {
        const QPalette dark = ThemeManager::darkPalette();
        EXPECT_TRUE(ThemeManager::isDarkPalette(dark));
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            SCOPED_TRACE(group);
            const auto ratio = [&dark, group](QPalette::ColorRole foreground, QPalette::ColorRole background) {
                return contrast::ratio(dark.color(group, foreground), dark.color(group, background));
            };
            EXPECT_GE(ratio(QPalette::Text, QPalette::Base), 7.0);
            EXPECT_GE(ratio(QPalette::WindowText, QPalette::Window), 7.0);
            EXPECT_GE(ratio(QPalette::ButtonText, QPalette::Button), 7.0);
            EXPECT_GE(ratio(QPalette::HighlightedText, QPalette::Highlight), 4.5);
            EXPECT_GE(ratio(QPalette::PlaceholderText, QPalette::Base), 4.5);
            EXPECT_GE(ratio(QPalette::Link, QPalette::Base), 4.5);
            EXPECT_GE(ratio(QPalette::LinkVisited, QPalette::Base), 4.5);
            EXPECT_GE(ratio(QPalette::ToolTipText, QPalette::ToolTipBase), 4.5);
        }
        // Disabled text is exempt from WCAG, but should still be legible.
        EXPECT_GE(contrast::ratio(
                      dark.color(QPalette::Disabled, QPalette::Text), dark.color(QPalette::Disabled, QPalette::Base)),
            3.0);
    }

    TEST(ThemePaletteTest, TheLightPaletteIsLight)
    {
        EXPECT_FALSE(ThemeManager::isDarkPalette(ThemeManager::lightPalette()));
    }
}
