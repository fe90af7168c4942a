#pragma once

#include "OtpParameters.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace tessera
{
    /// What lists show of an account, without its secret, note or recovery info: the row type of
    /// the GUI's account model and of `tessera-cli list`. Built from the vault's guarded records on
    /// request; Vault::account() gives the whole Account when it is needed.
    struct AccountSummary
    {
        QUuid id;
        QString issuer;
        QString accountName;
        OtpType type = OtpType::Totp;
        HashAlgorithm algorithm = HashAlgorithm::Sha1;
        int digits = OtpParameters::DefaultDigits;
        int period = OtpParameters::DefaultPeriod;
        quint64 counter = 0;
        QStringList tags;
        bool favorite = false;
        qint64 position = 0;
        QDateTime trashedAt; ///< null unless in the trash
        QDateTime createdAt;
        QDateTime modifiedAt;
        QDateTime lastVerifiedAt;
        quint64 revision = 0; ///< increases with every saved change of this account

        [[nodiscard]] bool isTrashed() const { return trashedAt.isValid(); }
        /// "Issuer (account)", "Issuer" or "account", as Account::displayName().
        [[nodiscard]] QString displayName() const;

        bool operator==(const AccountSummary&) const = default;
    };
}
