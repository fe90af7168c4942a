#pragma once

#include "QrPayload.h"

#include <QDialog>
#include <QList>

class QCamera;
class QLabel;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace tessera::gui
{
    class AsyncQrDecoder;

    /// Reads a QR code held up to a camera (Qt Multimedia): a live preview, frames decoded on a worker
    /// thread (frames that arrive while one is being decoded are dropped), and the dialog closes with
    /// Accepted as soon as a frame holds a code. Without a camera it says so and offers nothing else.
    class CameraScanDialog : public QDialog
    {
        Q_OBJECT

    public:
        explicit CameraScanDialog(QWidget* parent = nullptr);
        ~CameraScanDialog() override;

        [[nodiscard]] bool hasCamera() const { return m_camera != nullptr; }
        /// The codes of the frame that closed the dialog.
        [[nodiscard]] const QList<QrPayload>& payloads() const { return m_payloads; }
        /// The sentence shown under the preview (what to do, or why there is no camera).
        [[nodiscard]] QString message() const;

        /// Shows a frame and decodes it unless a decode is running. Connected to the camera's video sink;
        /// public so a frame can be fed in without one.
        void processFrame(const QVideoFrame& frame);

        [[nodiscard]] static QString noCameraMessage();

    signals:
        /// Emitted once, just before the dialog accepts.
        void codeRead(const QList<tessera::QrPayload>& payloads);

    protected:
        void done(int result) override;

    private:
        void onDecoded(const QList<tessera::QrPayload>& payloads);
        void onCameraError();
        void stopCamera();

        QLabel* m_preview = nullptr;
        QLabel* m_message = nullptr;
        QCamera* m_camera = nullptr;
        QMediaCaptureSession* m_session = nullptr;
        QVideoSink* m_sink = nullptr;
        AsyncQrDecoder* m_decoder = nullptr;
        QList<QrPayload> m_payloads;
        bool m_finished = false;
    };
}
