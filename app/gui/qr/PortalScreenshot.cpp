#include "PortalScreenshot.h"

#include "PortalScreenshot_p.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFile>
#include <QImageReader>
#include <QRandomGenerator>
#include <QUrl>

namespace tessera::gui
{
    namespace
    {
        constexpr uint ResponseSuccess = 0;
        constexpr uint ResponseCancelled = 1;

        QString unavailableMessage()
        {
            return PortalScreenshot::tr(
                "Tessera cannot see the screen: the desktop's screenshot service (xdg-desktop-portal) is not "
                "available. Take a screenshot yourself and open it with “Read QR Code from Image File”.");
        }
    }

    PortalScreenshot::PortalScreenshot(QObject* parent)
        : PortalScreenshot(QDBusConnection::sessionBus(), parent)
    { }

    PortalScreenshot::PortalScreenshot(const QDBusConnection& bus, QObject* parent)
        : QObject(parent)
        , m_bus(bus)
    { }

    void PortalScreenshot::take(bool interactive)
    {
        if (isBusy()) {
            return;
        }
        if (!m_bus.isConnected()) {
            emit failed(unavailableMessage());
            return;
        }
        // Listen on the request path the portal will use before calling, so a quick answer is not missed.
        const QString token = QStringLiteral("tessera%1").arg(QRandomGenerator::global()->generate());
        QString sender = m_bus.baseService().mid(1);
        sender.replace(QLatin1Char('.'), QLatin1Char('_'));
        listen(QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token));

        QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(Service),
            QStringLiteral("/org/freedesktop/portal/desktop"), QStringLiteral("org.freedesktop.portal.Screenshot"),
            QStringLiteral("Screenshot"));
        const QVariantMap options{
            {QStringLiteral("handle_token"), token},
            {QStringLiteral("interactive"), interactive},
            {QStringLiteral("modal"), true},
        };
        call << QString() << options;
        auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
            finished->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> reply = *finished;
            if (reply.isError()) {
                finishWithError(unavailableMessage());
                return;
            }
            // Older portals ignore handle_token and answer on another path.
            const QString path = reply.value().path();
            if (m_request && m_request->path() != path) {
                listen(path);
            }
        });
    }

    void PortalScreenshot::listen(const QString& path)
    {
        delete m_request;
        m_request = new detail::PortalRequestProxy(QString::fromLatin1(Service), path, m_bus, this);
        connect(m_request, &detail::PortalRequestProxy::Response, this, &PortalScreenshot::onResponse);
    }

    void PortalScreenshot::onResponse(uint response, const QVariantMap& results)
    {
        delete m_request;
        if (response == ResponseCancelled) {
            emit cancelled();
            return;
        }
        if (response != ResponseSuccess) {
            emit failed(tr("The screenshot could not be taken. Try again, or open a saved screenshot with "
                           "“Read QR Code from Image File”."));
            return;
        }
        const QUrl url(results.value(QStringLiteral("uri")).toString());
        if (!url.isLocalFile()) {
            emit failed(tr("The desktop gave the screenshot in a form Tessera cannot read. Open a saved screenshot "
                           "with “Read QR Code from Image File”."));
            return;
        }
        const QString path = url.toLocalFile();
        QImageReader reader(path);
        const QImage image = reader.read();
        // The screenshot may show a secret: never leave it behind.
        QFile::remove(path);
        if (image.isNull()) {
            emit failed(tr("The screenshot could not be read (%1).").arg(reader.errorString()));
            return;
        }
        emit captured(image);
    }

    void PortalScreenshot::finishWithError(const QString& message)
    {
        delete m_request;
        emit failed(message);
    }
}
