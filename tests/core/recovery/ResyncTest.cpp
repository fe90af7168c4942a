#include "Resync.h"
#include "OtpGenerator.h"

#include <gtest/gtest.h>

#include <limits>

using namespace tessera;

namespace
{
    const QByteArray Seed("12345678901234567890");
    constexpr qint64 Now = 1'111'111'109; // RFC 6238 test time: step 37037036, 1 s left in the period

    Clock fixedClock(qint64 seconds = Now)
    {
        return Clock([seconds] { return seconds * 1000; });
    }

    OtpParameters totp(HashAlgorithm algorithm = HashAlgorithm::Sha1, int digits = 8, int period = 30)
    {
        return OtpParameters::create(OtpType::Totp, Seed, algorithm, digits, period).value();
    }

    OtpParameters hotp(quint64 counter = 0)
    {
        return OtpParameters::create(OtpType::Hotp, Seed, HashAlgorithm::Sha1, 6, 30, counter).value();
    }

    QString codeAt(const OtpParameters& parameters, qint64 offsetPeriods, qint64 now = Now)
    {
        const auto step = static_cast<qint64>(OtpGenerator::timeStep(parameters, now)) + offsetPeriods;
        return OtpGenerator::codeForCounter(parameters, static_cast<quint64>(step));
    }

    Resync::TotpResult find(const OtpParameters& parameters, const QStringList& codes, int window = 10)
    {
        const Clock clock = fixedClock();
        auto result = Resync::findTotp(parameters, codes, clock, window);
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().message().toStdString());
        return std::move(result).value();
    }
}

TEST(ResyncTotp, CurrentCodeMatchesAtOffsetZero)
{
    const auto parameters = totp();
    EXPECT_EQ(codeAt(parameters, 0), QStringLiteral("07081804")); // RFC 6238 Appendix B
    const auto result = find(parameters, {QStringLiteral("07081804")});
    EXPECT_EQ(result.outcome, Resync::TotpResult::Outcome::Matched);
    EXPECT_EQ(result.periodOffset, 0);
    EXPECT_FALSE(result.suggestion.has_value());
    EXPECT_TRUE(result.summary().contains(QStringLiteral("matches this account now")));
}

TEST(ResyncTotp, FindsOffsetsInBothDirectionsUpToTheWindow)
{
    const auto parameters = totp();
    for (const int offset : {-10, -7, -2, -1, 1, 2, 5, 10}) {
        const auto result = find(parameters, {codeAt(parameters, offset)});
        EXPECT_EQ(result.outcome, Resync::TotpResult::Outcome::Matched) << offset;
        EXPECT_EQ(result.periodOffset, offset);
        EXPECT_EQ(result.approximateOffsetSeconds, offset * 30);
        EXPECT_EQ(result.codesMatched, 1);
    }
    const auto ahead = find(parameters, {codeAt(parameters, 3)});
    EXPECT_TRUE(ahead.summary().contains(QStringLiteral("3 periods ahead"))) << ahead.summary().toStdString();
    const auto behind = find(parameters, {codeAt(parameters, -1)});
    EXPECT_TRUE(behind.summary().contains(QStringLiteral("1 period behind"))) << behind.summary().toStdString();
}

TEST(ResyncTotp, NothingBeyondTheWindow)
{
    const auto parameters = totp();
    for (const int offset : {-12, -11, 11, 12, 40}) {
        const auto result = find(parameters, {codeAt(parameters, offset)});
        EXPECT_EQ(result.outcome, Resync::TotpResult::Outcome::NotFound) << offset;
        EXPECT_FALSE(result.found());
        EXPECT_TRUE(result.summary().contains(QStringLiteral("10 periods"))) << result.summary().toStdString();
    }
    EXPECT_EQ(find(parameters, {codeAt(parameters, 4)}, 3).outcome, Resync::TotpResult::Outcome::NotFound);
    EXPECT_EQ(find(parameters, {codeAt(parameters, 3)}, 3).outcome, Resync::TotpResult::Outcome::Matched);
    EXPECT_EQ(find(parameters, {codeAt(parameters, 1)}, 0).outcome, Resync::TotpResult::Outcome::NotFound);
}

TEST(ResyncTotp, TwoCodesMustBeConsecutive)
{
    const auto parameters = totp();
    const auto pair = find(parameters, {codeAt(parameters, -4), codeAt(parameters, -3)});
    EXPECT_EQ(pair.outcome, Resync::TotpResult::Outcome::Matched);
    EXPECT_EQ(pair.periodOffset, -4);
    EXPECT_EQ(pair.codesMatched, 2);

    const auto gap = find(parameters, {codeAt(parameters, -4), codeAt(parameters, -2)});
    EXPECT_EQ(gap.outcome, Resync::TotpResult::Outcome::NotFound);
    const auto reversed = find(parameters, {codeAt(parameters, 2), codeAt(parameters, 1)});
    EXPECT_EQ(reversed.outcome, Resync::TotpResult::Outcome::NotFound);
}

