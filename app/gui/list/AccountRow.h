#pragma once

#include <QIcon>
#include <QString>

class QModelIndex;

namespace tessera::gui
{
    /// What one row of the account list shows, as plain values: AccountRowDelegate paints it,
    /// fromIndex() reads it from a model through AccountRoles.
    struct AccountRow
    {
        QString issuer;
        QString accountName;
        QString code;     ///< grouped for reading ("123 456"); bullets are drawn when !revealed
        QString nextCode; ///< grouped; empty hides the "next" line
        QIcon icon;       ///< empty: a letter avatar
        int secondsLeft = 0;
        int period = 0;
        int copyFeedback = -1; ///< -1 none; 0 "Copied"; n > 0 "Copied · clears in n s"
        bool hotp = false;
        bool favorite = false;
        bool revealed = true;

        /// The name the row is known by: the issuer, or the account name when there is none.
        [[nodiscard]] QString title() const;
        /// The smaller line under the title: the account name, or nothing when it is the title.
        [[nodiscard]] QString subtitle() const;

        static AccountRow fromIndex(const QModelIndex& index);
    };
}
