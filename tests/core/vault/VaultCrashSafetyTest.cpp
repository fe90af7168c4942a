#include "Vault.h"
#include "VaultTestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <optional>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    /// Rounds per run: about 100 in the per-push suite; TESSERA_CRASH_ROUNDS raises it for long runs.
    int rounds()
    {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("TESSERA_CRASH_ROUNDS", &ok);
        return ok && fromEnvironment > 0 ? fromEnvironment : 100;
    }

    struct Operation
    {
        QString kind; ///< "add" or "note"
        QUuid id;
        QString note;
    };

    Operation parse(const QStringList& words)
    {
        Operation op;
        op.kind = words.value(1);
        op.id = QUuid(words.value(2));
        op.note = op.kind == QStringLiteral("add") ? QStringLiteral("n0") : words.value(3);
        return op;
    }

    /// Starts a writer on the vault and waits until it has unlocked it.
    void startWriter(QProcess& writer, const QString& path, int seed)
    {
        writer.start(
            QStringLiteral(TESSERA_VAULT_CRASH_WRITER), {path, tessera::test::testPassword(), QString::number(seed)});
        ASSERT_TRUE(writer.waitForStarted(10000));
        QByteArray output;
        while (!output.contains("ready\n")) {
            ASSERT_TRUE(writer.waitForReadyRead(10000)) << writer.readAllStandardError().constData();
            output += writer.readAllStandardOutput();
        }
        writer.setProperty("output", output);
    }

    /// Kills a writer (SIGKILL: no destructor, no rollback, no flush); adds what it reported committed to
    /// `expected` and returns the change it had begun and not finished, if any.
    std::optional<Operation> killWriter(QProcess& writer, QHash<QUuid, QString>& expected, int& commits)
    {
        writer.kill();
        EXPECT_TRUE(writer.waitForFinished(10000));
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << "a writer stopped by itself: " << writer.readAllStandardError().constData();
        const QByteArray output = writer.property("output").toByteArray() + writer.readAllStandardOutput();
        std::optional<Operation> inFlight;
        for (const QByteArray& raw : output.split('\n')) {
            const QStringList words = QString::fromUtf8(raw).split(QLatin1Char(' '));
            if (words.first() == QStringLiteral("begin")) {
                inFlight = parse(words);
            } else if (words.first() == QStringLiteral("commit")) {
                const Operation op = parse(words);
                expected.insert(op.id, op.note);
                inFlight.reset();
                ++commits;
            }
        }
        return inFlight;
    }

    /// The vault opens without integrity issues and holds every committed change; an unfinished one
    /// may have landed (then it joins `expected`). Returns how many did.
    int checkVault(const QString& path,
        QHash<QUuid, QString>& expected,
        const QList<std::optional<Operation>>& inFlight,
        const std::string& where)
    {
        VaultOptions options;
        options.purgeExpiredTrashOnUnlock = false;
        Vault vault(path, options);
        auto unlocked = vault.unlock(Credential::password(tessera::test::testPassword()));
        EXPECT_TRUE(unlocked.ok()) << where << ": " << unlocked.error().message().toStdString();
        EXPECT_TRUE(vault.integrityIssues().isEmpty())
            << where << ": " << vault.integrityIssues().value(0).message().toStdString();
        const auto unfinished = [&inFlight](const QString& kind, const QUuid& id) -> const Operation* {
            for (const auto& op : inFlight) {
                if (op && op->kind == kind && op->id == id) {
                    return &*op;
                }
            }
            return nullptr;
        };
        QHash<QUuid, QString> found;
        for (const auto& summary : vault.accounts(Vault::Filter::All)) {
            found.insert(summary.id, vault.account(summary.id)->note);
        }
        int landed = 0;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            EXPECT_TRUE(found.contains(it.key())) << where << ": a committed account is gone";
            if (found.contains(it.key()) && found.value(it.key()) != it.value()) {
                const Operation* note = unfinished(QStringLiteral("note"), it.key());
                EXPECT_TRUE(note != nullptr && found.value(it.key()) == note->note)
                    << where << ": a committed change was lost";
                it.value() = found.value(it.key());
                ++landed;
            }
        }
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (!expected.contains(it.key())) {
                EXPECT_NE(unfinished(QStringLiteral("add"), it.key()), nullptr)
                    << where << ": an account appeared that was never written";
                expected.insert(it.key(), it.value());
                ++landed;
            }
        }
        EXPECT_EQ(found.size(), expected.size()) << where;
        return landed;
    }
}

