#include "ResyncCommand.h"

#include "ExitCode.h"
#include "GenerateCommand.h"
#include "Resync.h"
#include "VaultSession.h"

#include <limits>
#include <optional>
#include <utility>

namespace tessera::cli
{
    namespace
    {
        QString signedNumber(qint64 value)
        {
            return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
        }

        QString settingsText(HashAlgorithm algorithm, int digits, int period)
        {
            return QStringLiteral("%1, %2 digits, %3 s period")
                .arg(OtpParameters::algorithmName(algorithm))
                .arg(digits)
                .arg(period);
        }

        int totp(const Account& account,
            const QStringList& codes,
            const Clock& clock,
            bool apply,
            VaultSession& session,
            CommandContext& context)
        {
            const auto result = Resync::findTotp(account.parameters, codes, clock);
            if (!result) {
                return session.fail(result.error());
            }
            switch (result->outcome) {
            case Resync::TotpResult::Outcome::NotFound:
                context.err << QStringLiteral("Nothing found: no code within %1 periods either side of the time "
                                              "matches %2, with its settings or common other ones, so the seed is "
                                              "probably not the one the provider has.\n")
                                   .arg(result->window)
                                   .arg(account.displayName());
                return NoMatch;
            case Resync::TotpResult::Outcome::Matched:
                context.out << QStringLiteral("offset: %1 periods (about %2 s)\n")
                                   .arg(signedNumber(result->periodOffset),
                                       signedNumber(result->approximateOffsetSeconds))
                            << result->summary() << QLatin1Char('\n');
                if (apply) {
                    session.tell(QStringLiteral(
                        "Nothing to save: the account's settings are right. A time offset is corrected on the clock, "
                        "not in the account (see 'tessera-cli clock')."));
                }
                return Success;
            case Resync::TotpResult::Outcome::DifferentParameters:
                break;
            }
            const Resync::Candidate candidate = *result->suggestion;
            context.out << QStringLiteral("settings: %1 (offset: %2 periods)\n")
                               .arg(settingsText(candidate.algorithm, candidate.digits, candidate.period),
                                   signedNumber(result->periodOffset))
                        << result->summary() << QLatin1Char('\n');
            if (!apply) {
                session.tell(QStringLiteral("Run the command again with --apply to save these settings."));
                return Success;
            }
            if (auto checked = Resync::apply(account.parameters, candidate); !checked) {
                return session.fail(checked.error());
            }
            std::optional<Error> failure;
            auto saved = session.vault().modify(account.id, [&](Account& current) {
                auto fixed = Resync::apply(current.parameters, candidate);
                if (!fixed) {
                    failure = fixed.error();
                    return;
                }
                current.parameters = std::move(fixed).value();
            });
            if (failure) {
                return session.fail(*failure);
            }
            if (!saved) {
                return session.fail(saved.error());
            }
            context.out << QStringLiteral("Saved: %1 now uses %2.\n")
                               .arg(saved->displayName(),
                                   settingsText(candidate.algorithm, candidate.digits, candidate.period));
            return Success;
        }

        int hotp(const Account& account,
            const QStringList& codes,
            bool apply,
            VaultSession& session,
            CommandContext& context)
        {
            const auto result = Resync::findHotp(account.parameters, codes);
            if (!result) {
                return session.fail(result.error());
            }
            if (!result->found) {
                context.err << QStringLiteral("Nothing found: no counter from %1 to %2 gives these codes for %3, so "
                                              "the seed is probably not the one the provider has, or its counter is "
                                              "further ahead.\n")
                                   .arg(result->searchedFrom)
                                   .arg(result->searchedTo)
                                   .arg(account.displayName());
                return NoMatch;
            }
            context.out << QStringLiteral("counter: %1 (next: %2)\n").arg(result->counter).arg(result->nextCounter)
                        << result->summary() << QLatin1Char('\n');
            if (!apply) {
                session.tell(QStringLiteral("Run the command again with --apply to save the counter."));
                return Success;
            }
            const quint64 next = result->nextCounter;
            auto saved = session.vault().modify(
                account.id, [next](Account& current) { current.parameters = current.parameters.withCounter(next); });
            if (!saved) {
                return session.fail(saved.error());
            }
            context.out << QStringLiteral("Saved: the counter of %1 is now %2.\n").arg(saved->displayName()).arg(next);
            return Success;
        }
    }

