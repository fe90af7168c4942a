#include "OtpGenerator.h"
#include "OtpParameters.h"
#include "OtpUri.h"

#include <benchmark/benchmark.h>

using namespace tessera;

namespace
{
    void codesPerSecond(benchmark::State& state, HashAlgorithm algorithm, int secretLength)
    {
        const auto parameters
            = OtpParameters::create(OtpType::Totp, QByteArray(secretLength, 'k'), algorithm, 6, 30).value();
        qint64 time = 1'700'000'000;
        for (auto _ : state) {
            benchmark::DoNotOptimize(OtpGenerator::code(parameters, time));
            time += 30;
        }
        state.SetItemsProcessed(state.iterations());
    }

    void BM_TotpSha1(benchmark::State& state)
    {
        codesPerSecond(state, HashAlgorithm::Sha1, 20);
    }
    void BM_TotpSha256(benchmark::State& state)
    {
        codesPerSecond(state, HashAlgorithm::Sha256, 32);
    }
    void BM_TotpSha512(benchmark::State& state)
    {
        codesPerSecond(state, HashAlgorithm::Sha512, 64);
    }

    void BM_Steam(benchmark::State& state)
    {
        const auto parameters = OtpParameters::create(OtpType::Steam, QByteArray(20, 's')).value();
        qint64 time = 1'700'000'000;
        for (auto _ : state) {
            benchmark::DoNotOptimize(OtpGenerator::code(parameters, time));
            time += 30;
        }
        state.SetItemsProcessed(state.iterations());
    }

    void BM_OtpUriParse(benchmark::State& state)
    {
        const QString uri
            = QStringLiteral("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                             "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30");
        for (auto _ : state) {
            benchmark::DoNotOptimize(OtpUri::parse(uri).ok());
        }
        state.SetItemsProcessed(state.iterations());
    }
}

BENCHMARK(BM_TotpSha1);
BENCHMARK(BM_TotpSha256);
BENCHMARK(BM_TotpSha512);
BENCHMARK(BM_Steam);
BENCHMARK(BM_OtpUriParse);
BENCHMARK_MAIN();
