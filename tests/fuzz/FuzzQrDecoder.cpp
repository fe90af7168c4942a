#include "QrDecoder.h"

#include <QImage>

#include <cstddef>
#include <cstdint>
#include <cstring>

// QrDecoder on small images. The input is an 8-bit grayscale image: byte 0 is the width - 1 and byte 1 the
// height - 1 (so at most 256 x 256 pixels, which keeps one decode in the milliseconds), byte 2 selects the
// passes (bits 0-6, none set: all passes) and the effort (bit 7: exhaustive), the rest are the pixels row by
// row; pixels the input does not cover are white. Every pass's image filters run on odd sizes down to 1 x 1.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    constexpr std::size_t HeaderBytes = 3;
    if (size < HeaderBytes) {
        return -1;
    }
    const int width = data[0] + 1;
    const int height = data[1] + 1;
    tessera::QrDecoder::Options options;
    const unsigned passes = data[2] & 0x7FU;
    options.passes = passes == 0 ? tessera::QrDecoder::AllPasses : tessera::QrDecoder::Passes::fromInt(passes);
    options.effort
        = (data[2] & 0x80U) != 0 ? tessera::QrDecoder::Effort::Exhaustive : tessera::QrDecoder::Effort::UntilFound;

    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(0xFF);
    const std::uint8_t* pixels = data + HeaderBytes;
    std::size_t left = size - HeaderBytes;
    for (int y = 0; y < height && left > 0; ++y) {
        const std::size_t row = left < static_cast<std::size_t>(width) ? left : static_cast<std::size_t>(width);
        std::memcpy(image.scanLine(y), pixels, row);
        pixels += row;
        left -= row;
    }

    const tessera::QrDecoder decoder(options);
    const auto found = decoder.decode(image);
    if (!found) {
        __builtin_trap(); // a valid image of at most 256 x 256 pixels is never refused
    }
    for (const tessera::QrPayload& payload : *found) {
        (void)payload.kind();
        for (const QPointF& corner : payload.corners()) {
            // Corners are in the image's coordinates (a little outside at most, for a code at the border).
            if (corner.x() < -width || corner.x() > 2.0 * width || corner.y() < -height || corner.y() > 2.0 * height) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