TEST(VaultCrashSafety, KilledWritersNeverLoseACommittedChangeOrCorruptTheVault)
{
    VaultDir dir;
    const QString path = dir.path();
    ASSERT_TRUE(tessera::test::createVault(path));

    QHash<QUuid, QString> expected; // every committed account and its last committed note
    QRandomGenerator random(20240229);
    int totalCommits = 0;
    int inFlightLanded = 0;
    int killedMidTransaction = 0;
    QElapsedTimer timer;
    timer.start();
    const int total = rounds();
    for (int round = 0; round < total; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(TESSERA_VAULT_CRASH_WRITER),
            {path, tessera::test::testPassword(), QString::number(round + 1)});
        ASSERT_TRUE(writer.waitForStarted(10000));
        QByteArray output;
        while (!output.contains("ready\n")) {
            ASSERT_TRUE(writer.waitForReadyRead(10000))
                << "round " << round << ": " << writer.readAllStandardError().constData();
            output += writer.readAllStandardOutput();
        }
        QThread::msleep(random.bounded(5, 180));
        writer.kill(); // SIGKILL: no destructor, no rollback, no flush
        ASSERT_TRUE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        if (QFileInfo::exists(path + QStringLiteral("-journal"))) {
            ++killedMidTransaction;
        }

        std::optional<Operation> inFlight;
        for (const QByteArray& raw : output.split('\n')) {
            const QStringList words = QString::fromUtf8(raw).split(QLatin1Char(' '));
            if (words.first() == QStringLiteral("begin")) {
                inFlight = parse(words);
            } else if (words.first() == QStringLiteral("commit")) {
                const Operation op = parse(words);
                expected.insert(op.id, op.note);
                inFlight.reset();
                ++totalCommits;
            }
        }

        VaultOptions options;
        options.purgeExpiredTrashOnUnlock = false;
        Vault vault(path, options);
        auto unlocked = vault.unlock(Credential::password(tessera::test::testPassword()));
        ASSERT_TRUE(unlocked.ok()) << "round " << round << ": " << unlocked.error().message().toStdString();
        ASSERT_TRUE(vault.integrityIssues().isEmpty())
            << "round " << round << ": " << vault.integrityIssues().first().message().toStdString();
        QHash<QUuid, QString> found;
        for (const auto& summary : vault.accounts(Vault::Filter::All)) {
            found.insert(summary.id, vault.account(summary.id)->note);
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            ASSERT_TRUE(found.contains(it.key())) << "round " << round << ": a committed account is gone";
            const bool inFlightNote = inFlight && inFlight->kind == QStringLiteral("note") && inFlight->id == it.key();
            if (found.value(it.key()) != it.value()) {
                ASSERT_TRUE(inFlightNote && found.value(it.key()) == inFlight->note)
                    << "round " << round << ": a committed change was lost";
                expected.insert(it.key(), inFlight->note);
                ++inFlightLanded;
            }
        }
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (!expected.contains(it.key())) {
                ASSERT_TRUE(inFlight && inFlight->kind == QStringLiteral("add") && inFlight->id == it.key())
                    << "round " << round << ": an account appeared that was never written";
                expected.insert(it.key(), it.value());
                ++inFlightLanded;
            }
        }
        ASSERT_EQ(found.size(), expected.size());
    }
    std::cout << "crash loop: " << total << " rounds, " << totalCommits << " reported commits, " << expected.size()
              << " accounts, " << killedMidTransaction << " kills left a hot journal, " << inFlightLanded
              << " in-flight changes landed, " << timer.elapsed() << " ms" << std::endl;
}

TEST(VaultCrashSafety, TwoProcessesWritingAtOnceBothKeepEveryCommit)
{
    VaultDir dir;
    const QString path = dir.path();
    ASSERT_TRUE(tessera::test::createVault(path));
    QHash<QUuid, QString> expected;
    QRandomGenerator random(20240302);
    int commits = 0;
    int landed = 0;
    const int total = std::max(rounds() / 20, 3); // 5 per push, 25 in the long run
    for (int round = 0; round < total; ++round) {
        QProcess first;
        QProcess second;
        startWriter(first, path, 2 * round + 1);
        startWriter(second, path, 2 * round + 2);
        if (HasFailure()) {
            return;
        }
        // Both change the vault as fast as they can, each waiting for the other's transaction.
        QThread::msleep(random.bounded(100, 400));
        const auto firstInFlight = killWriter(first, expected, commits);
        const auto secondInFlight = killWriter(second, expected, commits);
        landed += checkVault(path, expected, {firstInFlight, secondInFlight}, "round " + std::to_string(round));
        if (HasFailure()) {
            return;
        }
    }
    EXPECT_GT(commits, total * 2) << "the writers hardly wrote";
    std::cout << "two writers: " << total << " rounds, " << commits << " reported commits, " << expected.size()
              << " accounts, " << landed << " in-flight changes landed" << std::endl;
}
