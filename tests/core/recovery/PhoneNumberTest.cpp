#include "PhoneNumber.h"

#include <gtest/gtest.h>

using tessera::PhoneNumber;

namespace
{
    PhoneNumber parsed(const QString& text, const QString& region = {})
    {
        auto result = PhoneNumber::parse(text, region);
        EXPECT_TRUE(result.ok()) << text.toStdString() << ": "
                                 << (result.ok() ? std::string() : result.error().message().toStdString());
        return std::move(result).value();
    }
}

TEST(PhoneNumber, AwsExampleNationalFormWithRegionGbBecomesE164)
{
    const PhoneNumber number = parsed(QStringLiteral("07911 123456"), QStringLiteral("GB"));
    EXPECT_EQ(number.e164(), QStringLiteral("+447911123456"));
    EXPECT_EQ(number.pasteText(), QStringLiteral("+447911123456"));
    EXPECT_EQ(number.international(), QStringLiteral("+44 7911 123456"));
    EXPECT_EQ(number.countryCode(), 44);
    EXPECT_FALSE(number.isE164AsTyped());
    EXPECT_FALSE(number.hasCountryCodeAsTyped());
    EXPECT_TRUE(number.isPossible());
    EXPECT_TRUE(number.isValid());
    EXPECT_EQ(number.type(), PhoneNumber::Type::Mobile);
    // The missing '+' country code is always flagged, even though the number is valid.
    EXPECT_TRUE(number.hasIssue(PhoneNumber::IssueKind::MissingCountryCode));
    EXPECT_TRUE(number.hasWarnings());
    EXPECT_FALSE(number.isBlocked());
    // The metadata puts the range in Guernsey: a hint only.
    EXPECT_EQ(number.inferredRegion(), QStringLiteral("GG"));
}

TEST(PhoneNumber, E164AsTypedHasNoFindings)
{
    const PhoneNumber number = parsed(QStringLiteral("+447911123456"));
    EXPECT_TRUE(number.isE164AsTyped());
    EXPECT_TRUE(number.hasCountryCodeAsTyped());
    EXPECT_TRUE(number.issues().isEmpty());
    EXPECT_FALSE(number.hasWarnings());
}

TEST(PhoneNumber, LeadingZeroAfterCountryCodeIsDroppedAndFlagged)
{
    for (const QString& typed : {QStringLiteral("+44 07911 123456"), QStringLiteral("+44 (0) 7911 123456")}) {
        const PhoneNumber number = parsed(typed);
        EXPECT_EQ(number.e164(), QStringLiteral("+447911123456")) << typed.toStdString();
        EXPECT_TRUE(number.isValid());
        EXPECT_FALSE(number.isE164AsTyped());
        EXPECT_TRUE(number.hasIssue(PhoneNumber::IssueKind::LeadingZeroAfterCountryCode)) << typed.toStdString();
        EXPECT_FALSE(number.hasIssue(PhoneNumber::IssueKind::MissingCountryCode));
    }
}

TEST(PhoneNumber, ItalianLeadingZeroBelongsToTheNumber)
{
    const PhoneNumber number = parsed(QStringLiteral("+39 06 1234 5678"));
    EXPECT_EQ(number.e164(), QStringLiteral("+390612345678"));
    EXPECT_FALSE(number.hasIssue(PhoneNumber::IssueKind::LeadingZeroAfterCountryCode));
    EXPECT_TRUE(number.hasIssue(PhoneNumber::IssueKind::Formatting));
    EXPECT_EQ(number.type(), PhoneNumber::Type::FixedLine);
}

TEST(PhoneNumber, SpacesAloneAreOnlyFormatting)
{
    const PhoneNumber number = parsed(QStringLiteral("+44 7911 123456"));
    EXPECT_FALSE(number.isE164AsTyped());
    ASSERT_EQ(number.issues().size(), 1);
    EXPECT_EQ(number.issues().first().kind, PhoneNumber::IssueKind::Formatting);
    EXPECT_EQ(number.issues().first().severity, PhoneNumber::Severity::Info);
    EXPECT_TRUE(number.issues().first().message.contains(QStringLiteral("+447911123456")));
}

TEST(PhoneNumber, WithoutPlusAndWithoutRegionThereIsNoCountryCode)
{
    const auto result = PhoneNumber::parse(QStringLiteral("12065550100"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), tessera::Error::Kind::InvalidInput);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("no country code")));
}

TEST(PhoneNumber, WithoutPlusTheCountryCodeSourceIsAlwaysFlagged)
{
    // The international prefix 00 instead of '+'.
    const PhoneNumber idd = parsed(QStringLiteral("0044 7911 123456"), QStringLiteral("GB"));
    EXPECT_EQ(idd.e164(), QStringLiteral("+447911123456"));
    EXPECT_TRUE(idd.hasIssue(PhoneNumber::IssueKind::MissingCountryCode));
    EXPECT_TRUE(idd.issues().first().message.contains(QStringLiteral("international dialling prefix")));

    // A US number typed nationally, with region US.
    const PhoneNumber national = parsed(QStringLiteral("(202) 555-0100"), QStringLiteral("us"));
    EXPECT_EQ(national.e164(), QStringLiteral("+12025550100"));
    EXPECT_TRUE(national.hasIssue(PhoneNumber::IssueKind::MissingCountryCode));
    EXPECT_TRUE(national.issues().first().message.contains(QStringLiteral("+1 for US")));
}