    QString ResyncCommand::name() const
    {
        return QStringLiteral("resync");
    }

    QString ResyncCommand::summary() const
    {
        return QStringLiteral("Find why an account's codes are rejected, from codes seen elsewhere.");
    }

    QString ResyncCommand::description() const
    {
        return QStringLiteral(
            "Compares codes you read elsewhere (another device, or codes the provider accepted) with the\n"
            "account QUERY names. Time-based accounts: searches 10 periods either side of now (or of --at)\n"
            "and prints the offset in periods and seconds; a non-zero offset means a clock is off (see\n"
            "'tessera-cli clock'). If no offset matches, other algorithms, digit counts and periods are\n"
            "tried (a common import mistake) and the settings that match are printed. Counter-based (HOTP)\n"
            "accounts: searches the next 100 counter values (RFC 4226) and prints the counter found. Give two\n"
            "consecutive codes to rule out a match by chance. With --apply, the settings or the counter\n"
            "found are saved to the account. Nothing found: exit 4.\n"
            "\n"
            "QUERY is an id; else the issuer, the account name or \"issuer:account\" (any case); else part of\n"
            "\"issuer account\". No match or several matches exit with 4 and list the candidates.");
    }

    QList<Command::Argument> ResyncCommand::arguments() const
    {
        return {{QStringLiteral("QUERY"), QStringLiteral("Which account: an id, a name, or part of one.")}};
    }

    QList<QCommandLineOption> ResyncCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("code"),
                QStringLiteral("A code read elsewhere; give --code twice for two consecutive codes."),
                QStringLiteral("C")),
            QCommandLineOption(QStringLiteral("at"),
                QStringLiteral("Search around this time, in seconds since 1970-01-01 UTC, instead of now (TOTP, "
                               "Steam)."),
                QStringLiteral("UNIX_SECONDS")),
            QCommandLineOption(QStringLiteral("apply"), QStringLiteral("Save the settings or the counter found.")),
        };
    }

    int ResyncCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1) {
            context.err << QStringLiteral("resync takes exactly one QUERY. Run 'tessera-cli resync --help' for "
                                          "usage.\n");
            return Usage;
        }
        const QStringList codes = parser.values(QStringLiteral("code"));
        if (codes.isEmpty() || codes.size() > Resync::MaxCodes) {
            context.err << QStringLiteral("Give one code, or two consecutive codes, with --code. Run 'tessera-cli "
                                          "resync --help' for usage.\n");
            return Usage;
        }
        bool atOk = false;
        const auto at = GenerateCommand::parseAt(parser, context, &atOk);
        if (!atOk) {
            return Usage;
        }
        const bool apply = parser.isSet(QStringLiteral("apply"));

        VaultSession session(context);
        if (auto failed = session.unlock(apply ? VaultSession::Access::Write : VaultSession::Access::Read)) {
            return *failed;
        }
        auto match = session.find(positional.first(), Vault::Filter::Active);
        if (!match) {
            return session.fail(match.error());
        }
        auto account = session.vault().account(match->id);
        if (!account) {
            return session.fail(account.error());
        }
        if (!account->parameters.isTimeBased()) {
            if (at) {
                context.err << QStringLiteral("--at is for time-based accounts: the codes of %1 depend on its "
                                              "counter, not on the time.\n")
                                   .arg(account->displayName());
                return Usage;
            }
            return hotp(*account, codes, apply, session, context);
        }
        if (at) {
            if (*at > std::numeric_limits<qint64>::max() / 1000) {
                context.err << QStringLiteral("--at is too far in the future.\n");
                return Usage;
            }
            const qint64 milliseconds = *at * 1000;
            const Clock fixed([milliseconds] { return milliseconds; });
            return totp(*account, codes, fixed, apply, session, context);
        }
        return totp(*account, codes, context.clock, apply, session, context);
    }
}
