#include "ThemeManager.h"

#include <QApplication>
#include <QColor>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace tessera::gui
{
    namespace
    {
        const QString fusion = QStringLiteral("fusion");

        /// Styles that draw with the application palette; others (native Windows or macOS
        /// styles, some GTK-imitating ones) ignore a dark palette, so Fusion takes over there.
        bool followsPalette(const QString& styleName)
        {
            const QString name = styleName.toLower();
            return name == fusion || name == QLatin1String("breeze") || name == QLatin1String("oxygen")
                || name == QLatin1String("kvantum") || name == QLatin1String("kvantum-dark");
        }

        void setGroup(QPalette& palette,
            QPalette::ColorGroup group,
            const QColor& window,
            const QColor& windowText,
            const QColor& base,
            const QColor& alternateBase,
            const QColor& text,
            const QColor& button,
            const QColor& buttonText,
            const QColor& highlight,
            const QColor& highlightedText,
            const QColor& placeholder)
        {
            palette.setColor(group, QPalette::Window, window);
            palette.setColor(group, QPalette::WindowText, windowText);
            palette.setColor(group, QPalette::Base, base);
            palette.setColor(group, QPalette::AlternateBase, alternateBase);
            palette.setColor(group, QPalette::Text, text);
            palette.setColor(group, QPalette::Button, button);
            palette.setColor(group, QPalette::ButtonText, buttonText);
            palette.setColor(group, QPalette::BrightText, QColor(0xff, 0xff, 0xff));
            palette.setColor(group, QPalette::Highlight, highlight);
            palette.setColor(group, QPalette::HighlightedText, highlightedText);
            palette.setColor(group, QPalette::PlaceholderText, placeholder);
            palette.setColor(group, QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
            palette.setColor(group, QPalette::ToolTipText, QColor(0xef, 0xf0, 0xf1));
            palette.setColor(group, QPalette::Link, QColor(0x6c, 0xb6, 0xff));
            palette.setColor(group, QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xf0));
            // The bevel colours Fusion draws frames, handles and sunken panels with.
            palette.setColor(group, QPalette::Light, button.lighter(150));
            palette.setColor(group, QPalette::Midlight, button.lighter(125));
            palette.setColor(group, QPalette::Mid, button.darker(130));
            palette.setColor(group, QPalette::Dark, button.darker(160));
            palette.setColor(group, QPalette::Shadow, QColor(0x0d, 0x0e, 0x10));
        }
    }

    ThemeManager::ThemeManager(QObject* parent)
        : QObject(parent)
        , m_platformStyle(QApplication::style() != nullptr ? QApplication::style()->name() : fusion)
        , m_platformIsDark(isDarkPalette(QApplication::palette()))
        , m_dark(m_platformIsDark)
    { }

    ThemeMode ThemeManager::themeMode() const
    {
        return m_mode;
    }

    ColorScheme ThemeManager::systemColorScheme() const
    {
        return m_systemScheme;
    }

    bool ThemeManager::isDark() const
    {
        return m_dark;
    }

    void ThemeManager::setThemeMode(ThemeMode mode)
    {
        m_mode = mode;
        apply();
    }

    void ThemeManager::setSystemColorScheme(ColorScheme scheme)
    {
        m_systemScheme = scheme;
        apply();
    }

    bool ThemeManager::wantsDark() const
    {
        switch (m_mode) {
        case ThemeMode::Light:
            return false;
        case ThemeMode::Dark:
            return true;
        case ThemeMode::System:
            break;
        }
        switch (m_systemScheme) {
        case ColorScheme::PreferDark:
            return true;
        case ColorScheme::PreferLight:
            return false;
        case ColorScheme::NoPreference:
            break;
        }
        return m_platformIsDark;
    }

    void ThemeManager::apply()
    {
        const bool dark = wantsDark();
        if (dark == m_platformIsDark) {
            if (m_overridden) {
                // An empty palette resets the application to the platform (or style) palette.
                if (QApplication::style()->name().compare(m_platformStyle, Qt::CaseInsensitive) != 0) {
                    QApplication::setStyle(m_platformStyle);
                }
                QApplication::setPalette(QPalette());
                m_overridden = false;
            }
        } else {
            if (dark && !followsPalette(QApplication::style()->name())) {
                QApplication::setStyle(QStringLiteral("Fusion"));
            }
            QApplication::setPalette(dark ? darkPalette() : lightPalette());
            m_overridden = true;
        }
        if (dark != m_dark) {
            m_dark = dark;
            emit darkChanged(dark);
        }
    }

    QPalette ThemeManager::darkPalette()
    {
        QPalette palette;
        const QColor window(0x23, 0x26, 0x2a);
        const QColor base(0x1a, 0x1c, 0x1f);
        const QColor alternateBase(0x22, 0x25, 0x29);
        const QColor button(0x2e, 0x32, 0x37);
        const QColor text(0xee, 0xef, 0xf0);
        const QColor highlight(0x2b, 0x6c, 0xb0);
        setGroup(palette, QPalette::Active, window, text, base, alternateBase, text, button, text, highlight,
            QColor(0xff, 0xff, 0xff), QColor(0x9a, 0x9e, 0xa4));
        setGroup(palette, QPalette::Inactive, window, text, base, alternateBase, text, button, text,
            QColor(0x2a, 0x4a, 0x6b), QColor(0xee, 0xef, 0xf0), QColor(0x9a, 0x9e, 0xa4));
        const QColor disabledText(0x7d, 0x81, 0x87);
        setGroup(palette, QPalette::Disabled, window, disabledText, base, alternateBase, disabledText, button,
            disabledText, QColor(0x3a, 0x3f, 0x45), disabledText, QColor(0x5f, 0x63, 0x69));
        return palette;
    }

    QPalette ThemeManager::lightPalette()
    {
        if (QStyle* style = QApplication::style(); style != nullptr && !isDarkPalette(style->standardPalette())) {
            return style->standardPalette();
        }
        const std::unique_ptr<QStyle> fusionStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        return fusionStyle->standardPalette();
    }

    bool ThemeManager::isDarkPalette(const QPalette& palette)
    {
        return palette.color(QPalette::Active, QPalette::WindowText).lightnessF()
            > palette.color(QPalette::Active, QPalette::Window).lightnessF();
    }
}
