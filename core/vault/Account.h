#pragma once

#include "OtpParameters.h"
#include "OtpUri.h"
#include "RecoveryInfo.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace tessera
{
    /// One account as the user sees it: the OTP seed and parameters plus everything Tessera keeps
    /// about it. The common currency of the vault, importers, exporters and the GUI.
    /// In the vault the whole value is one encrypted record.
    struct Account
    {
        explicit Account(OtpParameters parameters);

        /// A new account from a Key URI, with a fresh id and the given creation time.
        static Account fromUri(const OtpUri& uri, const QDateTime& now);

        QUuid id;
        QString issuer;
        QString accountName;
        OtpParameters parameters;
        QString note;
        QStringList tags;
        bool favorite = false;
        qint64 position = 0; ///< manual order (smaller first)
        QDateTime trashedAt; ///< null unless the account is in the trash
        QDateTime createdAt;
        QDateTime modifiedAt;
        QDateTime lastVerifiedAt; ///< when a code was last confirmed against the provider or a phone
        RecoveryInfo recovery;

        [[nodiscard]] bool isTrashed() const { return trashedAt.isValid(); }
        [[nodiscard]] OtpUri toUri() const;
        /// "Issuer (account)", "Issuer" or "account": how messages name the account.
        [[nodiscard]] QString displayName() const;

        bool operator==(const Account&) const = default;
    };
}
