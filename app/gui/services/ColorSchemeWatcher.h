#pragma once

#include "Preferences.h"

#include <QDBusConnection>
#include <QDBusVariant>
#include <QObject>

class QDBusPendingCallWatcher;
class QVariant;

namespace tessera::gui
{
    namespace detail
    {
        class PortalSettingsProxy;
    }

    /// The desktop's light/dark preference. Qt 6.4 has no colour-scheme API, so this reads
    /// "org.freedesktop.appearance" "color-scheme" from the XDG Settings portal (ReadOne, or Read
    /// on portals older than version 2) and follows its SettingChanged signal. Without a portal
    /// the preference stays NoPreference and nothing is printed.
    class ColorSchemeWatcher : public QObject
    {
        Q_OBJECT

    public:
        /// Asks the portal on the user's session bus.
        explicit ColorSchemeWatcher(QObject* parent = nullptr);
        /// Asks the portal on the given connection (tests pass a private bus).
        explicit ColorSchemeWatcher(const QDBusConnection& sessionBus, QObject* parent = nullptr);

        [[nodiscard]] ColorScheme colorScheme() const;
        /// Whether the portal has answered (with a value) since construction.
        [[nodiscard]] bool hasAnswered() const;

        /// The ColorScheme for a portal value (uint32 0, 1, 2); anything else is NoPreference.
        static ColorScheme fromPortalValue(const QVariant& value);

    signals:
        void colorSchemeChanged(tessera::gui::ColorScheme scheme);

    private:
        void read(const QString& method);
        void onReadFinished(QDBusPendingCallWatcher* watcher, const QString& method);
        void onSettingChanged(const QString& settingNamespace, const QString& key, const QDBusVariant& value);
        void update(ColorScheme scheme);

        detail::PortalSettingsProxy* m_portal = nullptr;
        ColorScheme m_scheme = ColorScheme::NoPreference;
        bool m_answered = false;
    };
}
