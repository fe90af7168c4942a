#include "AsyncQrDecoder.h"

#include <QVideoFrame>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera::gui
{
    AsyncQrDecoder::AsyncQrDecoder(QObject* parent)
        : QObject(parent)
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, &AsyncQrDecoder::onFinished);
    }

    AsyncQrDecoder::~AsyncQrDecoder()
    {
        m_watcher.disconnect(this);
        m_watcher.waitForFinished();
    }

    bool AsyncQrDecoder::submit(const QImage& image)
    {
        if (isBusy()) {
            return false;
        }
        m_busy = true;
        m_watcher.setFuture(QtConcurrent::run([image] { return QrDecoder().decode(image); }));
        return true;
    }

    bool AsyncQrDecoder::submit(const QVideoFrame& frame)
    {
        if (isBusy()) {
            return false;
        }
        const QImage image = frame.toImage();
        if (image.isNull()) {
            return false;
        }
        return submit(image);
    }

    bool AsyncQrDecoder::isBusy() const
    {
        return m_busy;
    }

    void AsyncQrDecoder::waitForFinished()
    {
        m_watcher.waitForFinished();
    }

    void AsyncQrDecoder::onFinished()
    {
        const QFuture<Result<QList<QrPayload>>> future = m_watcher.future();
        if (!m_busy || future.resultCount() == 0) {
            return;
        }
        m_busy = false;
        const Result<QList<QrPayload>> result = future.result();
        if (!result) {
            emit failed(result.error().message());
            return;
        }
        emit decoded(*result);
    }
}
