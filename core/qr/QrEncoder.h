#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringView>

namespace tessera
{
    /// Text to QR code (libqrencode): a QImage at any module size, or an SVG document. Both have the
    /// standard 4-module quiet zone, black modules on white. The text is encoded as UTF-8 bytes, with the
    /// smallest version that fits at the chosen error-correction level.
    class QrEncoder
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::QrEncoder)

    public:
        /// How much of the code can be damaged and still read: about 7, 15, 25 and 30 %.
        enum class ErrorCorrection
        {
            Low,
            Medium,
            Quartile,
            High,
        };

        static constexpr int QuietZoneModules = 4;
        /// A version-40 code at 64 pixels per module is 11,840 pixels wide.
        static constexpr int MaxModuleSize = 64;

        /// A Format_Mono image, (modules + 8) x moduleSize pixels square. The image shows the text:
        /// treat it as the secret it may contain.
        static Result<QImage> toImage(QStringView text, ErrorCorrection level, int moduleSize);

        /// A standalone SVG document: one path of dark modules on a white square, crisp edges, sized
        /// (modules + 8) x moduleSize user units.
        static Result<QString> toSvg(QStringView text, ErrorCorrection level, int moduleSize = 8);

        /// The number of modules on a side (21 for version 1 ... 177 for version 40), quiet zone excluded.
        static Result<int> moduleCount(QStringView text, ErrorCorrection level);
    };
}
