#include "app/KeyDerivation.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace tessera::gui
{
    struct KeyDerivation::Outcome
    {
        QMutex mutex;
        std::optional<Result<SlotKey>> result;
    };

    KeyDerivation::KeyDerivation(QObject* parent)
        : QObject(parent)
        , m_watcher(new QFutureWatcher<void>(this))
    {
        connect(m_watcher, &QFutureWatcher<void>::finished, this, &KeyDerivation::onFinished);
    }

    KeyDerivation::~KeyDerivation()
    {
        // The pool thread keeps its own reference to the outcome; nothing waits for it here.
        m_watcher->disconnect(this);
    }

    bool KeyDerivation::start(Job job)
    {
        if (isRunning()) {
            return false;
        }
        m_result.reset();
        m_outcome = std::make_shared<Outcome>();
        m_watcher->setFuture(QtConcurrent::run([outcome = m_outcome, job = std::move(job)] {
            Result<SlotKey> derived = job();
            const QMutexLocker locker(&outcome->mutex);
            outcome->result.emplace(std::move(derived));
        }));
        emit runningChanged(true);
        return true;
    }

    bool KeyDerivation::isRunning() const
    {
        return m_outcome != nullptr;
    }

    std::optional<Result<SlotKey>> KeyDerivation::takeResult()
    {
        std::optional<Result<SlotKey>> result = std::move(m_result);
        m_result.reset();
        return result;
    }

    void KeyDerivation::onFinished()
    {
        if (m_outcome == nullptr) {
            return;
        }
        {
            const QMutexLocker locker(&m_outcome->mutex);
            m_result = std::move(m_outcome->result);
            m_outcome->result.reset();
        }
        m_outcome.reset();
        emit runningChanged(false);
        emit finished();
    }
}
