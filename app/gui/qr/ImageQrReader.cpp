#include "ImageQrReader.h"

#include "QrDecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        Result<ImageQrReader::Scan> decode(const QImage& image, const QString& sourceFile)
        {
            auto payloads = QrDecoder().decode(image);
            if (!payloads) {
                return payloads.error();
            }
            return ImageQrReader::Scan{*payloads, sourceFile};
        }
    }

    Result<QImage> ImageQrReader::readImage(const QString& path)
    {
        const QFileInfo info(path);
        const QString name = info.fileName();
        if (!info.exists()) {
            return Error(Error::Kind::InvalidInput, tr("Cannot open “%1”: the file does not exist.").arg(name));
        }
        if (info.isDir()) {
            return Error(Error::Kind::InvalidInput, tr("Cannot open “%1”: it is a folder, not an image.").arg(name));
        }
        QImageReader::setAllocationLimit(std::max(QImageReader::allocationLimit(), AllocationLimitMb));
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && static_cast<qint64>(size.width()) * size.height() > QrDecoder::MaxPixels) {
            return Error(Error::Kind::InvalidInput,
                tr("“%1” is %2 × %3 pixels, too large to scan. Crop it to the part with the QR code and try again.")
                    .arg(name)
                    .arg(size.width())
                    .arg(size.height()));
        }
        QImage image = reader.read();
        if (image.isNull()) {
            return Error(Error::Kind::InvalidInput,
                tr("Cannot read “%1” as an image (%2). Try a PNG or JPEG file.").arg(name, reader.errorString()));
        }
        return image;
    }

    Result<ImageQrReader::Scan> ImageQrReader::fromFile(const QString& path)
    {
        auto image = readImage(path);
        if (!image) {
            return image.error();
        }
        return decode(*image, QFileInfo(path).absoluteFilePath());
    }

    Result<ImageQrReader::Scan> ImageQrReader::fromImage(const QImage& image)
    {
        if (image.isNull()) {
            return Error(Error::Kind::InvalidInput, tr("The pasted image is empty."));
        }
        return decode(image, QString());
    }

    bool ImageQrReader::canRead(const QMimeData* mime)
    {
        if (mime == nullptr) {
            return false;
        }
        if (mime->hasImage()) {
            return true;
        }
        const QList<QUrl> urls = mime->urls();
        return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); });
    }

    Result<ImageQrReader::Scan> ImageQrReader::fromMimeData(const QMimeData* mime)
    {
        if (mime != nullptr && mime->hasImage()) {
            return fromImage(qvariant_cast<QImage>(mime->imageData()));
        }
        if (mime != nullptr) {
            for (const QUrl& url : mime->urls()) {
                if (url.isLocalFile()) {
                    return fromFile(url.toLocalFile());
                }
            }
        }
        return Error(Error::Kind::InvalidInput,
            tr("There is no image to scan. Copy an image of a QR code, or drop an image file on the window."));
    }

    QString ImageQrReader::fileDialogFilter()
    {
        QStringList patterns;
        for (const QByteArray& format : QImageReader::supportedImageFormats()) {
            patterns.append(QStringLiteral("*.") + QString::fromLatin1(format));
        }
        return tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
    }

    Result<bool> ImageQrReader::offerToDeleteFile(QWidget* parent, const QString& path)
    {
        QMessageBox box(parent);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Delete the Image?"));
        box.setText(tr("Delete “%1”?").arg(QFileInfo(path).fileName()));
        box.setInformativeText(tr("The account is in Tessera now. Anyone who finds this image can copy the account, "
                                  "so it is safer to delete it."));
        QPushButton* remove = box.addButton(tr("Delete File"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
        box.setDefaultButton(remove);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != remove) {
            return false;
        }
        auto deleted = deleteFile(path);
        if (!deleted) {
            return deleted.error();
        }
        return true;
    }

    Result<void> ImageQrReader::deleteFile(const QString& path)
    {
        QFile file(path);
        if (!file.remove()) {
            return Error(Error::Kind::Io,
                tr("Cannot delete “%1”: %2. Delete it yourself.").arg(QFileInfo(path).fileName(), file.errorString()));
        }
        return {};
    }
}
