#include "PayloadRouter.h"

namespace tessera::gui
{
    PayloadRouter::PayloadRouter(QObject* parent)
        : QObject(parent)
    { }

    QString PayloadRouter::notAuthenticatorMessage(const QString& text)
    {
        return tr("This QR code is not an authenticator code, so nothing was added. It says: %1").arg(text);
    }

    void PayloadRouter::route(const QList<QrPayload>& payloads, const QString& source)
    {
        if (payloads.isEmpty()) {
            emit problem(
                source.isEmpty() ? tr("No QR code was found.") : tr("No QR code was found in %1.").arg(source));
            return;
        }
        QList<OtpUri> uris;
        QStringList migrations;
        QStringList others;
        QStringList errors;
        for (const QrPayload& payload : payloads) {
            const QString text = payload.text().trimmed();
            switch (payload.kind()) {
            case QrPayload::Kind::OtpAuth: {
                auto uri = OtpUri::parse(text);
                if (uri) {
                    uris.append(*uri);
                } else {
                    errors.append(uri.error().message());
                }
                break;
            }
            case QrPayload::Kind::OtpAuthMigration:
                migrations.append(text);
                break;
            case QrPayload::Kind::Other:
                others.append(payload.text());
                break;
            }
        }
        if (!migrations.isEmpty()) {
            emit importRequested(migrations);
        }
        for (const OtpUri& uri : std::as_const(uris)) {
            emit addAccountRequested(uri);
        }
        if (!migrations.isEmpty() || !uris.isEmpty()) {
            return;
        }
        if (!errors.isEmpty()) {
            emit problem(
                tr("This QR code looks like an authenticator code but cannot be read: %1").arg(errors.first()));
            return;
        }
        const QString text = others.join(QLatin1Char('\n'));
        emit notAuthenticatorCode(text, notAuthenticatorMessage(text));
    }

    void PayloadRouter::routeText(const QString& text, const QString& source)
    {
        route({QrPayload(text)}, source);
    }
}
