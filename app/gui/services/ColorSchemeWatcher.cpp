#include "ColorSchemeWatcher.h"

#include "ColorSchemeWatcher_p.h"
#include "DesktopLogging.h"

#include <QDBusError>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace tessera::gui
{
    namespace
    {
        const QString appearanceNamespace = QStringLiteral("org.freedesktop.appearance");
        const QString colorSchemeKey = QStringLiteral("color-scheme");
        const QString readOne = QStringLiteral("ReadOne");
        const QString readLegacy = QStringLiteral("Read");

        /// Read() wraps the value in a second variant; ReadOne() and SettingChanged do not.
        QVariant unwrap(QVariant value)
        {
            while (value.metaType() == QMetaType::fromType<QDBusVariant>()) {
                value = value.value<QDBusVariant>().variant();
            }
            return value;
        }
    }

    ColorSchemeWatcher::ColorSchemeWatcher(QObject* parent)
        : ColorSchemeWatcher(QDBusConnection::sessionBus(), parent)
    { }

    ColorSchemeWatcher::ColorSchemeWatcher(const QDBusConnection& sessionBus, QObject* parent)
        : QObject(parent)
    {
        if (!sessionBus.isConnected()) {
            qCDebug(lcDesktop) << "No session bus: the desktop colour scheme is not followed";
            return;
        }
        // Qt D-Bus looks signal parameter types up by name: QDBusVariant must be registered before
        // the connection below, or the relay silently fails to connect.
        qRegisterMetaType<QDBusVariant>();
        m_portal = new detail::PortalSettingsProxy(sessionBus, this);
        connect(m_portal, &detail::PortalSettingsProxy::SettingChanged, this, &ColorSchemeWatcher::onSettingChanged);
        read(readOne);
    }

    ColorScheme ColorSchemeWatcher::colorScheme() const
    {
        return m_scheme;
    }

    bool ColorSchemeWatcher::hasAnswered() const
    {
        return m_answered;
    }

    ColorScheme ColorSchemeWatcher::fromPortalValue(const QVariant& value)
    {
        bool ok = false;
        const uint number = unwrap(value).toUInt(&ok);
        if (!ok) {
            return ColorScheme::NoPreference;
        }
        switch (number) {
        case 1:
            return ColorScheme::PreferDark;
        case 2:
            return ColorScheme::PreferLight;
        default:
            return ColorScheme::NoPreference;
        }
    }

    void ColorSchemeWatcher::read(const QString& method)
    {
        const QDBusPendingCall call = m_portal->asyncCall(method, appearanceNamespace, colorSchemeKey);
        auto* watcher = new QDBusPendingCallWatcher(call, this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, method](QDBusPendingCallWatcher* finished) { onReadFinished(finished, method); });
    }

    void ColorSchemeWatcher::onReadFinished(QDBusPendingCallWatcher* watcher, const QString& method)
    {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        if (reply.isError()) {
            // Portals before version 2 have Read() only.
            if (method == readOne && reply.error().type() == QDBusError::UnknownMethod) {
                read(readLegacy);
                return;
            }
            qCDebug(lcDesktop) << "No colour scheme from the settings portal:" << reply.error().message();
            return;
        }
        m_answered = true;
        update(fromPortalValue(reply.value().variant()));
    }

    void ColorSchemeWatcher::onSettingChanged(
        const QString& settingNamespace, const QString& key, const QDBusVariant& value)
    {
        if (settingNamespace == appearanceNamespace && key == colorSchemeKey) {
            m_answered = true;
            update(fromPortalValue(value.variant()));
        }
    }

    void ColorSchemeWatcher::update(ColorScheme scheme)
    {
        if (scheme == m_scheme) {
            return;
        }
        m_scheme = scheme;
        emit colorSchemeChanged(scheme);
    }
}
