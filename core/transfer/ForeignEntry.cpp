#include "ForeignEntry.h"

#include "Base32.h"
#include "ImportResult.h"
#include "SecretWipe.h"

namespace tessera
{
    ForeignEntry::~ForeignEntry()
    {
        wipe(secret);
    }

    QString ForeignEntry::label(const QString& fallback) const
    {
        QString i = issuer.trimmed();
        QString n = name.trimmed();
        if (i.isEmpty() && n.isEmpty()) {
            return fallback;
        }
        if (i.isEmpty()) {
            return n;
        }
        if (n.isEmpty()) {
            return i;
        }
        return i + QStringLiteral(" (") + n + QLatin1Char(')');
    }

    Result<Account> ForeignEntry::toAccount() const
    {
        if (secret.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("It has no secret."));
        }
        if (type != OtpType::Steam) {
            if (digits < OtpParameters::MinDigits || digits > OtpParameters::MaxDigits) {
                return Error(Error::Kind::InvalidInput,
                    tr("It has %1-digit codes; Tessera supports %2 to %3 digits.")
                        .arg(digits)
                        .arg(OtpParameters::MinDigits)
                        .arg(OtpParameters::MaxDigits));
            }
            if (type == OtpType::Totp && (period < OtpParameters::MinPeriod || period > OtpParameters::MaxPeriod)) {
                return Error(Error::Kind::InvalidInput,
                    tr("Its codes change every %1 seconds; Tessera supports 1 second to 24 hours.").arg(period));
            }
            if (type == OtpType::Hotp && counter < 0) {
                return Error(
                    Error::Kind::InvalidInput, tr("Its counter is %1; a counter cannot be negative.").arg(counter));
            }
        }
        auto parameters = OtpParameters::create(type, secret, algorithm, static_cast<int>(digits),
            static_cast<int>(type == OtpType::Totp ? period : OtpParameters::DefaultPeriod),
            type == OtpType::Hotp ? static_cast<quint64>(counter) : 0);
        if (!parameters) {
            return parameters.error();
        }
        Account account(std::move(parameters).value());
        account.id = id.isNull() ? QUuid::createUuid() : id;
        account.issuer = issuer.trimmed();
        account.accountName = name.trimmed();
        account.note = note;
        account.tags = tags;
        account.favorite = favorite;
        return account;
    }

    void ForeignEntry::addTo(ImportResult& result, const QString& fallbackLabel) const
    {
        auto account = toAccount();
        if (account) {
            result.accounts.append(std::move(account).value());
        } else {
            result.unreadable.append({label(fallbackLabel), account.error().message()});
        }
    }

    Result<QByteArray> ForeignEntry::decodeBase32(QStringView text)
    {
        if (text.trimmed().isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("It has no secret."));
        }
        auto decoded = Base32::decode(text);
        if (!decoded) {
            return Error(
                Error::Kind::InvalidInput, tr("Its secret is not valid base32: %1").arg(decoded.error().message()));
        }
        return decoded;
    }

    QString ForeignEntry::sentence(const QString& message)
    {
        if (message.isEmpty()) {
            return message;
        }
        return message.left(1).toUpper() + message.mid(1);
    }

    QString ForeignEntry::entryLabel(qsizetype index)
    {
        return tr("entry %1").arg(index + 1);
    }
}
