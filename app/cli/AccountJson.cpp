#include "AccountJson.h"

#include <QJsonArray>
#include <QUuid>

namespace tessera::cli
{
    namespace
    {
        QJsonObject base(const QUuid& id,
            const QString& issuer,
            const QString& accountName,
            OtpType type,
            HashAlgorithm algorithm,
            int digits,
            int period,
            quint64 counter,
            const QStringList& tags,
            bool favorite,
            const QDateTime& trashedAt)
        {
            QJsonObject object{
                {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("issuer"), issuer},
                {QStringLiteral("account"), accountName},
                {QStringLiteral("type"), OtpParameters::typeName(type)},
                {QStringLiteral("algorithm"), OtpParameters::algorithmName(algorithm)},
                {QStringLiteral("digits"), digits},
                {QStringLiteral("period"), type == OtpType::Hotp ? QJsonValue(QJsonValue::Null) : QJsonValue(period)},
                {QStringLiteral("counter"),
                    type == OtpType::Hotp ? QJsonValue(static_cast<qint64>(counter)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                {QStringLiteral("favorite"), favorite},
            };
            if (trashedAt.isValid()) {
                object.insert(QStringLiteral("trashed_at"), AccountJson::time(trashedAt));
            }
            return object;
        }
    }

    QJsonValue AccountJson::time(const QDateTime& time)
    {
        if (!time.isValid()) {
            return QJsonValue(QJsonValue::Null);
        }
        return time.toUTC().toString(Qt::ISODateWithMs);
    }

    QJsonObject AccountJson::summary(const AccountSummary& a)
    {
        return base(a.id, a.issuer, a.accountName, a.type, a.algorithm, a.digits, a.period, a.counter, a.tags,
            a.favorite, a.trashedAt);
    }

    QJsonObject AccountJson::details(const Account& a)
    {
        const OtpParameters& p = a.parameters;
        QJsonObject object = base(a.id, a.issuer, a.accountName, p.type(), p.algorithm(), p.digits(), p.period(),
            p.counter(), a.tags, a.favorite, a.trashedAt);
        object.insert(QStringLiteral("note"), a.note);
        object.insert(QStringLiteral("created_at"), time(a.createdAt));
        object.insert(QStringLiteral("modified_at"), time(a.modifiedAt));
        object.insert(QStringLiteral("last_verified_at"), time(a.lastVerifiedAt));
        QJsonArray codes;
        for (const RecoveryCode& code : a.recovery.recoveryCodes) {
            codes.append(QJsonObject{
                {QStringLiteral("code"), code.code},
                {QStringLiteral("used"), code.used},
                {QStringLiteral("used_at"), time(code.usedAt)},
            });
        }
        object.insert(QStringLiteral("recovery"),
            QJsonObject{
                {QStringLiteral("email"), a.recovery.email},
                {QStringLiteral("phone"), a.recovery.phone},
                {QStringLiteral("phone_checked_on"),
                    a.recovery.phoneCheckedOn.isValid() ? QJsonValue(a.recovery.phoneCheckedOn.toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("second_factor"), RecoveryInfo::secondFactorName(a.recovery.secondFactor)},
                {QStringLiteral("url"), a.recovery.recoveryUrl},
                {QStringLiteral("note"), a.recovery.note},
                {QStringLiteral("recovery_codes"), codes},
            });
        return object;
    }
}
