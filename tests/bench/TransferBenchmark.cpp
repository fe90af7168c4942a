// Import and export of 10,000 accounts. The Tessera backup uses the minimum KDF parameters
// (PasswordKdf::minimum(): Argon2id, 1 pass, 8 MiB), so the figures measure the format, not the KDF.
// Target: importing a 10,000-account Aegis plain file in under 2 s.
#include "AegisFormat.h"
#include "FormatDetector.h"
#include "PasswordKdf.h"
#include "TesseraBackupFormat.h"

#include <benchmark/benchmark.h>

using namespace tessera;

namespace
{
    constexpr int AccountCount = 10000;

    QList<Account> accounts()
    {
        static const QList<Account> list = [] {
            QList<Account> made;
            made.reserve(AccountCount);
            for (int i = 0; i < AccountCount; ++i) {
                QByteArray secret(20, '\0');
                for (int b = 0; b < secret.size(); ++b) {
                    secret[b] = static_cast<char>((i * 131 + b * 17) & 0xFF);
                }
                secret[0] = static_cast<char>(i & 0xFF);
                secret[1] = static_cast<char>((i >> 8) & 0xFF);
                Account account(OtpParameters::create(OtpType::Totp, secret).value());
                account.id = QUuid::createUuid();
                account.issuer = QStringLiteral("Service %1").arg(i + 1);
                account.accountName = QStringLiteral("user%1@example.com").arg(i + 1);
                account.tags = {QStringLiteral("Group %1").arg(i % 20)};
                account.note = QStringLiteral("note %1").arg(i);
                made.append(account);
            }
            return made;
        }();
        return list;
    }

    ExportOptions backupOptions()
    {
        ExportOptions options;
        options.password = QStringLiteral("benchmark password");
        options.backupKdf = PasswordKdf::minimum();
        return options;
    }

    void BM_AegisPlainImport10k(benchmark::State& state)
    {
        const QByteArray file = AegisFormat().write(accounts(), {}).value().data;
        const AegisFormat format;
        for (auto _ : state) {
            auto result = format.read(file, std::nullopt);
            if (!result.ok() || result->accounts.size() != AccountCount) {
                state.SkipWithError("the import failed");
                break;
            }
            benchmark::DoNotOptimize(result);
        }
        state.SetItemsProcessed(state.iterations() * AccountCount);
        state.counters["file_MB"] = static_cast<double>(file.size()) / 1e6;
    }
    BENCHMARK(BM_AegisPlainImport10k)->Unit(benchmark::kMillisecond);

    // What the CLI and GUI do: detect the format from the content (every candidate parser looks), then read.
    void BM_AegisPlainDetectAndImport10k(benchmark::State& state)
    {
        const QByteArray file = AegisFormat().write(accounts(), {}).value().data;
        const FormatDetector detector;
        for (auto _ : state) {
            auto result = detector.read(file, std::nullopt);
            if (!result.ok() || result->accounts.size() != AccountCount) {
                state.SkipWithError("the import failed");
                break;
            }
            benchmark::DoNotOptimize(result);
        }
        state.SetItemsProcessed(state.iterations() * AccountCount);
    }
    BENCHMARK(BM_AegisPlainDetectAndImport10k)->Unit(benchmark::kMillisecond);

    void BM_TesseraBackupExport10k(benchmark::State& state)
    {
        const TesseraBackupFormat format;
        const ExportOptions options = backupOptions();
        const QList<Account> list = accounts();
        for (auto _ : state) {
            auto written = format.write(list, options);
            if (!written.ok()) {
                state.SkipWithError("the export failed");
                break;
            }
            benchmark::DoNotOptimize(written);
        }
        state.SetItemsProcessed(state.iterations() * AccountCount);
    }
    BENCHMARK(BM_TesseraBackupExport10k)->Unit(benchmark::kMillisecond);

    void BM_TesseraBackupImport10k(benchmark::State& state)
    {
        const TesseraBackupFormat format;
        const ExportOptions options = backupOptions();
        const QByteArray file = format.write(accounts(), options).value().data;
        for (auto _ : state) {
            auto result = format.read(file, options.password);
            if (!result.ok() || result->accounts.size() != AccountCount) {
                state.SkipWithError("the import failed");
                break;
            }
            benchmark::DoNotOptimize(result);
        }
        state.SetItemsProcessed(state.iterations() * AccountCount);
        state.counters["file_MB"] = static_cast<double>(file.size()) / 1e6;
    }
    BENCHMARK(BM_TesseraBackupImport10k)->Unit(benchmark::kMillisecond);
}

BENCHMARK_MAIN();
