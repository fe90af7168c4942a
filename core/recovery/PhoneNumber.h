#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace tessera
{
    /// A phone number as a provider stores it for account recovery, checked and normalised to
    /// E.164 with libphonenumber (Debian 12 ships 8.12.57, whose metadata dates from late 2022).
    ///
    /// parse() fails only when no number can be formed at all (empty, letters, no or an unknown
    /// country calling code, far too long or short). Everything else is a value with findings:
    /// a missing '+' country code is always flagged; "not valid" per the library's metadata is a
    /// warning the user may override (new ranges are missing from old metadata); a number of an
    /// impossible length blocks.
    class PhoneNumber
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::PhoneNumber)

    public:
        enum class Type
        {
            FixedLine,
            Mobile,
            FixedLineOrMobile,
            TollFree,
            PremiumRate,
            SharedCost,
            Voip,
            PersonalNumber,
            Pager,
            Uan,
            Voicemail,
            Unknown,
        };

        enum class Possibility
        {
            Possible,
            TooShort,
            TooLong,
            InvalidLength,
            LocalOnly, ///< dialable only inside its area: not a full international number
        };

        enum class Severity
        {
            Info,
            Warning,  ///< shown; the user may go on
            Blocking, ///< the number cannot be used as it is
        };

        enum class IssueKind
        {
            MissingCountryCode,          ///< typed without '+' (national form, "00" prefix, or bare digits)
            LeadingZeroAfterCountryCode, ///< "+44 07911 ...": the trunk 0 must go
            Formatting,                  ///< spaces, dashes or brackets only
            NotPossible,                 ///< wrong length for its country
            NotValid,                    ///< unknown range in the 2022 metadata
            UnusualType,                 ///< VoIP, premium rate, pager, ...: an automated call may not reach it
        };

        struct Issue
        {
            IssueKind kind;
            Severity severity;
            QString message;
        };

        /// `defaultRegion` is an ISO 3166 two-letter code ("GB") used when the number has no
        /// '+' country code; empty means none, so such numbers fail to parse.
        static Result<PhoneNumber> parse(QStringView text, QStringView defaultRegion = {});

        /// Whether `region` is a two-letter region code the metadata knows (case-insensitive).
        static bool isSupportedRegion(QStringView region);

        [[nodiscard]] const QString& typed() const { return m_typed; }
        /// "+447911123456": + country code and national number, no spaces.
        [[nodiscard]] const QString& e164() const { return m_e164; }
        /// Exactly what to paste into a provider's contact settings (the E.164 form).
        [[nodiscard]] const QString& pasteText() const { return m_e164; }
        /// For reading: "+44 7911 123456".
        [[nodiscard]] const QString& international() const { return m_international; }
        [[nodiscard]] int countryCode() const { return m_countryCode; }
        /// The region the metadata assigns to the number ("GG" for +447911...): a hint, not a fact.
        [[nodiscard]] const QString& inferredRegion() const { return m_inferredRegion; }

        /// The text as typed (trimmed) is already the E.164 form.
        [[nodiscard]] bool isE164AsTyped() const { return m_typed == m_e164; }
        [[nodiscard]] bool hasCountryCodeAsTyped() const { return m_typedWithPlus; }
        [[nodiscard]] Possibility possibility() const { return m_possibility; }
        [[nodiscard]] bool isPossible() const { return m_possibility == Possibility::Possible; }
        [[nodiscard]] bool isValid() const { return m_valid; }
        [[nodiscard]] Type type() const { return m_type; }

        [[nodiscard]] const QList<Issue>& issues() const { return m_issues; }
        [[nodiscard]] bool hasIssue(IssueKind kind) const;
        /// Some finding blocks using the number (an impossible length).
        [[nodiscard]] bool isBlocked() const;
        /// Warnings the user must see and may override before the number is used.
        [[nodiscard]] bool hasWarnings() const;

        static QString typeName(Type type); ///< "mobile", "fixed line", ...

    private:
        PhoneNumber() = default;

        QString m_typed;
        QString m_e164;
        QString m_international;
        QString m_inferredRegion;
        QList<Issue> m_issues;
        int m_countryCode = 0;
        Possibility m_possibility = Possibility::Possible;
        Type m_type = Type::Unknown;
        bool m_valid = false;
        bool m_typedWithPlus = false;
    };
}
