#include "QrPayload.h"

#include <utility>

namespace tessera
{
    QrPayload::QrPayload(QString text, QList<QPointF> corners)
        : m_text(std::move(text))
        , m_corners(std::move(corners))
    { }

    QrPayload::Kind QrPayload::classify(QStringView text)
    {
        const QStringView trimmed = text.trimmed();
        if (trimmed.startsWith(u"otpauth-migration:", Qt::CaseInsensitive)) {
            return Kind::OtpAuthMigration;
        }
        if (trimmed.startsWith(u"otpauth:", Qt::CaseInsensitive)) {
            return Kind::OtpAuth;
        }
        return Kind::Other;
    }

    QString QrPayload::kindName(Kind kind)
    {
        switch (kind) {
        case Kind::OtpAuth:
            return QStringLiteral("otpauth");
        case Kind::OtpAuthMigration:
            return QStringLiteral("otpauth-migration");
        case Kind::Other:
            break;
        }
        return QStringLiteral("other");
    }
}
