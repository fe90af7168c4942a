#include "QrEncoder.h"

#include "SecretWipe.h"

#include <qrencode.h>

#include <QColor>

#include <cerrno>
#include <cstring>
#include <memory>

namespace tessera
{
    namespace
    {
        /// The modules of one code, copied out of libqrencode's structure (which is wiped and freed at once).
        struct Modules
        {
            int size = 0;
            QByteArray dark; ///< size * size, row-major, 1 = dark

            Modules() = default;
            Modules(Modules&&) = default;
            Modules& operator=(Modules&&) = default;
            Modules(const Modules&) = delete;
            Modules& operator=(const Modules&) = delete;
            ~Modules() { wipe(dark); }
            [[nodiscard]] bool at(int x, int y) const { return dark[static_cast<qsizetype>(y) * size + x] != 0; }
        };

        QRecLevel toQrencode(QrEncoder::ErrorCorrection level)
        {
            switch (level) {
            case QrEncoder::ErrorCorrection::Low:
                return QR_ECLEVEL_L;
            case QrEncoder::ErrorCorrection::Medium:
                return QR_ECLEVEL_M;
            case QrEncoder::ErrorCorrection::Quartile:
                return QR_ECLEVEL_Q;
            case QrEncoder::ErrorCorrection::High:
                return QR_ECLEVEL_H;
            }
            return QR_ECLEVEL_M;
        }

        struct QrcodeDeleter
        {
            void operator()(QRcode* code) const
            {
                // The modules spell out the text, which may be a secret.
                std::memset(code->data, 0, static_cast<size_t>(code->width) * code->width);
                QRcode_free(code);
            }
        };

        Result<Modules> encode(QStringView text, QrEncoder::ErrorCorrection level)
        {
            if (text.isEmpty()) {
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::QrEncoder", "There is no text to put in a QR code."));
            }
            QByteArray bytes = text.toUtf8();
            errno = 0;
            QRcode* raw = nullptr;
            if (bytes.contains('\0')) {
                // Binary-safe, one 8-bit segment.
                raw = QRcode_encodeData(static_cast<int>(bytes.size()),
                    reinterpret_cast<const unsigned char*>(bytes.constData()), 0, toQrencode(level));
            } else {
                // Lets libqrencode switch to numeric and alphanumeric segments where that is shorter.
                raw = QRcode_encodeString(bytes.constData(), 0, toQrencode(level), QR_MODE_8, 1);
            }
            const int encodeErrno = errno;
            const auto length = bytes.size();
            wipe(bytes);
            const std::unique_ptr<QRcode, QrcodeDeleter> code(raw);
            if (!code) {
                if (encodeErrno == ERANGE) {
                    return Error(Error::Kind::InvalidInput,
                        QCoreApplication::translate("tessera::QrEncoder",
                            "The text is too long for a QR code (%1 bytes); at this error-correction "
                            "level a code holds at most %2 bytes.")
                            .arg(length)
                            .arg(level == QrEncoder::ErrorCorrection::Low           ? 2953
                                    : level == QrEncoder::ErrorCorrection::Medium   ? 2331
                                    : level == QrEncoder::ErrorCorrection::Quartile ? 1663
                                                                                    : 1273));
                }
                if (encodeErrno == ENOMEM) {
                    return Error(Error::Kind::Io,
                        QCoreApplication::translate(
                            "tessera::QrEncoder", "There was not enough memory to make the QR code."));
                }
                return Error(Error::Kind::InvalidInput,
                    QCoreApplication::translate("tessera::QrEncoder", "The text could not be encoded as a QR code."));
            }
            Modules modules;
            modules.size = code->width;
            modules.dark.resize(static_cast<qsizetype>(code->width) * code->width);
            for (qsizetype i = 0; i < modules.dark.size(); ++i) {
                modules.dark[i] = static_cast<char>(code->data[i] & 1U);
            }
            return modules;
        }
    }

    Result<int> QrEncoder::moduleCount(QStringView text, ErrorCorrection level)
    {
        auto modules = encode(text, level);
        if (!modules) {
            return modules.error();
        }
        return modules->size;
    }

    Result<QImage> QrEncoder::toImage(QStringView text, ErrorCorrection level, int moduleSize)
    {
        if (moduleSize < 1 || moduleSize > MaxModuleSize) {
            return Error(Error::Kind::InvalidInput,
                tr("A QR module must be 1 to %1 pixels wide, not %2.").arg(MaxModuleSize).arg(moduleSize));
        }
        auto modules = encode(text, level);
        if (!modules) {
            return modules.error();
        }
        const int side = (modules->size + 2 * QuietZoneModules) * moduleSize;
        QImage image(side, side, QImage::Format_Mono);
        if (image.isNull()) {
            return Error(Error::Kind::Io, tr("There was not enough memory for a %1 x %1 image.").arg(side));
        }
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        image.fill(0);
        const int offset = QuietZoneModules * moduleSize;
        for (int y = 0; y < modules->size; ++y) {
            uchar* firstLine = image.scanLine(offset + y * moduleSize);
            for (int x = 0; x < modules->size; ++x) {
                if (!modules->at(x, y)) {
                    continue;
                }
                for (int px = offset + x * moduleSize; px < offset + (x + 1) * moduleSize; ++px) {
                    // Format_Mono: most significant bit first.
                    firstLine[px >> 3] |= static_cast<uchar>(0x80U >> (px & 7));
                }
            }
            for (int row = 1; row < moduleSize; ++row) {
                std::memcpy(image.scanLine(offset + y * moduleSize + row), firstLine,
                    static_cast<size_t>(image.bytesPerLine()));
            }
        }
        return image;
    }

    Result<QString> QrEncoder::toSvg(QStringView text, ErrorCorrection level, int moduleSize)
    {
        if (moduleSize < 1 || moduleSize > MaxModuleSize) {
            return Error(Error::Kind::InvalidInput,
                tr("A QR module must be 1 to %1 units wide, not %2.").arg(MaxModuleSize).arg(moduleSize));
        }
        auto modules = encode(text, level);
        if (!modules) {
            return modules.error();
        }
        const int viewSide = modules->size + 2 * QuietZoneModules;
        // One path of horizontal runs in module units; the viewBox scales it to the requested size.
        QString path;
        for (int y = 0; y < modules->size; ++y) {
            int x = 0;
            while (x < modules->size) {
                if (!modules->at(x, y)) {
                    ++x;
                    continue;
                }
                const int start = x;
                while (x < modules->size && modules->at(x, y)) {
                    ++x;
                }
                path += QStringLiteral("M%1 %2h%3v1h-%3z")
                            .arg(start + QuietZoneModules)
                            .arg(y + QuietZoneModules)
                            .arg(x - start);
            }
        }
        QString svg = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                     "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" "
                                     "height=\"%1\" viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\">\n"
                                     "<rect width=\"%2\" height=\"%2\" fill=\"#ffffff\"/>\n"
                                     "<path fill=\"#000000\" d=\"%3\"/>\n"
                                     "</svg>\n")
                          .arg(viewSide * moduleSize)
                          .arg(viewSide)
                          .arg(path);
        wipe(path);
        return svg;
    }
}