TEST(PhoneNumber, UnknownCountryCallingCode)
{
    const auto result = PhoneNumber::parse(QStringLiteral("+999123456"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("country calling code that exists")));
}

TEST(PhoneNumber, TooLongIsBlockingOrAnError)
{
    // Long for the UK but still parseable: a value that blocks.
    const PhoneNumber number = parsed(QStringLiteral("+44 7911 1234567890"));
    EXPECT_FALSE(number.isPossible());
    EXPECT_EQ(number.possibility(), PhoneNumber::Possibility::TooLong);
    EXPECT_TRUE(number.isBlocked());
    EXPECT_TRUE(number.hasIssue(PhoneNumber::IssueKind::NotPossible));
    EXPECT_FALSE(number.hasIssue(PhoneNumber::IssueKind::NotValid));

    // Longer than any phone number: an error.
    const auto result = PhoneNumber::parse(QStringLiteral("+44791112345678901234"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("too long")));
}

TEST(PhoneNumber, TooShortAndLocalOnly)
{
    const PhoneNumber shortNumber = parsed(QStringLiteral("+44 7911"));
    EXPECT_FALSE(shortNumber.isPossible());
    EXPECT_TRUE(shortNumber.isBlocked());
    EXPECT_FALSE(PhoneNumber::parse(QStringLiteral("+4")).ok());
}

TEST(PhoneNumber, LettersAreRefusedWithTheirPosition)
{
    const auto result = PhoneNumber::parse(QStringLiteral("+44 7911 ABC456"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("'A' at position 10")))
        << result.error().message().toStdString();
    EXPECT_FALSE(PhoneNumber::parse(QStringLiteral("+1 800 FLOWERS")).ok());
    EXPECT_FALSE(PhoneNumber::parse(QStringLiteral("07911 123456 ext. 12"), QStringLiteral("GB")).ok());
}

TEST(PhoneNumber, EmptyAndBlank)
{
    for (const QString& text : {QString(), QStringLiteral("   "), QStringLiteral("+")}) {
        const auto result = PhoneNumber::parse(text);
        EXPECT_FALSE(result.ok()) << text.toStdString();
    }
    EXPECT_TRUE(PhoneNumber::parse(QString()).error().message().contains(QStringLiteral("empty")));
}

TEST(PhoneNumber, NotValidIn2022MetadataIsAWarningNotABlock)
{
    // +1 999 is not an allocated North American area code: possible length, invalid range.
    const PhoneNumber number = parsed(QStringLiteral("+19995550100"));
    EXPECT_TRUE(number.isPossible());
    EXPECT_FALSE(number.isValid());
    EXPECT_EQ(number.type(), PhoneNumber::Type::Unknown);
    EXPECT_TRUE(number.hasIssue(PhoneNumber::IssueKind::NotValid));
    EXPECT_TRUE(number.hasWarnings());
    EXPECT_FALSE(number.isBlocked());
    EXPECT_EQ(number.pasteText(), QStringLiteral("+19995550100"));
}

TEST(PhoneNumber, UnusualTypesAreWarned)
{
    const PhoneNumber tollFree = parsed(QStringLiteral("+18003569377"));
    EXPECT_EQ(tollFree.type(), PhoneNumber::Type::TollFree);
    EXPECT_TRUE(tollFree.hasIssue(PhoneNumber::IssueKind::UnusualType));
    const PhoneNumber fixedOrMobile = parsed(QStringLiteral("+12025550100"));
    EXPECT_EQ(fixedOrMobile.type(), PhoneNumber::Type::FixedLineOrMobile);
    EXPECT_FALSE(fixedOrMobile.hasIssue(PhoneNumber::IssueKind::UnusualType));
}

TEST(PhoneNumber, RegionsAreChecked)
{
    EXPECT_TRUE(PhoneNumber::isSupportedRegion(QStringLiteral("GB")));
    EXPECT_TRUE(PhoneNumber::isSupportedRegion(QStringLiteral("de")));
    EXPECT_FALSE(PhoneNumber::isSupportedRegion(QStringLiteral("XX")));
    EXPECT_FALSE(PhoneNumber::isSupportedRegion(QStringLiteral("GBR")));
    const auto result = PhoneNumber::parse(QStringLiteral("07911 123456"), QStringLiteral("XX"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("'XX'")));
    // A '+' number ignores the region.
    EXPECT_EQ(parsed(QStringLiteral("+447911123456"), QStringLiteral("US")).e164(), QStringLiteral("+447911123456"));
}

TEST(PhoneNumber, TypeNames)
{
    EXPECT_EQ(PhoneNumber::typeName(PhoneNumber::Type::Mobile), QStringLiteral("mobile"));
    EXPECT_EQ(PhoneNumber::typeName(PhoneNumber::Type::Voip), QStringLiteral("VoIP"));
    EXPECT_EQ(PhoneNumber::typeName(PhoneNumber::Type::Unknown), QStringLiteral("unknown"));
}
