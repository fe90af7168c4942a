#include "AccountRow.h"

#include "AccountRoles.h"

#include <QModelIndex>
#include <QVariant>

namespace tessera::gui
{
    QString AccountRow::title() const
    {
        return issuer.trimmed().isEmpty() ? accountName : issuer;
    }

    QString AccountRow::subtitle() const
    {
        return issuer.trimmed().isEmpty() ? QString() : accountName;
    }

    AccountRow AccountRow::fromIndex(const QModelIndex& index)
    {
        AccountRow row;
        if (!index.isValid()) {
            return row;
        }
        row.issuer = index.data(AccountRoles::Issuer).toString();
        row.accountName = index.data(AccountRoles::AccountName).toString();
        row.code = index.data(AccountRoles::Code).toString();
        row.nextCode = index.data(AccountRoles::NextCode).toString();
        row.icon = index.data(Qt::DecorationRole).value<QIcon>();
        row.secondsLeft = index.data(AccountRoles::SecondsLeft).toInt();
        row.period = index.data(AccountRoles::Period).toInt();
        const QVariant feedback = index.data(AccountRoles::CopyFeedback);
        row.copyFeedback = feedback.isValid() ? feedback.toInt() : -1;
        row.hotp = index.data(AccountRoles::IsHotp).toBool();
        row.favorite = index.data(AccountRoles::IsFavorite).toBool();
        const QVariant revealed = index.data(AccountRoles::IsRevealed);
        row.revealed = !revealed.isValid() || revealed.toBool();
        return row;
    }
}
