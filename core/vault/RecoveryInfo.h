#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tessera
{
    /// A single-use recovery code the provider gave out, and whether it has been used.
    struct RecoveryCode
    {
        QString code;
        bool used = false;
        QDateTime usedAt; ///< null while unused

        bool operator==(const RecoveryCode&) const = default;
    };

    /// Whether the provider has another second factor registered for this account, besides
    /// the seed in Tessera: the cheapest prevention against a lost seed.
    enum class SecondFactor
    {
        Unknown,     ///< not recorded
        None,        ///< recorded: nothing else is registered
        Device,      ///< another authenticator device or app
        SecurityKey, ///< a hardware security key
    };

    /// What the provider's recovery flow will ask for, kept encrypted with the account.
    struct RecoveryInfo
    {
        QString email;        ///< the account's email address at the provider
        QString phone;        ///< the registered phone number exactly as the provider shows it
        QDate phoneCheckedOn; ///< when the user last compared it with the provider's records
        QList<RecoveryCode> recoveryCodes;
        SecondFactor secondFactor = SecondFactor::Unknown;
        QString recoveryUrl; ///< the provider's recovery page
        QString note;        ///< free text

        [[nodiscard]] int unusedRecoveryCodes() const;
        [[nodiscard]] bool isEmpty() const;

        static QString secondFactorName(SecondFactor factor); ///< "unknown", "none", "device", "security-key"
        static std::optional<SecondFactor> parseSecondFactor(QStringView name);

        bool operator==(const RecoveryInfo&) const = default;
    };
}
