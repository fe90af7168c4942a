#pragma once

#include <QByteArray>
#include <QHash>
#include <Qt>

namespace tessera::gui::AccountRoles
{
    /// The item data roles of the account list. The list model fills them and AccountRowDelegate
    /// paints from them (through AccountRow::fromIndex). Qt::DecorationRole may hold the account's
    /// icon (a QIcon); without one the row shows a letter avatar.
    enum Role : int
    {
        Id = Qt::UserRole + 1, ///< the account's stable id (as the vault gives it)
        Issuer,                ///< QString: "GitHub"
        AccountName,           ///< QString: "alice@example.com"
        Code,                  ///< QString: the current code, grouped for reading ("123 456")
        NextCode,              ///< QString: the following code, grouped; empty when not shown
        SecondsLeft,           ///< int: seconds until the code changes (time-based accounts)
        Period,                ///< int: seconds per code (time-based accounts)
        IsHotp,                ///< bool: counter-based; the row shows a "Next" button, no countdown
        IsFavorite,            ///< bool: listed first, marked with a star
        IsRevealed,            ///< bool: false draws the code as bullets (click-to-reveal, unused HOTP)
        CopyFeedback,          ///< int: -1 or absent none; 0 "Copied"; n > 0 "Copied · clears in n s"
        Tags,                  ///< QStringList: for search, not painted
        Note,                  ///< QString: for search, not painted
    };

    /// Names for QAbstractItemModel::roleNames() (and debugging).
    [[nodiscard]] QHash<int, QByteArray> names();
}
