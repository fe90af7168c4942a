#include "PhoneNumber.h"

#include <phonenumbers/phonenumberutil.h>

#include <set>
#include <string>

namespace tessera
{
    namespace
    {
        using i18n::phonenumbers::PhoneNumberUtil;
        using LibNumber = i18n::phonenumbers::PhoneNumber;

        const PhoneNumberUtil& util()
        {
            return *PhoneNumberUtil::GetInstance();
        }

        QString fromStd(const std::string& text)
        {
            return QString::fromStdString(text);
        }

        bool isAllowedCharacter(QChar c)
        {
            return c.isDigit() || c.isSpace() || c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.'
                || c == u'/';
        }

        QString digitsOf(const QString& text)
        {
            QString digits;
            for (const QChar c : text) {
                if (c.isDigit()) {
                    digits.append(QChar(static_cast<char16_t>(u'0' + c.digitValue())));
                }
            }
            return digits;
        }

        PhoneNumber::Type typeFrom(PhoneNumberUtil::PhoneNumberType type)
        {
            switch (type) {
            case PhoneNumberUtil::FIXED_LINE:
                return PhoneNumber::Type::FixedLine;
            case PhoneNumberUtil::MOBILE:
                return PhoneNumber::Type::Mobile;
            case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
                return PhoneNumber::Type::FixedLineOrMobile;
            case PhoneNumberUtil::TOLL_FREE:
                return PhoneNumber::Type::TollFree;
            case PhoneNumberUtil::PREMIUM_RATE:
                return PhoneNumber::Type::PremiumRate;
            case PhoneNumberUtil::SHARED_COST:
                return PhoneNumber::Type::SharedCost;
            case PhoneNumberUtil::VOIP:
                return PhoneNumber::Type::Voip;
            case PhoneNumberUtil::PERSONAL_NUMBER:
                return PhoneNumber::Type::PersonalNumber;
            case PhoneNumberUtil::PAGER:
                return PhoneNumber::Type::Pager;
            case PhoneNumberUtil::UAN:
                return PhoneNumber::Type::Uan;
            case PhoneNumberUtil::VOICEMAIL:
                return PhoneNumber::Type::Voicemail;
            case PhoneNumberUtil::UNKNOWN:
                break;
            }
            return PhoneNumber::Type::Unknown;
        }

        PhoneNumber::Possibility possibilityFrom(PhoneNumberUtil::ValidationResult result)
        {
            switch (result) {
            case PhoneNumberUtil::IS_POSSIBLE:
                return PhoneNumber::Possibility::Possible;
            case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
                return PhoneNumber::Possibility::LocalOnly;
            case PhoneNumberUtil::TOO_SHORT:
                return PhoneNumber::Possibility::TooShort;
            case PhoneNumberUtil::TOO_LONG:
                return PhoneNumber::Possibility::TooLong;
            case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            case PhoneNumberUtil::INVALID_LENGTH:
                break;
            }
            return PhoneNumber::Possibility::InvalidLength;
        }

