#include "SntpServer.h"

#include <QHostAddress>

#include <utility>

namespace tessera
{
    namespace
    {
        Error badServer(QStringView text, const QString& why)
        {
            return {Error::Kind::InvalidInput,
                QCoreApplication::translate("tessera::SntpServer",
                    "'%1' is not a time server: %2 Write HOST or HOST:PORT, for example pool.ntp.org:123.")
                    .arg(text.toString(), why)};
        }

        bool isHostName(const QString& host)
        {
            if (host.isEmpty() || host.size() > 253) {
                return false;
            }
            for (const QChar c : host) {
                const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                    || c == u'-' || c == u'.' || c == u'_';
                if (!ok) {
                    return false;
                }
            }
            return !host.startsWith(u'.') && !host.startsWith(u'-');
        }
    }

    SntpServer SntpServer::defaultServer()
    {
        return SntpServer(QStringLiteral("pool.ntp.org"), DefaultPort);
    }

    SntpServer::SntpServer(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    { }

    Result<SntpServer> SntpServer::parse(QStringView text)
    {
        const QString trimmed = text.trimmed().toString();
        if (trimmed.isEmpty()) {
            return badServer(text, tr("it is empty."));
        }
        QString host = trimmed;
        QString portText;
        bool hasPort = false;
        if (trimmed.startsWith(u'[')) {
            const auto close = trimmed.indexOf(u']');
            if (close < 0) {
                return badServer(text, tr("the '[' has no matching ']'."));
            }
            host = trimmed.mid(1, close - 1);
            const QString rest = trimmed.mid(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(u':')) {
                    return badServer(text, tr("only ':PORT' may follow the address."));
                }
                portText = rest.mid(1);
                hasPort = true;
            }
            if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol) {
                return badServer(text, tr("the part in brackets is not an IPv6 address."));
            }
        } else if (trimmed.count(u':') > 1) {
            // A bare IPv6 address: no port possible without brackets.
            if (QHostAddress(trimmed).isNull()) {
                return badServer(text, tr("it is neither a host name nor an address."));
            }
        } else if (trimmed.contains(u':')) {
            host = trimmed.section(u':', 0, 0);
            portText = trimmed.section(u':', 1);
            hasPort = true;
        }
        if (trimmed.count(u':') <= 1 && !trimmed.startsWith(u'[') && !isHostName(host)) {
            return badServer(text, tr("the host name has characters a host name cannot have."));
        }
        quint16 port = DefaultPort;
        if (hasPort) {
            bool ok = false;
            const uint value = portText.toUInt(&ok);
            if (!ok || value == 0 || value > 65535) {
                return badServer(text, tr("the port must be a number from 1 to 65535."));
            }
            port = static_cast<quint16>(value);
        }
        return SntpServer(host, port);
    }

    QString SntpServer::toString() const
    {
        if (m_host.contains(u':')) {
            return QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);
        }
        return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    }
}
