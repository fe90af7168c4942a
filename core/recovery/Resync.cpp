#include "Resync.h"

#include "OtpGenerator.h"

#include <QList>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace tessera
{
    namespace
    {
        constexpr int CommonPeriods[] = {30, 60, 15, 10, 20, 45, 90, 120};
        constexpr HashAlgorithm Algorithms[] = {HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512};
        const QString SteamAlphabet = QStringLiteral("23456789BCDFGHJKMNPQRTVWXY");

        /// Strips the grouping people type ("123 456", "123-456"); Steam codes go upper case.
        Result<QStringList> normaliseCodes(const QStringList& codes, OtpType type)
        {
            if (codes.isEmpty()) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::Resync", "Enter the code you see on the other device."));
            }
            if (codes.size() > Resync::MaxCodes) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate(
                        "tessera::Resync", "Enter one code, or two consecutive codes; %1 were given.")
                        .arg(codes.size()));
            }
            QStringList out;
            for (const QString& code : codes) {
                QString clean;
                for (const QChar c : code) {
                    if (!c.isSpace() && c != u'-') {
                        clean.append(c);
                    }
                }
                if (type == OtpType::Steam) {
                    clean = clean.toUpper();
                    if (clean.size() != OtpParameters::SteamDigits) {
                        return Error(Error::Kind::InvalidInput,
                            QCoreApplication::translate(
                                "tessera::Resync", "A Steam code has %1 characters; '%2' has %3.")
                                .arg(OtpParameters::SteamDigits)
                                .arg(code)
                                .arg(clean.size()));
                    }
                    for (const QChar c : clean) {
                        if (!SteamAlphabet.contains(c)) {
                            return Error(Error::Kind::InvalidInput,
                                QCoreApplication::translate(
                                    "tessera::Resync", "'%1' cannot appear in a Steam code such as '%2'.")
                                    .arg(c)
                                    .arg(code));
                        }
                    }
                } else {
                    for (const QChar c : clean) {
                        if (c < u'0' || c > u'9') {
                            return Error(Error::Kind::InvalidInput,
                                QCoreApplication::translate(
                                    "tessera::Resync", "A code has digits only; '%1' in '%2' is not a digit.")
                                    .arg(c)
                                    .arg(code));
                        }
                    }
                    if (clean.size() < OtpParameters::MinDigits || clean.size() > OtpParameters::MaxDigits) {
                        return Error(Error::Kind::InvalidInput,
                            QCoreApplication::translate("tessera::Resync", "A code has %1 to %2 digits; '%3' has %4.")
                                .arg(OtpParameters::MinDigits)
                                .arg(OtpParameters::MaxDigits)
                                .arg(code)
                                .arg(clean.size()));
                    }
                }
                if (!out.isEmpty() && out.first().size() != clean.size()) {
                    return Error(Error::Kind::InvalidInput,
                        QCoreApplication::translate("tessera::Resync",
                            "The two codes have different lengths; enter two codes from the same account."));
                }
                out.append(clean);
            }
            return out;
        }

        /// Whether `codes` appear at `step`, `step + 1`, ...
        bool matchesAt(const OtpParameters& parameters, const QStringList& codes, quint64 step)
        {
            for (qsizetype i = 0; i < codes.size(); ++i) {
                if (OtpGenerator::codeForCounter(parameters, step + static_cast<quint64>(i)) != codes.at(i)) {
                    return false;
                }
            }
            return true;
        }

        /// The offset nearest to now (0, -1, +1, -2, +2, ...) at which the codes appear.
        std::optional<int> searchWindow(
            const OtpParameters& parameters, const QStringList& codes, qint64 nowSeconds, int window)
        {
            const auto now = static_cast<qint64>(OtpGenerator::timeStep(parameters, nowSeconds));
            for (int distance = 0; distance <= window; ++distance) {
                const int offsets[] = {-distance, distance};
                const int count = distance == 0 ? 1 : 2;
                for (int i = 0; i < count; ++i) {
                    const qint64 step = now + offsets[i];
                    if (step >= 0 && matchesAt(parameters, codes, static_cast<quint64>(step))) {
                        return offsets[i];
                    }
                }
            }
            return std::nullopt;
        }

        /// The match `periodOffset` periods away from now, as whole sentences; %1 is the offset in seconds.
        QString matchedText(int periodOffset)
        {
            const int periods = std::abs(periodOffset);
            if (periodOffset > 0) {
                if (periods == 1) {
                    return QCoreApplication::translate("tessera::Resync",
                        "The code matches this account 1 period ahead (about %1 s). The clock of one of the two "
                        "devices is off: check the clock.");
                }
                return QCoreApplication::translate("tessera::Resync",
                    "The code matches this account %n periods ahead (about %1 s). The clock of one of the two devices "
                    "is off: check the clock.",
                    nullptr, periods);
            }
            if (periods == 1) {
                return QCoreApplication::translate("tessera::Resync",
                    "The code matches this account 1 period behind (about %1 s). The clock of one of the two devices "
                    "is off: check the clock.");
            }
            return QCoreApplication::translate("tessera::Resync",
                "The code matches this account %n periods behind (about %1 s). The clock of one of the two devices is "
                "off: check the clock.",
                nullptr, periods);
        }

        QString algorithmLabel(HashAlgorithm algorithm)
        {
            return OtpParameters::algorithmName(algorithm);
        }
    }

    QString Resync::TotpResult::summary() const
    {
        switch (outcome) {
        case Outcome::Matched:
            if (periodOffset == 0) {
                return QCoreApplication::translate(
                    "tessera::Resync", "The code matches this account now: the seed and the clock agree.");
            }
            return matchedText(periodOffset).arg(std::abs(approximateOffsetSeconds));
        case Outcome::DifferentParameters: {
            const Candidate& c = *suggestion;
            QString text = QCoreApplication::translate("tessera::Resync",
                "The code matches with %1, %2 digits and a %3-second period, not with this "
                "account's settings. Correct the account to these settings.")
                               .arg(algorithmLabel(c.algorithm))
                               .arg(c.digits)
                               .arg(c.period);
            if (codesMatched < 2) {
                text += QLatin1Char(' ')
                    + QCoreApplication::translate(
                        "tessera::Resync", "Confirm with two consecutive codes first: one code can match by chance.");
            }
            return text;
        }
        case Outcome::NotFound:
            break;
        }
        return QCoreApplication::translate("tessera::Resync",
            "No code within %n periods either side of now matches, with these or common other settings. The seed is "
            "probably not the one the provider has.",
            nullptr, window);
    }

    QString Resync::HotpResult::summary() const
    {
        if (!found) {
            return QCoreApplication::translate("tessera::Resync",
                "No counter from %1 to %2 gives these codes. The seed is probably not the one the "
                "provider has, or the counter is further ahead.")
                .arg(searchedFrom)
                .arg(searchedTo);
        }
        return QCoreApplication::translate("tessera::Resync",
            "The codes match counter %1. Set the counter to %2 so that the next code is the one the "
            "provider expects.")
            .arg(counter)
            .arg(nextCounter);
    }

    Result<Resync::TotpResult> Resync::findTotp(
        const OtpParameters& parameters, const QStringList& codes, const Clock& clock, int window)
    {
        if (parameters.type() == OtpType::Hotp) {
            return Error(Error::Kind::InvalidInput,
                tr("This is a counter-based (HOTP) account: search for its counter instead."));
        }
        if (window < 0 || window > MaxTotpWindow) {
            return Error(Error::Kind::InvalidInput,
                tr("The search window must be 0 to %1 periods, not %2.").arg(MaxTotpWindow).arg(window));
        }
        auto normalised = normaliseCodes(codes, parameters.type());
        if (!normalised) {
            return normalised.error();
        }
        const QStringList& clean = normalised.value();
        const qint64 now = clock.nowSeconds();

        TotpResult result;
        result.window = window;
        if (clean.first().size() == parameters.digits() || parameters.type() == OtpType::Steam) {
            if (const auto offset = searchWindow(parameters, clean, now, window)) {
                result.outcome = TotpResult::Outcome::Matched;
                result.periodOffset = *offset;
                result.approximateOffsetSeconds = static_cast<qint64>(*offset) * parameters.period();
                result.codesMatched = static_cast<int>(clean.size());
                return result;
            }
        }
        if (parameters.type() == OtpType::Steam) {
            return result;
        }

        // Other settings: the typed code's digit count, each algorithm, common periods. Fewest
        // changes first, then the offset nearest to now.
        struct Trial
        {
            Candidate candidate;
            int changes;
        };
        QList<int> periods{parameters.period()};
        for (const int period : CommonPeriods) {
            if (!periods.contains(period)) {
                periods.append(period);
            }
        }
        QList<Trial> trials;
        const auto digits = static_cast<int>(clean.first().size());
        for (const HashAlgorithm algorithm : Algorithms) {
            for (const int period : periods) {
                const int changes = (algorithm != parameters.algorithm() ? 1 : 0)
                    + (digits != parameters.digits() ? 1 : 0) + (period != parameters.period() ? 1 : 0);
                if (changes > 0) {
                    trials.append({{algorithm, digits, period}, changes});
                }
            }
        }
        std::stable_sort(
            trials.begin(), trials.end(), [](const Trial& a, const Trial& b) { return a.changes < b.changes; });

        std::optional<Trial> best;
        int bestOffset = 0;
        for (const Trial& trial : trials) {
            if (best && trial.changes > best->changes) {
                break;
            }
            const auto candidateParameters = apply(parameters, trial.candidate);
            if (!candidateParameters) {
                continue;
            }
            const auto offset = searchWindow(*candidateParameters, clean, now, window);
            if (offset && (!best || std::abs(*offset) < std::abs(bestOffset))) {
                best = trial;
                bestOffset = *offset;
            }
        }
        if (best) {
            result.outcome = TotpResult::Outcome::DifferentParameters;
            result.suggestion = best->candidate;
            result.periodOffset = bestOffset;
            result.approximateOffsetSeconds = static_cast<qint64>(bestOffset) * best->candidate.period;
            result.codesMatched = static_cast<int>(clean.size());
        }
        return result;
    }

    Result<Resync::HotpResult> Resync::findHotp(
        const OtpParameters& parameters, const QStringList& codes, int lookAhead)
    {
        if (parameters.type() != OtpType::Hotp) {
            return Error(
                Error::Kind::InvalidInput, tr("This is a time-based account: search for the period offset instead."));
        }
        if (lookAhead < 1 || lookAhead > MaxHotpLookAhead) {
            return Error(Error::Kind::InvalidInput,
                tr("The look-ahead window must be 1 to %1 counter values, not %2.")
                    .arg(MaxHotpLookAhead)
                    .arg(lookAhead));
        }
        auto normalised = normaliseCodes(codes, parameters.type());
        if (!normalised) {
            return normalised.error();
        }
        const QStringList& clean = normalised.value();
        if (clean.first().size() != parameters.digits()) {
            return Error(Error::Kind::InvalidInput,
                tr("This account's codes have %1 digits; '%2' has %3.")
                    .arg(parameters.digits())
                    .arg(codes.first())
                    .arg(clean.first().size()));
        }

        HotpResult result;
        const quint64 start = parameters.counter();
        const quint64 max = std::numeric_limits<quint64>::max();
        const auto span = static_cast<quint64>(lookAhead - 1);
        const auto tail = static_cast<quint64>(clean.size() - 1);
        const quint64 last = start > max - span - tail ? max - tail : start + span;
        result.searchedFrom = start;
        result.searchedTo = last;
        for (quint64 counter = start; counter <= last; ++counter) {
            if (matchesAt(parameters, clean, counter)) {
                result.found = true;
                result.counter = counter;
                result.nextCounter = counter + static_cast<quint64>(clean.size());
                result.codesMatched = static_cast<int>(clean.size());
                break;
            }
            if (counter == last) {
                break;
            }
        }
        return result;
    }

    Resync::CodePair Resync::consecutiveCodes(const OtpParameters& parameters, const Clock& clock)
    {
        CodePair pair;
        if (parameters.type() == OtpType::Hotp) {
            pair.counter = parameters.counter();
            pair.current = OtpGenerator::codeForCounter(parameters, pair.counter);
            pair.next = OtpGenerator::codeForCounter(parameters, pair.counter + 1);
            return pair;
        }
        const qint64 now = clock.nowSeconds();
        pair.counter = OtpGenerator::timeStep(parameters, now);
        pair.current = OtpGenerator::codeForCounter(parameters, pair.counter);
        pair.next = OtpGenerator::codeForCounter(parameters, pair.counter + 1);
        pair.currentRemainingSeconds = OtpGenerator::secondsRemaining(parameters, now);
        pair.nextRemainingSeconds = *pair.currentRemainingSeconds + parameters.period();
        return pair;
    }

    Result<OtpParameters> Resync::apply(const OtpParameters& parameters, const Candidate& candidate)
    {
        return OtpParameters::create(parameters.type(), parameters.secret(), candidate.algorithm, candidate.digits,
            candidate.period, parameters.counter());
    }
}
