#include "app/BackgroundTask.h"

#include "ForeignCrypto.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera::gui
{
    BackgroundTask::BackgroundTask(QObject* parent)
        : QObject(parent)
        , m_watcher(new QFutureWatcher<void>(this))
    {
        connect(m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundTask::onFinished);
    }

    BackgroundTask::~BackgroundTask()
    {
        // The pool thread holds the job and what it captured; nothing waits for it here.
        m_watcher->disconnect(this);
    }

    bool BackgroundTask::start(Job job)
    {
        if (m_running) {
            return false;
        }
        m_running = true;
        // The future's completion orders the job's writes before finished() is seen here.
        m_watcher->setFuture(QtConcurrent::run([job = std::move(job)] {
            job();
            // Qt's wait for the pool at exit does not wait for the thread's own exit, where OpenSSL would
            // free this thread's state; free it here, before the job counts as finished.
            ForeignCrypto::releaseThreadState();
        }));
        emit runningChanged(true);
        return true;
    }

    void BackgroundTask::onFinished()
    {
        if (!m_running) {
            return;
        }
        m_running = false;
        emit runningChanged(false);
        emit finished();
    }
}
