#pragma once

#include "Preferences.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace tessera::gui
{
    /// Applies the theme the user chose (system, light, dark) to the application. "System"
    /// follows the desktop's colour-scheme preference (ColorSchemeWatcher feeds it in) and,
    /// without one, the platform palette. When the platform theme does not provide the wanted
    /// palette, ThemeManager sets its own, switching to the Fusion style if the current style
    /// draws with fixed colours; going back restores the platform palette and style.
    class ThemeManager : public QObject
    {
        Q_OBJECT

    public:
        /// Remembers the application's current (platform) palette and style. Create it once the
        /// QApplication exists and before any window is shown.
        explicit ThemeManager(QObject* parent = nullptr);

        [[nodiscard]] ThemeMode themeMode() const;
        [[nodiscard]] ColorScheme systemColorScheme() const;
        /// Whether the application's palette is now a dark one.
        [[nodiscard]] bool isDark() const;

        /// Tessera's dark palette: every role of every colour group, contrast checked.
        static QPalette darkPalette();
        /// A light palette: the style's own when it is light, else Fusion's.
        static QPalette lightPalette();
        /// Whether text is lighter than the window behind it.
        static bool isDarkPalette(const QPalette& palette);

    public slots:
        void setThemeMode(tessera::gui::ThemeMode mode);
        void setSystemColorScheme(tessera::gui::ColorScheme scheme);

    signals:
        /// The application switched between a light and a dark palette.
        void darkChanged(bool dark);

    private:
        void apply();
        [[nodiscard]] bool wantsDark() const;

        ThemeMode m_mode = ThemeMode::System;
        ColorScheme m_systemScheme = ColorScheme::NoPreference;
        QString m_platformStyle;
        bool m_platformIsDark = false;
        bool m_overridden = false;
        bool m_dark = false;
    };
}