TEST(ResyncTotp, UsesTheInjectedClockIncludingItsAppOffset)
{
    const auto parameters = totp();
    Clock clock = fixedClock();
    clock.setOffsetMilliseconds(90'000); // three periods ahead
    const auto result = Resync::findTotp(parameters, {codeAt(parameters, 3)}, clock);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->periodOffset, 0);
}

TEST(ResyncTotp, DiagnosesTheWrongDigitCount)
{
    const auto account = totp(HashAlgorithm::Sha1, 6);
    const auto real = totp(HashAlgorithm::Sha1, 8);
    const auto result = find(account, {codeAt(real, 0)});
    ASSERT_EQ(result.outcome, Resync::TotpResult::Outcome::DifferentParameters);
    ASSERT_TRUE(result.suggestion.has_value());
    EXPECT_EQ(result.suggestion->digits, 8);
    EXPECT_EQ(result.suggestion->algorithm, HashAlgorithm::Sha1);
    EXPECT_EQ(result.suggestion->period, 30);
    EXPECT_EQ(result.periodOffset, 0);
    EXPECT_TRUE(result.summary().contains(QStringLiteral("8 digits")));
    EXPECT_TRUE(result.summary().contains(QStringLiteral("two consecutive codes")));

    // Seven digits, read one period early.
    const auto seven = find(account, {codeAt(totp(HashAlgorithm::Sha1, 7), -1)});
    ASSERT_EQ(seven.outcome, Resync::TotpResult::Outcome::DifferentParameters);
    EXPECT_EQ(seven.suggestion->digits, 7);
    EXPECT_EQ(seven.periodOffset, -1);
}

TEST(ResyncTotp, DiagnosesTheWrongAlgorithm)
{
    const auto account = totp(HashAlgorithm::Sha1);
    for (const HashAlgorithm algorithm : {HashAlgorithm::Sha256, HashAlgorithm::Sha512}) {
        const auto real = totp(algorithm);
        const auto result = find(account, {codeAt(real, 2), codeAt(real, 3)});
        ASSERT_EQ(result.outcome, Resync::TotpResult::Outcome::DifferentParameters);
        EXPECT_EQ(result.suggestion->algorithm, algorithm);
        EXPECT_EQ(result.suggestion->digits, 8);
        EXPECT_EQ(result.suggestion->period, 30);
        EXPECT_EQ(result.periodOffset, 2);
        EXPECT_EQ(result.codesMatched, 2);
        EXPECT_FALSE(result.summary().contains(QStringLiteral("by chance")));
    }
}

TEST(ResyncTotp, DiagnosesTheWrongPeriod)
{
    const auto account = totp(HashAlgorithm::Sha1, 8, 30);
    for (const int period : {60, 15, 10}) {
        const auto real = totp(HashAlgorithm::Sha1, 8, period);
        const auto result = find(account, {codeAt(real, 0)});
        ASSERT_EQ(result.outcome, Resync::TotpResult::Outcome::DifferentParameters) << period;
        EXPECT_EQ(result.suggestion->period, period);
        EXPECT_EQ(result.suggestion->algorithm, HashAlgorithm::Sha1);
        EXPECT_EQ(result.approximateOffsetSeconds, 0);
    }
    // And the other way round: an account set to 60 s whose codes really change every 30 s.
    const auto sixty = totp(HashAlgorithm::Sha1, 8, 60);
    const auto result = find(sixty, {codeAt(totp(), -2)});
    ASSERT_EQ(result.outcome, Resync::TotpResult::Outcome::DifferentParameters);
    EXPECT_EQ(result.suggestion->period, 30);
    EXPECT_EQ(result.periodOffset, -2);
    EXPECT_EQ(result.approximateOffsetSeconds, -60);
}

