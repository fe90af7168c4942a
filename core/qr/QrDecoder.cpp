#include "QrDecoder.h"

#include "SecretWipe.h"

#include <ZXing/ReadBarcode.h>

#include <QPolygonF>
#include <QStringDecoder>
#include <QTransform>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <exception>
#include <functional>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace tessera
{
    namespace
    {
        /// Small images are scaled up by 2 for the Upscaled pass only up to this many pixels (afterwards 4x as many).
        constexpr qint64 MaxUpscalePixels = 4'000'000;
        /// Larger images are scaled down to this many pixels for the passes after Inverted, which bounds the
        /// worst case (a 100-megapixel image without a code) to a few seconds. Codes in such images are large.
        constexpr qint64 MaxHardPassPixels = 16'000'000;
        /// The unsharp mask of the Sharpened pass: tuned on codes of 5 to 12 pixels per module blurred by about
        /// half a module (docs/qr.md).
        constexpr int SharpenRadius = 4;
        constexpr int SharpenAmount = 3;

        /// Work is shared with a second thread only in images this large, where it repays starting one: a
        /// screenshot is what people wait for (docs/qr.md, "Timings").
        constexpr qint64 ParallelMinPixels = 2'000'000;

        bool isLarge(const QImage& image)
        {
            return static_cast<qint64>(image.width()) * image.height() >= ParallelMinPixels;
        }

        /// Runs `here` on this thread and `there` on another, returning when both are done; both run here, one
        /// after the other, when no thread can be started.
        void inParallel(const std::function<void()>& here, const std::function<void()>& there)
        {
            std::optional<std::thread> other;
            try {
                other.emplace(there);
            } catch (const std::system_error&) {
                // No thread to be had: `there` runs here, after `here`.
            }
            here();
            if (other) {
                other->join();
            } else {
                there();
            }
        }

        struct Found
        {
            QString text;
            QList<QPointF> corners;
        };

        /// A gray image plus the transform that maps original image coordinates onto it.
        struct View
        {
            QImage gray; ///< Format_Grayscale8
            QTransform fromOriginal;
        };

        /// Flattens any format to 8-bit gray; transparent pixels become white (QR images are often black
        /// modules on a transparent background). The 32-bit formats of screenshots and decoded files are
        /// converted here directly: Qt's general conversion takes several times longer.
        QImage toGray(const QImage& image)
        {
            if (image.format() == QImage::Format_Grayscale8) {
                return image;
            }
            const auto format = image.format();
            if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32
                && format != QImage::Format_ARGB32_Premultiplied) {
                if (!image.hasAlphaChannel()) {
                    return image.convertToFormat(QImage::Format_Grayscale8);
                }
                return toGray(image.convertToFormat(QImage::Format_ARGB32_Premultiplied));
            }
            QImage gray(image.size(), QImage::Format_Grayscale8);
            if (gray.isNull()) {
                return gray;
            }
            const int width = image.width();
            const auto lum = [](QRgb pixel) {
                return (306U * qRed(pixel) + 601U * qGreen(pixel) + 117U * qBlue(pixel) + 512U) >> 10;
            };
            // Rows are written through one pointer taken here: scanLine() would detach from two threads.
            uchar* const bits = gray.bits();
            const qsizetype stride = gray.bytesPerLine();
            const auto convertRows = [&](int from, int to) {
                for (int y = from; y < to; ++y) {
                    const auto* in = reinterpret_cast<const QRgb*>(image.constScanLine(y));
                    uchar* out = bits + stride * y;
                    // One loop per format, so that each compiles to straight-line code.
                    if (format == QImage::Format_RGB32) {
                        for (int x = 0; x < width; ++x) {
                            out[x] = static_cast<uchar>(lum(in[x]));
                        }
                    } else if (format == QImage::Format_ARGB32_Premultiplied) {
                        for (int x = 0; x < width; ++x) { // over white: colour + (1 - alpha)
                            out[x] = static_cast<uchar>(std::min(255U, lum(in[x]) + 255U - qAlpha(in[x])));
                        }
                    } else {
                        for (int x = 0; x < width; ++x) {
                            const unsigned alpha = qAlpha(in[x]);
                            out[x] = static_cast<uchar>((lum(in[x]) * alpha + 255U * (255U - alpha) + 127U) / 255U);
                        }
                    }
                }
            };
            const int height = image.height();
            if (isLarge(image)) {
                inParallel([&] { convertRows(0, height / 2); }, [&] { convertRows(height / 2, height); });
            } else {
                convertRows(0, height);
            }
            return gray;
        }

        /// The text of a result: byte-mode payloads are UTF-8 (what every authenticator writes) unless an ECI
        /// says otherwise; ZXing's own character-set guess is the fallback for bytes that are not UTF-8.
        QString textOf(const ZXing::Result& result)
        {
            if (!result.hasECI()) {
                const ZXing::ByteArray& bytes = result.bytes();
                QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
                QString text = utf8(
                    QByteArrayView(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())));
                if (!utf8.hasError()) {
                    return text;
                }
                wipe(text);
            }
            std::string text = result.text();
            QString converted = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
            // Through a volatile pointer, so that the stores are not dropped as dead before the string is freed.
            volatile char* bytes = text.data();
            for (size_t i = 0; i < text.size(); ++i) {
                bytes[i] = '\0';
            }
            return converted;
        }

        ZXing::DecodeHints baseHints()
        {
            ZXing::DecodeHints hints;
            hints.setFormats(ZXing::BarcodeFormat::QRCode);
            hints.setTryHarder(true);
            hints.setTryRotate(false);    // finder patterns are found at any angle; rotating only repeats the work
            hints.setTryDownscale(false); // read() builds the pyramid itself, so it can read each layer repeatedly
            hints.setBinarizer(ZXing::Binarizer::LocalAverage);
            return hints;
        }

        /// Paints a found code white, grown by a quarter around its centre so that its quiet zone and finder
        /// patterns go too. The quadrilateral is convex: each row is filled between its leftmost and rightmost
        /// crossing of the edges.
        void maskOut(QImage& gray, const ZXing::Position& position)
        {
            QPointF centre;
            for (const auto& point : position) {
                centre += QPointF(point.x, point.y) / 4.0;
            }
            std::array<QPointF, 4> quad;
            for (size_t i = 0; i < quad.size(); ++i) {
                const QPointF point(position[i].x, position[i].y);
                quad[i] = centre + (point - centre) * 1.25;
            }
            const auto [minY, maxY] = std::minmax({quad[0].y(), quad[1].y(), quad[2].y(), quad[3].y()});
            const int top = std::max(0, static_cast<int>(std::floor(minY)));
            const int bottom = std::min(gray.height() - 1, static_cast<int>(std::ceil(maxY)));
            for (int y = top; y <= bottom; ++y) {
                qreal left = gray.width();
                qreal right = -1;
                for (size_t i = 0; i < quad.size(); ++i) {
                    const QPointF a = quad[i];
                    const QPointF b = quad[(i + 1) % quad.size()];
                    if ((y < a.y() && y < b.y()) || (y > a.y() && y > b.y())) {
                        continue;
                    }
                    if (a.y() == b.y()) {
                        left = std::min({left, a.x(), b.x()});
                        right = std::max({right, a.x(), b.x()});
                        continue;
                    }
                    const qreal x = a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y());
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
                const int from = std::max(0, static_cast<int>(std::floor(left)));
                const int to = std::min(gray.width() - 1, static_cast<int>(std::ceil(right)));
                if (from <= to) {
                    std::memset(gray.scanLine(y) + from, 0xFF, static_cast<size_t>(to - from) + 1);
                }
            }
        }

        /// ZXing pairs finder patterns of neighbouring codes wrongly when many codes sit in a grid, and then
        /// misses some; codes it has read are painted out and the layer is read again until nothing new appears.
        constexpr int MaxRounds = 4;

        /// ZXing's own pyramid (DecodeHints::tryDownscale) in 1.4: layers a third of the size while the short
        /// side is over 500 pixels. Large modules defeat the local binarizer's 40-pixel window; a smaller layer
        /// reads them.
        constexpr int PyramidThreshold = 500;
        constexpr int PyramidFactor = 3;

        /// A third of the size, each pixel the mean of a 3x3 block.
        QImage downscaled(const QImage& gray)
        {
            const int w = gray.width() / PyramidFactor;
            const int h = gray.height() / PyramidFactor;
            QImage result(w, h, QImage::Format_Grayscale8);
            for (int y = 0; y < h; ++y) {
                const uchar* rows[PyramidFactor]
                    = {gray.constScanLine(3 * y), gray.constScanLine(3 * y + 1), gray.constScanLine(3 * y + 2)};
                uchar* out = result.scanLine(y);
                for (int x = 0; x < w; ++x) {
                    unsigned sum = 0;
                    for (const uchar* row : rows) {
                        const uchar* block = row + std::ptrdiff_t{PyramidFactor} * x;
                        sum += block[0] + block[1] + block[2];
                    }
                    out[x] = static_cast<uchar>((sum + 4) / 9);
                }
            }
            return result;
        }

        /// Reads one layer with ZXing, repeatedly (see MaxRounds), mapping corners back to the original image.
        void readLayer(View view, const ZXing::DecodeHints& hints, QList<Found>& found)
        {
            const QTransform toOriginal = view.fromOriginal.inverted();
            for (int round = 0; round < MaxRounds; ++round) {
                const ZXing::ImageView zxView(view.gray.constBits(), view.gray.width(), view.gray.height(),
                    ZXing::ImageFormat::Lum, static_cast<int>(view.gray.bytesPerLine()));
                ZXing::Results results;
                try {
                    results = ZXing::ReadBarcodes(zxView, hints);
                } catch (const std::exception&) {
                    return; // ZXing refuses some geometry (it throws); other passes may still read the image
                }
                bool foundNew = false;
                for (const ZXing::Result& result : results) {
                    if (!result.isValid() || result.format() != ZXing::BarcodeFormat::QRCode) {
                        continue;
                    }
                    QString text = textOf(result);
                    const bool known = std::any_of(
                        found.cbegin(), found.cend(), [&](const Found& other) { return other.text == text; });
                    if (known) {
                        wipe(text);
                        continue;
                    }
                    QList<QPointF> corners;
                    for (const auto& point : result.position()) {
                        corners.append(toOriginal.map(QPointF(point.x, point.y)));
                    }
                    found.append({std::move(text), std::move(corners)});
                    foundNew = true;
                    if (round + 1 < MaxRounds) {
                        maskOut(view.gray, result.position());
                    }
                }
                if (!foundNew) {
                    return;
                }
            }
        }

        /// Reads a view and, when `pyramid` is set, its smaller layers: in a large image on a second thread
        /// meanwhile, their codes joining this layer's afterwards as reading them in turn would have added them.
        void read(View view, const ZXing::DecodeHints& hints, QList<Found>& found, bool pyramid = true)
        {
            if (view.gray.isNull() || view.gray.width() < 21 || view.gray.height() < 21) {
                return;
            }
            if (!pyramid || std::min(view.gray.width(), view.gray.height()) <= PyramidThreshold) {
                readLayer(view, hints, found);
                return;
            }
            // Made before this layer is read: reading paints found codes out of it.
            View smaller{downscaled(view.gray),
                view.fromOriginal * QTransform::fromScale(1.0 / PyramidFactor, 1.0 / PyramidFactor)};
            if (!isLarge(view.gray)) {
                readLayer(view, hints, found);
                read(std::move(smaller), hints, found);
                return;
            }
            // The copy shares the texts found so far (no secret is copied), so the smaller layers skip them too.
            QList<Found> fromSmaller = found;
            const qsizetype known = fromSmaller.size();
            inParallel([&] { readLayer(view, hints, found); }, [&] { read(std::move(smaller), hints, fromSmaller); });
            for (qsizetype i = known; i < fromSmaller.size(); ++i) {
                Found& item = fromSmaller[i];
                const bool seen = std::any_of(
                    found.cbegin(), found.cend(), [&](const Found& other) { return other.text == item.text; });
                if (seen) {
                    wipe(item.text);
                } else {
                    found.append(std::move(item));
                }
            }
        }

        QImage inverted(const QImage& gray)
        {
            QImage copy = gray.copy();
            copy.invertPixels();
            return copy;
        }

        /// Stretches the 0.5th..99.5th percentile of the histogram to 0..255; a null image when the image
        /// already spans most of the range.
        QImage stretched(const QImage& gray)
        {
            std::array<qint64, 256> histogram{};
            for (int y = 0; y < gray.height(); ++y) {
                const uchar* line = gray.constScanLine(y);
                for (int x = 0; x < gray.width(); ++x) {
                    ++histogram[line[x]];
                }
            }
            const qint64 total = static_cast<qint64>(gray.width()) * gray.height();
            const qint64 tail = total / 200;
            int low = 0;
            for (qint64 sum = 0; low < 255 && (sum += histogram[low]) <= tail;) {
                ++low;
            }
            int high = 255;
            for (qint64 sum = 0; high > 0 && (sum += histogram[high]) <= tail;) {
                --high;
            }
            if (high - low >= 160 || high <= low) {
                return {};
            }
            std::array<uchar, 256> table{};
            for (int v = 0; v < 256; ++v) {
                table[v] = static_cast<uchar>(std::clamp((v - low) * 255 / (high - low), 0, 255));
            }
            QImage result(gray.size(), QImage::Format_Grayscale8);
            for (int y = 0; y < gray.height(); ++y) {
                const uchar* in = gray.constScanLine(y);
                uchar* out = result.scanLine(y);
                for (int x = 0; x < gray.width(); ++x) {
                    out[x] = table[in[x]];
                }
            }
            return result;
        }

        /// Sums of `radius` pixels either side along rows then columns, edges clamped: a box blur in O(1) per pixel.
        QImage boxBlurred(const QImage& gray, int radius)
        {
            const int w = gray.width();
            const int h = gray.height();
            const int span = 2 * radius + 1;
            QImage horizontal(gray.size(), QImage::Format_Grayscale8);
            for (int y = 0; y < h; ++y) {
                const uchar* in = gray.constScanLine(y);
                uchar* out = horizontal.scanLine(y);
                int sum = 0;
                for (int k = -radius; k <= radius; ++k) {
                    sum += in[std::clamp(k, 0, w - 1)];
                }
                for (int x = 0; x < w; ++x) {
                    out[x] = static_cast<uchar>((sum + span / 2) / span);
                    sum += in[std::min(x + radius + 1, w - 1)] - in[std::max(x - radius, 0)];
                }
            }
            QImage result(gray.size(), QImage::Format_Grayscale8);
            std::vector<int> sums(static_cast<size_t>(w), 0);
            for (int k = -radius; k <= radius; ++k) {
                const uchar* line = horizontal.constScanLine(std::clamp(k, 0, h - 1));
                for (int x = 0; x < w; ++x) {
                    sums[x] += line[x];
                }
            }
            for (int y = 0; y < h; ++y) {
                uchar* out = result.scanLine(y);
                const uchar* entering = horizontal.constScanLine(std::min(y + radius + 1, h - 1));
                const uchar* leaving = horizontal.constScanLine(std::max(y - radius, 0));
                for (int x = 0; x < w; ++x) {
                    out[x] = static_cast<uchar>((sums[x] + span / 2) / span);
                    sums[x] += entering[x] - leaving[x];
                }
            }
            return result;
        }

        /// Unsharp mask: the image plus `amount` times its difference from a box blur of `radius`.
        QImage sharpened(const QImage& gray, int radius, int amount)
        {
            const QImage blurred = boxBlurred(gray, radius);
            QImage result(gray.size(), QImage::Format_Grayscale8);
            for (int y = 0; y < gray.height(); ++y) {
                const uchar* in = gray.constScanLine(y);
                const uchar* blur = blurred.constScanLine(y);
                uchar* out = result.scanLine(y);
                for (int x = 0; x < gray.width(); ++x) {
                    out[x] = static_cast<uchar>(std::clamp(in[x] + amount * (in[x] - blur[x]), 0, 255));
                }
            }
            return result;
        }
    }

    QrDecoder::QrDecoder(Options options)
        : m_options(options)
    { }

    Result<QList<QrPayload>> QrDecoder::decode(const QImage& image) const
    {
        if (image.isNull()) {
            return Error(Error::Kind::InvalidInput, tr("The image is empty or could not be read."));
        }
        const qint64 pixels = static_cast<qint64>(image.width()) * image.height();
        if (pixels > MaxPixels) {
            return Error(Error::Kind::InvalidInput,
                tr("The image is %1 x %2 pixels, larger than the %3 megapixels Tessera scans; crop it "
                   "to the part with the QR code.")
                    .arg(image.width())
                    .arg(image.height())
                    .arg(MaxPixels / 1'000'000));
        }

        const QImage gray = toGray(image);
        if (gray.isNull()) {
            return Error(Error::Kind::Io, tr("There was not enough memory to scan the image."));
        }

        QList<Found> found;
        const ZXing::DecodeHints hints = baseHints();
        // The passes after Inverted read a copy of at most MaxHardPassPixels (made once, when first needed).
        std::optional<View> reduced;
        const auto hard = [&]() -> const View& {
            if (!reduced) {
                if (pixels <= MaxHardPassPixels) {
                    reduced = View{gray, {}};
                } else {
                    const qreal factor = std::sqrt(static_cast<qreal>(MaxHardPassPixels) / static_cast<qreal>(pixels));
                    const QSize size(qMax(1, qFloor(gray.width() * factor)), qMax(1, qFloor(gray.height() * factor)));
                    reduced = View{gray.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                        QTransform::fromScale(static_cast<qreal>(size.width()) / gray.width(),
                            static_cast<qreal>(size.height()) / gray.height())};
                }
            }
            return *reduced;
        };
        using PassFunction = std::function<void()>;
        const std::array<std::pair<Pass, PassFunction>, 7> passes{{
            {Pass::Plain,
                [&] {
                    read({gray, {}}, hints, found);
                }},
            {Pass::Inverted,
                [&] {
                    read({inverted(gray), {}}, hints, found);
                }},
            {Pass::Smoothed,
                [&] {
                    read({boxBlurred(hard().gray, 1), hard().fromOriginal}, hints, found);
                }},
            {Pass::Stretched,
                [&] {
                    read({stretched(hard().gray), hard().fromOriginal}, hints, found);
                }},
            {Pass::Global,
                [&] {
                    auto globalHints = hints;
                    globalHints.setBinarizer(ZXing::Binarizer::GlobalHistogram);
                    read(hard(), globalHints, found);
                }},
            {Pass::Upscaled,
                [&] {
                    if (pixels <= MaxUpscalePixels) {
                        read({gray.scaled(gray.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                                 QTransform::fromScale(2, 2)},
                            hints, found, false);
                    }
                }},
            {Pass::Sharpened,
                [&] {
                    read({sharpened(hard().gray, SharpenRadius, SharpenAmount), hard().fromOriginal}, hints, found);
                }},
        }};
        for (const auto& [pass, run] : passes) {
            if (!m_options.passes.testFlag(pass)) {
                continue;
            }
            run();
            if (!found.isEmpty() && m_options.effort == Effort::UntilFound) {
                break;
            }
        }

        // read() keeps each text once (the first pass's corners win); now put them in reading order.
        QList<Found>& unique = found;
        const auto boundsOf = [](const Found& item) {
            QPolygonF polygon(item.corners);
            return polygon.boundingRect();
        };
        std::stable_sort(unique.begin(), unique.end(),
            [&](const Found& a, const Found& b) { return boundsOf(a).center().y() < boundsOf(b).center().y(); });
        // Group codes whose centres lie within half a code's height into rows, then order each row left to right.
        QList<QrPayload> payloads;
        qsizetype rowStart = 0;
        while (rowStart < unique.size()) {
            const QRectF first = boundsOf(unique[rowStart]);
            qsizetype rowEnd = rowStart + 1;
            while (rowEnd < unique.size()
                && boundsOf(unique[rowEnd]).center().y() <= first.center().y() + first.height() / 2) {
                ++rowEnd;
            }
            std::stable_sort(unique.begin() + rowStart, unique.begin() + rowEnd,
                [&](const Found& a, const Found& b) { return boundsOf(a).center().x() < boundsOf(b).center().x(); });
            for (qsizetype i = rowStart; i < rowEnd; ++i) {
                payloads.append(QrPayload(std::move(unique[i].text), std::move(unique[i].corners)));
            }
            rowStart = rowEnd;
        }
        return payloads;
    }
}
