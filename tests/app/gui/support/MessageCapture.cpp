#include "MessageCapture.h"

#include <QMutex>
#include <QMutexLocker>

namespace tessera::gui::test
{
    namespace
    {
        QMutex mutex;
        QStringList captured;

        void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
        {
            Q_UNUSED(context)
            if (type == QtDebugMsg || type == QtInfoMsg) {
                return;
            }
            const QMutexLocker lock(&mutex);
            captured.append(message);
        }
    }

    MessageCapture::MessageCapture()
    {
        const QMutexLocker lock(&mutex);
        captured.clear();
        m_previous = qInstallMessageHandler(&capture);
    }

    MessageCapture::~MessageCapture()
    {
        qInstallMessageHandler(m_previous);
    }

    QStringList MessageCapture::warnings() const
    {
        const QMutexLocker lock(&mutex);
        return captured;
    }
}
