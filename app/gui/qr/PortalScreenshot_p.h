#pragma once

// Typed proxy for a portal request object, so Response can be connected by pointer to member.

#include <QDBusAbstractInterface>
#include <QVariantMap>

namespace tessera::gui::detail
{
    class PortalRequestProxy : public QDBusAbstractInterface
    {
        Q_OBJECT

    public:
        PortalRequestProxy(const QString& service, const QString& path, const QDBusConnection& bus, QObject* parent)
            : QDBusAbstractInterface(service, path, "org.freedesktop.portal.Request", bus, parent)
        { }

    signals:
        // NOLINTNEXTLINE(readability-identifier-naming): the D-Bus member name
        void Response(uint response, const QVariantMap& results);
    };
}
