#pragma once

#include "QrDecoder.h"
#include "QrPayload.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>

class QVideoFrame;

namespace tessera::gui
{
    /// Decodes QR codes off the GUI thread (QtConcurrent), one image at a time: an image submitted while
    /// another is being decoded is dropped, which is what a live camera preview wants. The results arrive
    /// on the thread that owns this object.
    class AsyncQrDecoder : public QObject
    {
        Q_OBJECT

    public:
        explicit AsyncQrDecoder(QObject* parent = nullptr);
        /// Waits for a decode still running (its result is not delivered).
        ~AsyncQrDecoder() override;

        /// Starts decoding `image`. Returns false, and drops the image, while another decode is running.
        bool submit(const QImage& image);
        /// The same for a camera frame (mapped and converted to an image first).
        bool submit(const QVideoFrame& frame);
        /// True from submit() until the result has been delivered.
        [[nodiscard]] bool isBusy() const;
        /// Blocks until the running decode is over; its result is delivered by the next event loop pass.
        void waitForFinished();

    signals:
        /// Every code in the image, in reading order; empty when there was none.
        void decoded(const QList<tessera::QrPayload>& payloads);
        /// The image could not be decoded (too large, null): one sentence for the user.
        void failed(const QString& message);

    private:
        void onFinished();

        QFutureWatcher<Result<QList<QrPayload>>> m_watcher;
        bool m_busy = false;
    };
}
