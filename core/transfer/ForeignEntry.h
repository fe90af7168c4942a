#pragma once

#include "Account.h"
#include "OtpParameters.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace tessera
{
    struct ImportResult;

    /// One account as another app's file describes it, before Tessera validates it. Readers fill it
    /// field by field; toAccount() checks everything Tessera cannot represent and says why, so no
    /// reader turns an unusual account into a wrong one.
    struct ForeignEntry
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::ForeignEntry)

    public:
        ForeignEntry() = default;
        ForeignEntry(const ForeignEntry&) = default;
        ForeignEntry(ForeignEntry&&) noexcept = default;
        ForeignEntry& operator=(const ForeignEntry&) = default;
        ForeignEntry& operator=(ForeignEntry&&) noexcept = default;
        ~ForeignEntry(); ///< wipes the secret

        QString issuer;
        QString name;
        OtpType type = OtpType::Totp;
        QByteArray secret; ///< raw key bytes
        HashAlgorithm algorithm = HashAlgorithm::Sha1;
        qint64 digits = OtpParameters::DefaultDigits;
        qint64 period = OtpParameters::DefaultPeriod;
        qint64 counter = 0;
        QString note;
        QStringList tags;
        bool favorite = false;
        QUuid id; ///< kept when the source has a valid one, otherwise a fresh one is made

        /// How messages name the entry: "Issuer (name)", or the fallback ("entry 3") when both are empty.
        [[nodiscard]] QString label(const QString& fallback) const;
        /// A validated account, or an error whose message says what Tessera cannot represent.
        [[nodiscard]] Result<Account> toAccount() const;
        /// Adds the account to the result, or an UnreadableEntry with the reason.
        void addTo(ImportResult& result, const QString& fallbackLabel) const;

        /// Lenient base32 for secrets read from files; the error names what is wrong.
        [[nodiscard]] static Result<QByteArray> decodeBase32(QStringView text);
        /// "entry N" (1-based), how messages name an entry without a name.
        [[nodiscard]] static QString entryLabel(qsizetype index);
        /// The message with its first letter capitalised: field errors ("the field 'x' ...") as a reason.
        [[nodiscard]] static QString sentence(const QString& message);
    };
}
