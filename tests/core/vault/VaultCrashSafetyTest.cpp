#include "Vault.h"
#include "VaultTestSupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>

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