        Error parseError(PhoneNumberUtil::ErrorType error, const QString& typed)
        {
            switch (error) {
            case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
                if (typed.startsWith(u'+')) {
                    return {Error::Kind::InvalidInput,
                        QCoreApplication::translate("tessera::PhoneNumber",
                            "'%1' does not start with a country calling code that exists; check the "
                            "digits after the '+'.")
                            .arg(typed)};
                }
                return {Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::PhoneNumber",
                        "'%1' has no country code: write it with '+' and the country code (for example "
                        "+44 7911 123456), or choose its country.")
                        .arg(typed)};
            case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
            case PhoneNumberUtil::TOO_SHORT_NSN:
                return {Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::PhoneNumber", "'%1' is too short to be a phone number.")
                        .arg(typed)};
            case PhoneNumberUtil::TOO_LONG_NSN:
                return {Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::PhoneNumber",
                        "'%1' is too long: a phone number has at most 15 digits, country code included.")
                        .arg(typed)};
            case PhoneNumberUtil::NOT_A_NUMBER:
            case PhoneNumberUtil::NO_PARSING_ERROR:
                break;
            }
            return {Error::Kind::InvalidInput,
                QCoreApplication::translate("tessera::PhoneNumber", "'%1' is not a phone number.").arg(typed)};
        }

        QString possibilityMessage(PhoneNumber::Possibility possibility, int countryCode)
        {
            switch (possibility) {
            case PhoneNumber::Possibility::TooShort:
                return QCoreApplication::translate(
                    "tessera::PhoneNumber", "The number is too short for a +%1 number; check that no digit is missing.")
                    .arg(countryCode);
            case PhoneNumber::Possibility::TooLong:
                return QCoreApplication::translate(
                    "tessera::PhoneNumber", "The number is too long for a +%1 number; check for extra digits.")
                    .arg(countryCode);
            case PhoneNumber::Possibility::LocalOnly:
                return QCoreApplication::translate(
                    "tessera::PhoneNumber", "This is a local number without its area code; write the whole number.");
            case PhoneNumber::Possibility::InvalidLength:
            case PhoneNumber::Possibility::Possible:
                break;
            }
            return QCoreApplication::translate(
                "tessera::PhoneNumber", "No +%1 number has this many digits; check the number.")
                .arg(countryCode);
        }
    }

    bool PhoneNumber::isSupportedRegion(QStringView region)
    {
        if (region.size() != 2) {
            return false;
        }
        std::set<std::string> regions;
        util().GetSupportedRegions(&regions);
        return regions.count(region.toString().toUpper().toStdString()) == 1;
    }

    Result<PhoneNumber> PhoneNumber::parse(QStringView text, QStringView defaultRegion)
    {
        const QString typed = text.trimmed().toString();
        if (typed.isEmpty()) {
            return Error(Error::Kind::InvalidInput, tr("The phone number is empty."));
        }
        for (qsizetype i = 0; i < typed.size(); ++i) {
            if (!isAllowedCharacter(typed.at(i))) {
                return Error(Error::Kind::InvalidInput,
                    tr("A phone number has only digits, spaces, '+', '-', '(', ')', '.' and '/'; "
                       "'%1' at position %2 is not one of them.")
                        .arg(typed.at(i))
                        .arg(i + 1));
            }
        }
        QString region = QStringLiteral("ZZ");
        if (!defaultRegion.trimmed().isEmpty()) {
            if (!isSupportedRegion(defaultRegion.trimmed())) {
                return Error(Error::Kind::InvalidInput,
                    tr("'%1' is not a country Tessera knows; use a two-letter code such as GB or US.")
                        .arg(defaultRegion.trimmed().toString()));
            }
            region = defaultRegion.trimmed().toString().toUpper();
        }

        LibNumber number;
        const auto error = util().ParseAndKeepRawInput(typed.toStdString(), region.toStdString(), &number);
        if (error != PhoneNumberUtil::NO_PARSING_ERROR) {
            return parseError(error, typed);
        }

        PhoneNumber out;
        out.m_typed = typed;
        out.m_typedWithPlus = typed.startsWith(u'+');
        out.m_countryCode = static_cast<int>(number.country_code());
        std::string formatted;
        util().Format(number, PhoneNumberUtil::E164, &formatted);
        out.m_e164 = fromStd(formatted);
        formatted.clear();
        util().Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
        out.m_international = fromStd(formatted);
        std::string inferred;
        util().GetRegionCodeForNumber(number, &inferred);
        out.m_inferredRegion = inferred == "ZZ" ? QString() : fromStd(inferred);
        out.m_possibility = possibilityFrom(util().IsPossibleNumberWithReason(number));
        out.m_valid = util().IsValidNumber(number);
        out.m_type = out.m_valid ? typeFrom(util().GetNumberType(number)) : Type::Unknown;

        // What the provider should have: the E.164 form, pasted exactly.
        const QString target = out.m_e164;
        switch (number.country_code_source()) {
        case LibNumber::FROM_NUMBER_WITH_PLUS_SIGN:
            break;
        case LibNumber::FROM_NUMBER_WITH_IDD:
            out.m_issues.append({IssueKind::MissingCountryCode, Severity::Warning,
                tr("The number starts with an international dialling prefix instead of '+'. "
                   "Providers need '+' and the country code: %1")
                    .arg(target)});
            break;
        case LibNumber::FROM_NUMBER_WITHOUT_PLUS_SIGN:
            out.m_issues.append({IssueKind::MissingCountryCode, Severity::Warning,
                tr("The country code is there but the '+' is missing. Providers need '+' and the "
                   "country code: %1")
                    .arg(target)});
            break;
        case LibNumber::FROM_DEFAULT_COUNTRY:
        case LibNumber::UNSPECIFIED:
            out.m_issues.append({IssueKind::MissingCountryCode, Severity::Warning,
                tr("The number has no country code (+%1 for %2 was assumed). Providers that call "
                   "you, such as AWS, need '+' and the country code: %3")
                    .arg(out.m_countryCode)
                    .arg(region, target)});
            break;
        }

        // "+44 07911 ...": a national trunk 0 typed after the country code. The parser drops it
        // silently, so say so (Italian numbers keep their leading zero: it is part of the number).
        std::string national;
        util().GetNationalSignificantNumber(number, &national);
        const QString nsn = fromStd(national);
        const QString digits = digitsOf(typed);
        const QString countryDigits = QString::number(out.m_countryCode);
        if (number.country_code_source() != LibNumber::FROM_DEFAULT_COUNTRY && digits.endsWith(nsn)) {
            QString prefix = digits.chopped(nsn.size());
            if (prefix.endsWith(u'0')) {
                while (prefix.endsWith(u'0')) {
                    prefix.chop(1);
                }
                if (prefix.endsWith(countryDigits)) {
                    out.m_issues.append({IssueKind::LeadingZeroAfterCountryCode, Severity::Warning,
                        tr("The 0 after the country code does not belong in the international form "
                           "(no leading zeros after the country code): %1")
                            .arg(target)});
                }
            }
        }

        if (out.m_typedWithPlus && !out.isE164AsTyped() && !out.hasIssue(IssueKind::LeadingZeroAfterCountryCode)) {
            out.m_issues.append(
                {IssueKind::Formatting, Severity::Info, tr("Paste it without spaces or punctuation: %1").arg(target)});
        }

        if (!out.isPossible()) {
            out.m_issues.append(
                {IssueKind::NotPossible, Severity::Blocking, possibilityMessage(out.m_possibility, out.m_countryCode)});
        } else if (!out.m_valid) {
            out.m_issues.append({IssueKind::NotValid, Severity::Warning,
                tr("Tessera's phone number data (from 2022) does not know this number range. Check "
                   "the number; if it is right (newer ranges are missing), you can keep it.")});
        } else {
            switch (out.m_type) {
            case Type::FixedLine:
            case Type::Mobile:
            case Type::FixedLineOrMobile:
            case Type::Unknown:
                break;
            case Type::TollFree:
            case Type::PremiumRate:
            case Type::SharedCost:
            case Type::Voip:
            case Type::PersonalNumber:
            case Type::Pager:
            case Type::Uan:
            case Type::Voicemail:
                out.m_issues.append({IssueKind::UnusualType, Severity::Warning,
                    tr("This looks like a %1 number, not a mobile or landline: an automated "
                       "verification call or text may not reach it.")
                        .arg(typeName(out.m_type))});
                break;
            }
        }
        return out;
    }

    bool PhoneNumber::hasIssue(IssueKind kind) const
    {
        for (const Issue& issue : m_issues) {
            if (issue.kind == kind) {
                return true;
            }
        }
        return false;
    }

    bool PhoneNumber::isBlocked() const
    {
        for (const Issue& issue : m_issues) {
            if (issue.severity == Severity::Blocking) {
                return true;
            }
        }
        return false;
    }

    bool PhoneNumber::hasWarnings() const
    {
        for (const Issue& issue : m_issues) {
            if (issue.severity == Severity::Warning) {
                return true;
            }
        }
        return false;
    }

    QString PhoneNumber::typeName(Type type)
    {
        switch (type) {
        case Type::FixedLine:
            return tr("landline");
        case Type::Mobile:
            return tr("mobile");
        case Type::FixedLineOrMobile:
            return tr("landline or mobile");
        case Type::TollFree:
            return tr("toll-free");
        case Type::PremiumRate:
            return tr("premium-rate");
        case Type::SharedCost:
            return tr("shared-cost");
        case Type::Voip:
            return QStringLiteral("VoIP");
        case Type::PersonalNumber:
            return tr("personal forwarding");
        case Type::Pager:
            return tr("pager");
        case Type::Uan:
            return tr("company-wide (UAN)");
        case Type::Voicemail:
            return tr("voicemail");
        case Type::Unknown:
            break;
        }
        return tr("unknown");
    }
}
