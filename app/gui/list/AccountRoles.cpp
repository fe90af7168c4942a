#include "AccountRoles.h"

namespace tessera::gui::AccountRoles
{
    QHash<int, QByteArray> names()
    {
        return {
            {Id, QByteArrayLiteral("id")},
            {Issuer, QByteArrayLiteral("issuer")},
            {AccountName, QByteArrayLiteral("accountName")},
            {Code, QByteArrayLiteral("code")},
            {NextCode, QByteArrayLiteral("nextCode")},
            {SecondsLeft, QByteArrayLiteral("secondsLeft")},
            {Period, QByteArrayLiteral("period")},
            {IsHotp, QByteArrayLiteral("isHotp")},
            {IsFavorite, QByteArrayLiteral("isFavorite")},
            {IsRevealed, QByteArrayLiteral("isRevealed")},
            {CopyFeedback, QByteArrayLiteral("copyFeedback")},
            {Tags, QByteArrayLiteral("tags")},
            {Note, QByteArrayLiteral("note")},
        };
    }
}
