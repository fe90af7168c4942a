#pragma once

#include "OtpParameters.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace tessera
{
    /// An `otpauth://` Key URI: the label (issuer and account name) plus OTP parameters.
    /// Parsing is lenient, writing is strict, and parse(toString()) gives back an equal value.
    /// docs/otpauth.md records each decision where the major implementations disagree.
    class OtpUri
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::OtpUri)

    public:
        static constexpr qsizetype MaxLength = qsizetype{64} * 1024;

        /// Accepts otpauth://totp|hotp|steam/..., `encoder=steam`, and Bitwarden's steam://SECRET.
        static Result<OtpUri> parse(QStringView text);

        /// Issuer and account name are trimmed: surrounding white space never means anything.
        OtpUri(QString issuer, QString accountName, OtpParameters parameters);

        [[nodiscard]] const QString& issuer() const { return m_issuer; }
        [[nodiscard]] const QString& accountName() const { return m_accountName; }
        [[nodiscard]] const OtpParameters& parameters() const { return m_parameters; }

        /// The strict form: otpauth://TYPE/ISSUER:ACCOUNT?secret=...&issuer=...&algorithm=...&digits=...&period=...
        /// (counter instead of period for HOTP). The result contains the secret.
        [[nodiscard]] QString toString() const;

        bool operator==(const OtpUri& other) const;

    private:
        QString m_issuer;
        QString m_accountName;
        OtpParameters m_parameters;
    };
}
