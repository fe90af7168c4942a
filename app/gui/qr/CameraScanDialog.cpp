#include "CameraScanDialog.h"

#include "AsyncQrDecoder.h"

#include <QCamera>
#include <QCameraDevice>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPushButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>

namespace tessera::gui
{
    CameraScanDialog::CameraScanDialog(QWidget* parent)
        : QDialog(parent)
        , m_decoder(new AsyncQrDecoder(this))
    {
        setWindowTitle(tr("Scan with Camera"));
        m_preview = new QLabel(this);
        m_preview->setAlignment(Qt::AlignCenter);
        m_preview->setMinimumSize(320, 240);
        m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        m_preview->setBackgroundRole(QPalette::Dark);
        m_preview->setAutoFillBackground(true);
        m_message = new QLabel(this);
        m_message->setWordWrap(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_preview, 1);
        layout->addWidget(m_message);
        layout->addWidget(buttons);

        connect(m_decoder, &AsyncQrDecoder::decoded, this, &CameraScanDialog::onDecoded);

        const QCameraDevice device = QMediaDevices::defaultVideoInput();
        if (device.isNull()) {
            m_preview->setText(tr("No camera"));
            m_message->setText(noCameraMessage());
            return;
        }
        m_camera = new QCamera(device, this);
        m_session = new QMediaCaptureSession(this);
        m_sink = new QVideoSink(this);
        m_session->setCamera(m_camera);
        m_session->setVideoSink(m_sink);
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanDialog::processFrame);
        connect(m_camera, &QCamera::errorOccurred, this, &CameraScanDialog::onCameraError);
        m_message->setText(
            tr("Hold the QR code up to %1. Tessera reads it as soon as it is sharp.").arg(device.description()));
        m_camera->start();
    }

    CameraScanDialog::~CameraScanDialog()
    {
        stopCamera();
    }

    QString CameraScanDialog::noCameraMessage()
    {
        return tr("No camera was found. Connect one and try again, or scan the code on the screen or from an "
                  "image file instead.");
    }

    QString CameraScanDialog::message() const
    {
        return m_message->text();
    }

    void CameraScanDialog::processFrame(const QVideoFrame& frame)
    {
        if (m_finished || !frame.isValid()) {
            return;
        }
        const QImage image = frame.toImage();
        if (image.isNull()) {
            return;
        }
        if (isVisible()) {
            m_preview->setPixmap(QPixmap::fromImage(image).scaled(
                m_preview->size() * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
        m_decoder->submit(image);
    }

    void CameraScanDialog::onDecoded(const QList<tessera::QrPayload>& payloads)
    {
        if (m_finished || payloads.isEmpty()) {
            return;
        }
        m_finished = true;
        m_payloads = payloads;
        stopCamera();
        emit codeRead(m_payloads);
        accept();
    }

    void CameraScanDialog::onCameraError()
    {
        stopCamera();
        m_preview->setText(tr("No picture"));
        m_message->setText(tr("The camera cannot be used: %1. Close other apps that use it and try again, or scan "
                              "the code on the screen instead.")
                               .arg(m_camera != nullptr ? m_camera->errorString() : QString()));
    }

    void CameraScanDialog::done(int result)
    {
        stopCamera();
        QDialog::done(result);
    }

    void CameraScanDialog::stopCamera()
    {
        if (m_camera != nullptr && m_camera->isActive()) {
            m_camera->stop();
        }
        m_preview->clear();
    }
}
