#pragma once

// Typed proxy for the XDG Settings portal, so SettingChanged can be connected by pointer to member.

#include <QDBusAbstractInterface>
#include <QDBusVariant>

namespace tessera::gui::detail
{
    class PortalSettingsProxy : public QDBusAbstractInterface
    {
        Q_OBJECT

    public:
        PortalSettingsProxy(const QDBusConnection& bus, QObject* parent)
            : QDBusAbstractInterface(QStringLiteral("org.freedesktop.portal.Desktop"),
                QStringLiteral("/org/freedesktop/portal/desktop"),
                "org.freedesktop.portal.Settings",
                bus,
                parent)
        { }

    signals:
        // NOLINTNEXTLINE(readability-identifier-naming): the D-Bus member name
        void SettingChanged(const QString& settingNamespace, const QString& key, const QDBusVariant& value);
    };
}
