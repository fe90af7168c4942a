// Vault timings: unlocking per KDF preset (the Argon2id cost users feel), and what 10,000 accounts
// cost beyond the KDF: decrypting and checking every record on unlock, listing them, adding one.
// docs/vault-format.md records the figures measured on the reference machine.

#include "Account.h"
#include "Credential.h"
#include "OtpParameters.h"
#include "PasswordKdf.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace tessera;

namespace
{
    const QString Password = QStringLiteral("benchmark password");

    QTemporaryDir& folder()
    {
        static QTemporaryDir dir;
        return dir;
    }

    Account account(int i)
    {
        QByteArray secret(20, '\0');
        for (int b = 0; b < secret.size(); ++b) {
            secret[b] = static_cast<char>((i * 131 + b * 17) & 0xFF);
        }
        Account a(OtpParameters::create(OtpType::Totp, secret).value());
        a.issuer = QStringLiteral("Issuer %1").arg(i);
        a.accountName = QStringLiteral("user%1@example.org").arg(i);
        a.note = QStringLiteral("A short note about account %1").arg(i);
        a.tags = {QStringLiteral("work")};
        return a;
    }

    /// A vault per KDF preset (created once: creating costs one KDF run too).
    QString presetVault(PasswordKdf::Preset preset)
    {
        static std::map<PasswordKdf::Preset, QString> made;
        if (const auto it = made.find(preset); it != made.end()) {
            return it->second;
        }
        const QString path
            = QDir(folder().path()).filePath(QStringLiteral("preset-%1.tessera").arg(PasswordKdf::presetName(preset)));
        Vault vault(path);
        if (!vault.create(Credential::password(Password), PasswordKdf::preset(preset)).ok()) {
            return {};
        }
        made.emplace(preset, path);
        return path;
    }

    /// A vault of 10,000 accounts with the minimum KDF (created once).
    QString bigVault()
    {
        static QString path;
        if (!path.isEmpty()) {
            return path;
        }
        const QString file = QDir(folder().path()).filePath(QStringLiteral("ten-thousand.tessera"));
        Vault vault(file);
        if (!vault.create(Credential::password(Password), PasswordKdf::minimum()).ok()) {
            return {};
        }
        QList<Account> accounts;
        for (int i = 0; i < 10000; ++i) {
            accounts.append(account(i));
        }
        if (!vault.addAll(accounts).ok()) {
            return {};
        }
        path = file;
        return path;
    }

    void unlockWithPreset(benchmark::State& state, PasswordKdf::Preset preset)
    {
        const QString path = presetVault(preset);
        if (path.isEmpty()) {
            state.SkipWithError("could not create the vault");
            return;
        }
        const Credential password = Credential::password(Password);
        for (auto _ : state) {
            Vault vault(path);
            if (!vault.unlock(password).ok()) {
                state.SkipWithError("unlock failed");
                return;
            }
        }
    }

    void BM_UnlockFast(benchmark::State& state)
    {
        unlockWithPreset(state, PasswordKdf::Preset::Fast);
    }
    void BM_UnlockStandard(benchmark::State& state)
    {
        unlockWithPreset(state, PasswordKdf::Preset::Standard);
    }
    void BM_UnlockStrong(benchmark::State& state)
    {
        unlockWithPreset(state, PasswordKdf::Preset::Strong);
    }

    /// Everything unlocking 10,000 accounts costs beyond the key derivation: open the file, check
    /// it, open the slot, decrypt and decode every record into the arena, check the manifest.
    void BM_Open10000BeyondKdf(benchmark::State& state)
    {
        const QString path = bigVault();
        if (path.isEmpty()) {
            state.SkipWithError("could not create the vault");
            return;
        }
        const Credential password = Credential::password(Password);
        for (auto _ : state) {
            state.PauseTiming();
            auto key = Vault::deriveUnlockKey(path, password);
            Vault vault(path);
            state.ResumeTiming();
            if (!key || !vault.unlock(std::move(key).value()).ok() || vault.accountCount() != 10000) {
                state.SkipWithError("unlock failed");
                return;
            }
            state.PauseTiming();
            vault.lock();
            state.ResumeTiming();
        }
        state.SetItemsProcessed(state.iterations() * 10000);
    }

    /// The list a GUI model or `tessera-cli list` builds: 10,000 summaries decoded from the arena.
    void BM_List10000(benchmark::State& state)
    {
        const QString path = bigVault();
        Vault vault(path);
        if (path.isEmpty() || !vault.unlock(Credential::password(Password)).ok()) {
            state.SkipWithError("unlock failed");
            return;
        }
        for (auto _ : state) {
            benchmark::DoNotOptimize(vault.accounts());
        }
        state.SetItemsProcessed(state.iterations() * 10000);
    }

    /// One more account in a vault of 10,000: one transaction with the manifest of 10,001 entries.
    void BM_AddOneTo10000(benchmark::State& state)
    {
        const QString path = bigVault();
        Vault vault(path);
        if (path.isEmpty() || !vault.unlock(Credential::password(Password)).ok()) {
            state.SkipWithError("unlock failed");
            return;
        }
        QList<QUuid> added;
        int i = 100000;
        for (auto _ : state) {
            auto id = vault.add(account(i++));
            if (!id) {
                state.SkipWithError("add failed");
                return;
            }
            state.PauseTiming();
            added.append(*id);
            state.ResumeTiming();
        }
        for (const QUuid& id : added) { // keep the shared vault at 10,000 for the other benchmarks
            (void)vault.purge(id);
        }
    }
}

BENCHMARK(BM_UnlockFast)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_UnlockStandard)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_UnlockStrong)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_Open10000BeyondKdf)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_List10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AddOneTo10000)->Unit(benchmark::kMillisecond);

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv); // the Qt SQLite driver is a plugin
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