TEST(ResyncTotp, DiagnosesSeveralWrongSettingsAtOnce)
{
    const auto account = totp(HashAlgorithm::Sha1, 6, 30);
    const auto real = totp(HashAlgorithm::Sha256, 8, 60);
    const auto result = find(account, {codeAt(real, 1), codeAt(real, 2)});
    ASSERT_EQ(result.outcome, Resync::TotpResult::Outcome::DifferentParameters);
    EXPECT_EQ(result.suggestion->algorithm, HashAlgorithm::Sha256);
    EXPECT_EQ(result.suggestion->digits, 8);
    EXPECT_EQ(result.suggestion->period, 60);
    EXPECT_EQ(result.periodOffset, 1);

    const auto fixed = Resync::apply(account, *result.suggestion);
    ASSERT_TRUE(fixed.ok());
    EXPECT_EQ(fixed->secret(), account.secret());
    EXPECT_EQ(fixed->type(), OtpType::Totp);
    EXPECT_EQ(codeAt(*fixed, 1), codeAt(real, 1));
}

TEST(ResyncTotp, UnrelatedCodesFindNothing)
{
    const auto result = find(totp(), {QStringLiteral("12345678"), QStringLiteral("87654321")});
    EXPECT_EQ(result.outcome, Resync::TotpResult::Outcome::NotFound);
    EXPECT_FALSE(result.suggestion.has_value());
}

TEST(ResyncTotp, AcceptsGroupedCodes)
{
    const auto parameters = totp(HashAlgorithm::Sha1, 6);
    QString code = codeAt(parameters, -1);
    code.insert(3, QLatin1Char(' '));
    const auto result = find(parameters, {code});
    EXPECT_EQ(result.outcome, Resync::TotpResult::Outcome::Matched);
    EXPECT_EQ(result.periodOffset, -1);
    QString hyphen = codeAt(parameters, 1);
    hyphen.insert(3, QLatin1Char('-'));
    EXPECT_EQ(find(parameters, {hyphen}).periodOffset, 1);
}

TEST(ResyncTotp, SteamCodesGetTheOffsetSearch)
{
    const auto steam = OtpParameters::create(OtpType::Steam, Seed).value();
    const auto result = find(steam, {codeAt(steam, -2).toLower()});
    EXPECT_EQ(result.outcome, Resync::TotpResult::Outcome::Matched);
    EXPECT_EQ(result.periodOffset, -2);
    const auto bad = Resync::findTotp(steam, {QStringLiteral("AAAAA")}, fixedClock());
    EXPECT_FALSE(bad.ok());
}

TEST(ResyncTotp, RejectsInputThatCannotBeACode)
{
    const auto parameters = totp();
    const Clock clock = fixedClock();
    const auto error = [&](const QStringList& codes) {
        const auto result = Resync::findTotp(parameters, codes, clock);
        EXPECT_FALSE(result.ok());
        return result.ok() ? QString() : result.error().message();
    };
    EXPECT_TRUE(error({}).contains(QStringLiteral("Enter the code")));
    EXPECT_TRUE(error({QStringLiteral("12a456")}).contains(QStringLiteral("'a'")));
    EXPECT_TRUE(error({QStringLiteral("123")}).contains(QStringLiteral("4 to 10 digits")));
    EXPECT_TRUE(error({QStringLiteral("12345678901")}).contains(QStringLiteral("4 to 10 digits")));
    EXPECT_TRUE(error({QStringLiteral("123456"), QStringLiteral("1234567")}).contains(QStringLiteral("different")));
    EXPECT_TRUE(error({QStringLiteral("123456"), QStringLiteral("123456"), QStringLiteral("123456")})
                    .contains(QStringLiteral("two consecutive")));
    EXPECT_FALSE(Resync::findTotp(hotp(), {QStringLiteral("123456")}, clock).ok());
    EXPECT_FALSE(Resync::findTotp(parameters, {QStringLiteral("123456")}, clock, -1).ok());
    EXPECT_FALSE(Resync::findTotp(parameters, {QStringLiteral("123456")}, clock, Resync::MaxTotpWindow + 1).ok());
}

TEST(ResyncHotp, FindsTheCounterOfOneCode)
{
    const auto parameters = hotp(0);
    // RFC 4226 Appendix D: counter 5 gives 254676.
    const auto result = Resync::findHotp(parameters, {QStringLiteral("254676")});
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->found);
    EXPECT_EQ(result->counter, 5U);
    EXPECT_EQ(result->nextCounter, 6U);
    EXPECT_EQ(result->codesMatched, 1);
    EXPECT_TRUE(result->summary().contains(QStringLiteral("Set the counter to 6")));
}

TEST(ResyncHotp, TwoConsecutiveCodesSetTheCounterAfterTheSecond)
{
    const auto parameters = hotp(10);
    const QString first = OtpGenerator::codeForCounter(parameters, 57);
    const QString second = OtpGenerator::codeForCounter(parameters, 58);
    const auto result = Resync::findHotp(parameters, {first, second});
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->found);
    EXPECT_EQ(result->counter, 57U);
    EXPECT_EQ(result->nextCounter, 59U);
    EXPECT_EQ(result->codesMatched, 2);

    const QString third = OtpGenerator::codeForCounter(parameters, 59);
    const auto gap = Resync::findHotp(parameters, {first, third});
    ASSERT_TRUE(gap.ok());
    EXPECT_FALSE(gap->found);
}

