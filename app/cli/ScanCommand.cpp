#include "ScanCommand.h"

#include "ExitCode.h"
#include "QrDecoder.h"
#include "QrPayload.h"
#include "ScanImport.h"
#include "SecretWipe.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tessera::cli
{
    namespace
    {
        /// Qt refuses to allocate images above 256 MB by default; a 100-megapixel image (QrDecoder's limit)
        /// decodes to 400 MB of 32-bit pixels.
        constexpr int ImageAllocationLimitMb = 512;

        /// Reads one image file, refusing (from its header, before decoding) anything QrDecoder would refuse.
        Result<QImage> readImage(const QString& path)
        {
            const QFileInfo info(path);
            if (!info.exists()) {
                return Error(
                    Error::Kind::InvalidInput, QStringLiteral("Cannot read '%1': there is no such file.").arg(path));
            }
            if (info.isDir()) {
                return Error(Error::Kind::InvalidInput,
                    QStringLiteral("Cannot read '%1': it is a folder, not an image.").arg(path));
            }
            QImageReader reader(path);
            reader.setAutoTransform(true); // phone photos carry their orientation in EXIF
            const QSize size = reader.size();
            if (size.isValid() && static_cast<qint64>(size.width()) * size.height() > QrDecoder::MaxPixels) {
                return Error(Error::Kind::InvalidInput,
                    QStringLiteral("Cannot scan '%1': it is %2 x %3 pixels, larger than the %4 megapixels Tessera "
                                   "scans; crop it to the part with the QR code.")
                        .arg(path)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(QrDecoder::MaxPixels / 1'000'000));
            }
            QImage image = reader.read();
            if (image.isNull()) {
                return Error(Error::Kind::InvalidInput,
                    QStringLiteral("Cannot read '%1' as an image (%2).").arg(path, reader.errorString()));
            }
            return image;
        }
    }

    QString ScanCommand::name() const
    {
        return QStringLiteral("scan");
    }

    QString ScanCommand::summary() const
    {
        return QStringLiteral("Print the text of every QR code in image files.");
    }

    QString ScanCommand::description() const
    {
        return QStringLiteral(
            "Finds every QR code in the images (PNG, JPEG, GIF, BMP, WebP and the other formats Qt reads) and\n"
            "prints each code's exact text on its own line, image by image, codes top to bottom then left to\n"
            "right. Rotated, small, inverted, faint and photographed codes are read too. No vault is read or\n"
            "written. The texts may contain secrets (otpauth:// links): mind where the output goes.\n"
            "Exit status 3 when no image holds a code, or when an image cannot be read (the other images are\n"
            "still scanned and printed).\n"
            "With --add, the otpauth:// accounts and the Google Authenticator transfer codes\n"
            "(otpauth-migration://, grouped by export across all the images) are added to the vault in one step;\n"
            "accounts already in it are skipped, and a missing transfer code is named.");
    }

    QList<Command::Argument> ScanCommand::arguments() const
    {
        return {{QStringLiteral("IMAGE..."), QStringLiteral("One or more image files.")}};
    }

    QList<QCommandLineOption> ScanCommand::options() const
    {
        return {
            QCommandLineOption(QStringLiteral("add"),
                QStringLiteral("Add the accounts of the otpauth:// and otpauth-migration:// codes to the vault.")),
            QCommandLineOption(QStringLiteral("json"),
                QStringLiteral("Print a JSON array of {file, payload, kind}, kind being otpauth, "
                               "otpauth-migration or other.")),
        };
    }

    int ScanCommand::execute(const QCommandLineParser& parser, CommandContext& context)
    {
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            context.err << QStringLiteral("scan needs at least one image file. Run 'tessera-cli scan --help' for "
                                          "usage.\n");
            return Usage;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        QImageReader::setAllocationLimit(std::max(QImageReader::allocationLimit(), ImageAllocationLimitMb));

        const QrDecoder decoder;
        const bool add = parser.isSet(QStringLiteral("add"));
        ScanImport toAdd;
        QJsonArray array;
        int found = 0;
        int failed = 0;
        for (const QString& file : files) {
            const auto image = readImage(file);
            if (!image) {
                context.err << image.error().message() << QLatin1Char('\n');
                ++failed;
                continue;
            }
            auto payloads = decoder.decode(*image);
            if (!payloads) {
                context.err << QStringLiteral("Cannot scan '%1': %2\n").arg(file, payloads.error().message());
                ++failed;
                continue;
            }
            for (QrPayload& payload : *payloads) {
                ++found;
                if (json) {
                    array.append(QJsonObject{
                        {QStringLiteral("file"), file},
                        {QStringLiteral("payload"), payload.text()},
                        {QStringLiteral("kind"), QrPayload::kindName(payload.kind())},
                    });
                } else {
                    context.out << payload.text() << QLatin1Char('\n');
                }
                QString text = payload.text();
                if (add) {
                    toAdd.take(file, text);
                }
                payload = QrPayload(QString());
                wipe(text);
            }
        }
        if (json) {
            QByteArray bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
            context.out << QString::fromUtf8(bytes);
            wipe(bytes);
        }
        context.out.flush();
        if (found == 0 && failed < files.size()) {
            if (files.size() == 1) {
                context.err << QStringLiteral("No QR code was found in the image.\n");
            } else if (failed == 0) {
                context.err << QStringLiteral("No QR code was found in any of the images.\n");
            } else {
                context.err << QStringLiteral("No QR code was found in the images that could be read.\n");
            }
        }
        if (add && found > 0) {
            const int added = toAdd.apply(context);
            if (added != Success) {
                return added;
            }
        }
        return found == 0 || failed > 0 ? InvalidInput : Success;
    }
}
