// The power fails at a random write, truncation, sync or deletion while the vault changes: after the
// restart the disk holds each file as of its last sync plus a random part of the writes since (the rest
// dropped by the disk cache), and the folder as of its last sync (PowerLossVfs). The vault must open,
// pass its checks and hold every change reported committed, plus at most the one in flight.
#include "PowerLossVfs.h"
#include "Vault.h"
#include "VaultTestSupport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <iostream>
#include <optional>
#include <random>

using namespace tessera;
using tessera::test::PowerLossVfs;
using tessera::test::VaultDir;

namespace
{
    /// About 100 power failures per push; TESSERA_CRASH_ROUNDS raises it for the long run.
    int rounds()
    {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("TESSERA_CRASH_ROUNDS", &ok);
        return ok && fromEnvironment > 0 ? fromEnvironment : 100;
    }

    VaultOptions options()
    {
        VaultOptions options;
        options.purgeExpiredTrashOnUnlock = false;
        return options;
    }
}

TEST(VaultPowerLoss, APowerFailureAtAnyWriteLosesNoCommittedChange)
{
    PowerLossVfs vfs;
    if (!vfs.isInstalled()) {
        GTEST_SKIP() << "SQLite has no unix VFS to wrap";
    }
    VaultDir dir;
    const QString path = dir.path();
    ASSERT_TRUE(tessera::test::createVault(path, options()));
    vfs.reset(); // everything so far is on the disk

    std::mt19937 random(20240301);
    QHash<QUuid, QString> expected; // every committed account and its last committed note
    int commits = 0;
    int inFlightLanded = 0;
    int dropped = 0;
    QElapsedTimer timer;
    timer.start();
    const int total = rounds();
    for (int round = 0; round < total; ++round) {
        const std::string where = "round " + std::to_string(round);
        auto vault = tessera::test::openVault(path, options());
        ASSERT_TRUE(vault) << where;
        // One change of the vault is 18 of these operations: cut anywhere in the next three changes.
        vfs.cutAfter(std::uniform_int_distribution<int>(1, 60)(random));
        struct InFlight
        {
            QUuid id;
            QString note;
        };
        std::optional<InFlight> inFlight;
        for (int step = 0; step < 100; ++step) {
            const bool add = expected.isEmpty() || std::uniform_int_distribution<int>(0, 2)(random) != 0;
            bool committed = false;
            if (add) {
                Account account = tessera::test::makeAccount(
                    QStringLiteral("Power %1.%2").arg(round).arg(step), QStringLiteral("x"), round * 100 + step);
                account.id = QUuid::createUuid();
                account.note = QStringLiteral("n0");
                inFlight = InFlight{account.id, account.note};
                committed = vault->add(account).ok();
            } else {
                const auto ids = expected.keys();
                const QUuid id = ids.at(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(random));
                const QString note = QStringLiteral("n%1.%2").arg(round).arg(step);
                inFlight = InFlight{id, note};
                committed = vault->modify(id, [&note](Account& account) { account.note = note; }).ok();
            }
            if (!committed) {
                ASSERT_TRUE(vfs.isCut()) << where << ": a change failed before the power did";
                break;
            }
            expected.insert(inFlight->id, inFlight->note);
            inFlight.reset();
            ++commits;
        }
        ASSERT_TRUE(vfs.isCut()) << where;
        vault.reset(); // the process is gone: its connection closes with every write failing
        // Keep none, some or all of the unsynced writes.
        const double keep = std::uniform_int_distribution<int>(0, 2)(random) / 2.0;
        dropped += vfs.powerLoss(random, keep);

        auto reopened = tessera::test::openVault(path, options());
        ASSERT_TRUE(reopened) << where << ": the vault does not open after the power failure";
        ASSERT_TRUE(reopened->integrityIssues().isEmpty())
            << where << ": " << reopened->integrityIssues().first().message().toStdString();
        QHash<QUuid, QString> found;
        for (const AccountSummary& summary : reopened->accounts(Vault::Filter::All)) {
            found.insert(summary.id, reopened->account(summary.id)->note);
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            ASSERT_TRUE(found.contains(it.key())) << where << ": a committed account is gone";
            if (found.value(it.key()) != it.value()) {
                ASSERT_TRUE(inFlight && inFlight->id == it.key() && found.value(it.key()) == inFlight->note)
                    << where << ": a committed change was lost";
                ++inFlightLanded;
            }
        }
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (!expected.contains(it.key())) {
                ASSERT_TRUE(inFlight && inFlight->id == it.key()) << where << ": an account appeared from nowhere";
                ++inFlightLanded;
            }
        }
        expected = found;
        reopened.reset();
        vfs.reset();
    }
    std::cout << "power loss: " << total << " rounds, " << commits << " commits, " << expected.size() << " accounts, "
              << dropped << " unsynced writes dropped, " << inFlightLanded << " in-flight changes landed, "
              << timer.elapsed() << " ms" << std::endl;
}
