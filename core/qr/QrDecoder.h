#pragma once

#include "QrPayload.h"
#include "Result.h"

#include <QCoreApplication>
#include <QFlags>
#include <QImage>
#include <QList>

namespace tessera
{
    /// Finds every QR code in an image (ZXing-C++) and returns their texts, each once, in reading order
    /// (top to bottom, then left to right). Byte-mode payloads are read as UTF-8.
    ///
    /// Decoding runs in passes, cheapest first. By default a pass runs only while the passes before it found
    /// nothing, so a clean screenshot costs one pass; `Effort::Exhaustive` runs every enabled pass and merges
    /// what they find (for an image holding codes of very different quality). Each layer is read again after
    /// the codes found on it are painted out, which finds all of many codes in a grid. Over 16 megapixels the
    /// passes after Inverted read a scaled-down copy. docs/qr.md lists which pass reads which kind of damage and
    /// what each costs. decode() is const and keeps no state: one decoder may serve several threads.
    class QrDecoder
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::QrDecoder)

    public:
        /// The passes, in the order they run (cheapest and most often useful first).
        enum class Pass : unsigned
        {
            Plain = 1U << 0,     ///< ZXing's local-average binarizer over a downscale pyramid, try-harder
            Inverted = 1U << 1,  ///< the same on the inverted image: light modules on a dark background
            Smoothed = 1U << 2,  ///< after a 3x3 box filter: sensor noise, JPEG speckle, dithering
            Stretched = 1U << 3, ///< contrast stretched to the full range: faint or washed-out images
            Global = 1U << 4,    ///< a global-histogram threshold instead of the local one: faint code on a busy image
            Upscaled = 1U << 5,  ///< scaled up 2x (images up to 4 megapixels): under 2 pixels per module
            Sharpened = 1U << 6, ///< an unsharp mask: codes blurred over about half a module
        };
        Q_DECLARE_FLAGS(Passes, Pass)

        enum class Effort
        {
            UntilFound, ///< stop after the first pass that finds at least one code
            Exhaustive, ///< run every enabled pass
        };

        struct Options
        {
            Passes passes = AllPasses;
            Effort effort = Effort::UntilFound;
        };

        static constexpr Passes AllPasses = Passes::fromInt(0x7F);
        /// Larger images are refused: a hostile file cannot make a decode take minutes or exhaust memory.
        static constexpr qint64 MaxPixels = 100'000'000;

        QrDecoder() = default;
        explicit QrDecoder(Options options);

        /// Every QR code in the image; an empty list when there is none. Errors: a null image, or one larger
        /// than MaxPixels.
        [[nodiscard]] Result<QList<QrPayload>> decode(const QImage& image) const;

    private:
        Options m_options;
    };
}

Q_DECLARE_OPERATORS_FOR_FLAGS(tessera::QrDecoder::Passes)
