#pragma once

#include <QDBusConnection>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>

namespace tessera::gui
{
    namespace detail
    {
        class PortalRequestProxy;
    }

    /// A screenshot through the desktop portal (org.freedesktop.portal.Screenshot), the only way to see the
    /// screen on Wayland. The portal answers on a request object; the picture arrives as a file, which is
    /// read and then deleted (it may show a secret). Interactive mode lets the user pick a region or window
    /// in the desktop's own screenshot tool.
    class PortalScreenshot : public QObject
    {
        Q_OBJECT

    public:
        static constexpr auto Service = "org.freedesktop.portal.Desktop";

        explicit PortalScreenshot(QObject* parent = nullptr);
        PortalScreenshot(const QDBusConnection& bus, QObject* parent);

        /// Asks the portal for a screenshot; exactly one of the signals follows.
        void take(bool interactive);
        [[nodiscard]] bool isBusy() const { return !m_request.isNull(); }

    signals:
        void captured(const QImage& image);
        void cancelled();
        void failed(const QString& message);

    private:
        void listen(const QString& path);
        void onResponse(uint response, const QVariantMap& results);
        void finishWithError(const QString& message);

        QDBusConnection m_bus;
        QPointer<detail::PortalRequestProxy> m_request;
    };
}
