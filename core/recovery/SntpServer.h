#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tessera
{
    /// Where to send an SNTP query: a host name or address and a UDP port.
    class SntpServer
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::SntpServer)

    public:
        static constexpr quint16 DefaultPort = 123;

        /// pool.ntp.org:123. Only contacted when the user asks for a check.
        static SntpServer defaultServer();

        /// "HOST", "HOST:PORT", "[IPv6]:PORT" or a bare IPv6 address.
        static Result<SntpServer> parse(QStringView text);

        explicit SntpServer(QString host, quint16 port = DefaultPort);

        [[nodiscard]] const QString& host() const { return m_host; }
        [[nodiscard]] quint16 port() const { return m_port; }
        /// "host:port", with IPv6 addresses in brackets.
        [[nodiscard]] QString toString() const;

        bool operator==(const SntpServer& other) const = default;

    private:
        QString m_host;
        quint16 m_port;
    };
}
