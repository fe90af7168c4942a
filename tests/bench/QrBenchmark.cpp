#include "QrDecoder.h"
#include "QrEncoder.h"
#include "QrTestImages.h"

#include <benchmark/benchmark.h>

using namespace tessera;
using tessera::test::QrTestImages;

// Decoding a 3840x2160 screenshot is the figure issue 10 compares with zbarimg (docs/qr.md). The images are
// RGB32, as a screen grab or a decoded PNG arrives; the conversion to gray is part of the measured work.

namespace
{
    constexpr QSize Screen(3840, 2160);

    const QImage& screenshotWith(int codes)
    {
        static QImage images[11];
        QImage& image = images[codes];
        if (image.isNull()) {
            QList<QImage> list;
            for (int i = 0; i < codes; ++i) {
                list.append(QrTestImages::code(QrTestImages::accountUri(i), 5));
            }
            image = QrTestImages::screenshot(list, Screen, 3);
        }
        return image;
    }

    void decode(benchmark::State& state, const QImage& image, QrDecoder::Options options = {})
    {
        const QrDecoder decoder(options);
        qsizetype found = 0;
        for (auto _ : state) {
            const auto result = decoder.decode(image);
            found = result ? result->size() : -1;
            benchmark::DoNotOptimize(found);
        }
        state.counters["codes"] = static_cast<double>(found);
        state.SetItemsProcessed(state.iterations());
    }

    void BM_DecodeScreenshotOneCode(benchmark::State& state)
    {
        decode(state, screenshotWith(1));
    }

    void BM_DecodeScreenshotTenCodes(benchmark::State& state)
    {
        decode(state, screenshotWith(10));
    }

    /// Nothing to find: every pass runs (the worst case of a 4K screen scan).
    void BM_DecodeScreenshotNoCode(benchmark::State& state)
    {
        decode(state, screenshotWith(0));
    }

    /// Only ZXing's plain pass: the cost of the first pass alone.
    void BM_DecodeScreenshotOneCodePlainPassOnly(benchmark::State& state)
    {
        QrDecoder::Options options;
        options.passes = QrDecoder::Pass::Plain;
        decode(state, screenshotWith(1), options);
    }

    /// One pass alone on the screenshot without a code (range(0) is the pass's bit): what each pass costs.
    void BM_DecodeScreenshotNoCodeOnePass(benchmark::State& state)
    {
        QrDecoder::Options options;
        options.passes = QrDecoder::Passes::fromInt(1U << state.range(0));
        decode(state, screenshotWith(0), options);
    }

    void BM_DecodeSmallClean(benchmark::State& state)
    {
        static const QImage image = QrTestImages::code(QrTestImages::accountUri(0), 4);
        decode(state, image);
    }

    void BM_EncodeImage(benchmark::State& state)
    {
        const QString text = QrTestImages::migrationUri(static_cast<int>(state.range(0)), 1);
        for (auto _ : state) {
            auto image = QrEncoder::toImage(text, QrEncoder::ErrorCorrection::Medium, 8);
            benchmark::DoNotOptimize(image.ok());
        }
        state.SetItemsProcessed(state.iterations());
    }

    void BM_EncodeSvg(benchmark::State& state)
    {
        const QString text = QrTestImages::migrationUri(static_cast<int>(state.range(0)), 1);
        for (auto _ : state) {
            auto svg = QrEncoder::toSvg(text, QrEncoder::ErrorCorrection::Medium, 8);
            benchmark::DoNotOptimize(svg.ok());
        }
        state.SetItemsProcessed(state.iterations());
    }
}

BENCHMARK(BM_DecodeScreenshotOneCode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeScreenshotTenCodes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeScreenshotNoCode)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeScreenshotOneCodePlainPassOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeScreenshotNoCodeOnePass)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeSmallClean)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EncodeImage)->Arg(60)->Arg(1050)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_EncodeSvg)->Arg(60)->Arg(1050)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
