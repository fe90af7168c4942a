#pragma once

#include "Clock.h"
#include "OtpParameters.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tessera
{
    /// Finds out why codes are rejected, from codes the user reads elsewhere (another device, or
    /// codes the provider accepted). Time comes from the injected Clock (its app-internal offset
    /// included), so every search is deterministic in tests.
    ///
    /// Codes may be typed with spaces or hyphens ("123 456"). Errors are for input that cannot be
    /// a code; "nothing found" is a result, not an error.
    class Resync
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::Resync)

    public:
        static constexpr int DefaultTotpWindow = 10; ///< periods either side of now
        static constexpr int MaxTotpWindow = 100;
        static constexpr int DefaultHotpLookAhead = 100; ///< RFC 4226 §7.4's look-ahead s
        static constexpr int MaxHotpLookAhead = 1000;
        static constexpr int MaxCodes = 2;

        /// OTP parameters that differ from the account's and produce the codes given.
        struct Candidate
        {
            HashAlgorithm algorithm = HashAlgorithm::Sha1;
            int digits = OtpParameters::DefaultDigits;
            int period = OtpParameters::DefaultPeriod;
        };

        struct TotpResult
        {
            enum class Outcome
            {
                Matched,             ///< the account's parameters give the codes, `periodOffset` periods from now
                DifferentParameters, ///< only `suggestion` gives them: the account was imported wrongly
                NotFound,            ///< nothing within the window
            };

            Outcome outcome = Outcome::NotFound;
            /// Periods from now at which the first code matched (negative: the other side is behind).
            int periodOffset = 0;
            /// periodOffset × period: the clock difference to within one period.
            qint64 approximateOffsetSeconds = 0;
            std::optional<Candidate> suggestion;
            int window = DefaultTotpWindow;
            int codesMatched = 0;

            [[nodiscard]] bool found() const { return outcome != Outcome::NotFound; }
            /// One or two sentences for people: what was found and what to do.
            [[nodiscard]] QString summary() const;
        };

        struct HotpResult
        {
            bool found = false;
            quint64 counter = 0;     ///< the counter that produced the first code
            quint64 nextCounter = 0; ///< what to store: the counter after the last code given
            quint64 searchedFrom = 0;
            quint64 searchedTo = 0; ///< inclusive
            int codesMatched = 0;

            [[nodiscard]] QString summary() const;
        };

        /// Code N and N+1 side by side, for providers that ask for two consecutive codes.
        struct CodePair
        {
            QString current;
            QString next;
            /// Seconds until `current` expires (and `next` starts); none for HOTP.
            std::optional<int> currentRemainingSeconds;
            /// Seconds until `next` expires; none for HOTP.
            std::optional<int> nextRemainingSeconds;
            quint64 counter = 0; ///< time step or HOTP counter of `current`
        };

        /// TOTP (and Steam): one code, or two codes of consecutive periods. Searches the account's
        /// parameters within ±window periods; if nothing matches, tries other algorithms, the
        /// typed code's digit count and common periods (a frequent import mistake). Steam codes
        /// get the offset search only.
        static Result<TotpResult> findTotp(const OtpParameters& parameters,
            const QStringList& codes,
            const Clock& clock,
            int window = DefaultTotpWindow);

        /// HOTP: one code, or two consecutive codes, searched from the stored counter over
        /// `lookAhead` counter values (RFC 4226 §7.4). Two codes must be consecutive.
        static Result<HotpResult> findHotp(
            const OtpParameters& parameters, const QStringList& codes, int lookAhead = DefaultHotpLookAhead);

        static CodePair consecutiveCodes(const OtpParameters& parameters, const Clock& clock);

        /// The account's parameters with a suggestion applied (same type, secret and counter).
        static Result<OtpParameters> apply(const OtpParameters& parameters, const Candidate& candidate);
    };
}
