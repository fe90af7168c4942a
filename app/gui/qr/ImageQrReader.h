#pragma once

#include "QrPayload.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QMimeData;
class QWidget;

namespace tessera::gui
{
    /// Reads QR codes from image files (PNG, JPEG, GIF, BMP, WebP and whatever else Qt's image plugins
    /// read), and from what is pasted or dropped (image data, or the URL of an image file). Decoding runs
    /// on the calling thread: a 4K screenshot takes about a tenth of a second.
    ///
    /// An image of a QR code is a copy of the account's secret: after an account was added from a file,
    /// the main window calls offerToDeleteFile().
    class ImageQrReader
    {
        Q_DECLARE_TR_FUNCTIONS(ImageQrReader)

    public:
        /// What was read: the codes, and the file they came from (empty for pasted image data).
        struct Scan
        {
            QList<QrPayload> payloads;
            QString sourceFile;
        };

        /// Qt refuses images over 256 MB by default; QrDecoder accepts up to 100 megapixels (400 MB decoded).
        static constexpr int AllocationLimitMb = 512;

        /// Reads the image (EXIF orientation applied), refusing from its header anything QrDecoder refuses.
        [[nodiscard]] static Result<QImage> readImage(const QString& path);
        [[nodiscard]] static Result<Scan> fromFile(const QString& path);
        [[nodiscard]] static Result<Scan> fromImage(const QImage& image);
        /// Whether the clipboard or a drag holds something fromMimeData() can read.
        [[nodiscard]] static bool canRead(const QMimeData* mime);
        /// Image data first; else the first local file URL (dropped from a file manager).
        [[nodiscard]] static Result<Scan> fromMimeData(const QMimeData* mime);
        /// A QFileDialog name filter listing the formats this Qt reads.
        [[nodiscard]] static QString fileDialogFilter();

        /// Asks whether to delete the image file an account was just added from, and deletes it when the
        /// user agrees. Returns whether it was deleted; an error when deleting failed.
        [[nodiscard]] static Result<bool> offerToDeleteFile(QWidget* parent, const QString& path);
        [[nodiscard]] static Result<void> deleteFile(const QString& path);
    };
}
