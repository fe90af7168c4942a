#pragma once

#include "QrDecoder.h"

#include <QImage>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <functional>

namespace tessera::test
{
    /// Builds the images the QR robustness tests and benchmarks scan: clean codes and the same codes damaged
    /// the way screens, cameras and image pipelines damage them. Everything is drawn with Qt (no fonts, so it
    /// runs without a GUI application) and every random choice comes from a fixed seed.
    class QrTestImages
    {
    public:
        /// One damaged image of the robustness matrix: what it must decode to, and which decoder passes read it
        /// when each runs alone (docs/qr.md has the same table).
        struct Case
        {
            QString name;
            std::function<QImage()> image; ///< built on demand: the screenshots take a moment
            QStringList texts;
            QrDecoder::Passes readers;
            /// Passes on the edge for this image: whether they read it alone depends on the compiler's
            /// floating-point code generation (GCC and clang differ), so the per-pass test ignores them.
            QrDecoder::Passes marginal = {};
        };

        /// The matrix (cheap: the images are built when asked for).
        static const QList<Case>& robustnessCases();

        /// An otpauth:// URI for account number `i`.
        static QString accountUri(int i);
        /// An otpauth-migration:// URI whose percent-encoded base64 holds `payloadBytes` random bytes, like
        /// Google Authenticator writes (1050 bytes give about 1450 characters).
        static QString migrationUri(int payloadBytes, quint32 seed);

        /// A clean code from QrEncoder (medium error correction), as Format_Grayscale8.
        static QImage code(const QString& text, int moduleSize, int errorCorrection = 1);

        /// Rotated about its centre by any angle; the corners are filled with `background`.
        static QImage rotated(const QImage& image, qreal degrees, QRgb background = 0xffffffff);
        /// Scaled so that one module is `pixelsPerModule` pixels (may be fractional), smoothly.
        static QImage scaledToModuleSize(const QImage& code, int moduleSize, qreal pixelsPerModule);
        /// An approximately Gaussian blur (three box passes) of the given radius in pixels.
        static QImage blurred(const QImage& image, int radius);
        /// Gaussian noise of the given standard deviation on every pixel.
        static QImage noisy(const QImage& image, double sigma, quint32 seed);
        static QImage inverted(const QImage& image);
        /// Seen from the side and below: a trapezoid, the far edge `shrink` (0..1) narrower.
        static QImage perspective(const QImage& image, qreal shrink);
        /// Dark modules become `dark`, light ones `light` (gray levels).
        static QImage lowContrast(const QImage& image, int dark, int light);
        /// Random shapes, lines and gradients with the code (plus its quiet zone) pasted at `at`.
        static QImage onBusyBackground(const QImage& code, QSize size, QPoint at, quint32 seed);
        /// A desktop-screenshot-like image: windows, title bars, text-like lines and icons, with the codes
        /// placed on a grid inside a white "window". RGB32.
        static QImage screenshot(const QList<QImage>& codes, QSize size, quint32 seed);
        /// Random noise without any code.
        static QImage randomNoise(QSize size, quint32 seed);
    };
}