TEST(ResyncHotp, NothingBeyondTheLookAheadWindow)
{
    const auto parameters = hotp(1000);
    const auto last = Resync::findHotp(parameters, {OtpGenerator::codeForCounter(parameters, 1099)});
    ASSERT_TRUE(last.ok());
    EXPECT_TRUE(last->found);
    EXPECT_EQ(last->counter, 1099U);

    const auto beyond = Resync::findHotp(parameters, {OtpGenerator::codeForCounter(parameters, 1100)});
    ASSERT_TRUE(beyond.ok());
    EXPECT_FALSE(beyond->found);
    EXPECT_EQ(beyond->searchedFrom, 1000U);
    EXPECT_EQ(beyond->searchedTo, 1099U);
    EXPECT_TRUE(beyond->summary().contains(QStringLiteral("from 1000 to 1099")));

    // Behind the stored counter is outside the window too (RFC 4226 looks ahead only).
    const auto behind = Resync::findHotp(parameters, {OtpGenerator::codeForCounter(parameters, 999)});
    ASSERT_TRUE(behind.ok());
    EXPECT_FALSE(behind->found);

    // A wider window, within its bound.
    const auto wide = Resync::findHotp(parameters, {OtpGenerator::codeForCounter(parameters, 1100)}, 101);
    ASSERT_TRUE(wide.ok());
    EXPECT_TRUE(wide->found);
}

TEST(ResyncHotp, TheWindowIsBounded)
{
    const auto parameters = hotp();
    EXPECT_FALSE(Resync::findHotp(parameters, {QStringLiteral("755224")}, 0).ok());
    EXPECT_FALSE(Resync::findHotp(parameters, {QStringLiteral("755224")}, Resync::MaxHotpLookAhead + 1).ok());
    EXPECT_TRUE(Resync::findHotp(parameters, {QStringLiteral("755224")}, Resync::MaxHotpLookAhead).ok());
    EXPECT_FALSE(Resync::findHotp(totp(), {QStringLiteral("755224")}).ok());
    EXPECT_FALSE(Resync::findHotp(parameters, {QStringLiteral("75522")}).ok());
    EXPECT_FALSE(Resync::findHotp(parameters, {}).ok());
}

TEST(ResyncHotp, NoOverflowAtTheTopOfTheCounter)
{
    constexpr quint64 max = std::numeric_limits<quint64>::max();
    const auto parameters = hotp(max - 5);
    const QString code = OtpGenerator::codeForCounter(parameters, max - 1);
    const QString last = OtpGenerator::codeForCounter(parameters, max);
    const auto result = Resync::findHotp(parameters, {code, last});
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->found);
    EXPECT_EQ(result->counter, max - 1);
    EXPECT_EQ(result->searchedTo, max - 1);
}

TEST(ResyncCodePair, TimeBasedCodesWithTheirRemainingSeconds)
{
    const auto parameters = totp();
    const auto pair = Resync::consecutiveCodes(parameters, fixedClock());
    EXPECT_EQ(pair.current, QStringLiteral("07081804"));
    EXPECT_EQ(pair.next, QStringLiteral("14050471")); // RFC 6238 at 1111111111
    EXPECT_EQ(pair.counter, 37037036U);
    ASSERT_TRUE(pair.currentRemainingSeconds.has_value());
    EXPECT_EQ(*pair.currentRemainingSeconds, 1);
    EXPECT_EQ(*pair.nextRemainingSeconds, 31);

    const auto later = Resync::consecutiveCodes(parameters, fixedClock(Now + 1));
    EXPECT_EQ(later.current, QStringLiteral("14050471"));
    EXPECT_EQ(*later.currentRemainingSeconds, 30);
    EXPECT_EQ(*later.nextRemainingSeconds, 60);
}

TEST(ResyncCodePair, HotpCodesHaveNoTimeLimit)
{
    const auto pair = Resync::consecutiveCodes(hotp(3), fixedClock());
    EXPECT_EQ(pair.current, QStringLiteral("969429")); // RFC 4226 Appendix D
    EXPECT_EQ(pair.next, QStringLiteral("338314"));
    EXPECT_EQ(pair.counter, 3U);
    EXPECT_FALSE(pair.currentRemainingSeconds.has_value());
    EXPECT_FALSE(pair.nextRemainingSeconds.has_value());
}
