#pragma once

#include <QObject>

#include <functional>

template <typename T> class QFutureWatcher;

namespace tessera::gui
{
    /// Runs one slow job on the thread pool (another app's key derivation when a file is imported, an
    /// encrypted export), so the window keeps painting, and says on the starting thread when it is done.
    /// The job keeps its result in state it owns (captured by shared pointer), read after finished(); it
    /// must not touch widgets or a Vault. Destroying the task while a job runs lets the job finish on its
    /// own; nobody hears of it.
    class BackgroundTask : public QObject
    {
        Q_OBJECT

    public:
        using Job = std::function<void()>;

        explicit BackgroundTask(QObject* parent = nullptr);
        ~BackgroundTask() override;

        BackgroundTask(const BackgroundTask&) = delete;
        BackgroundTask& operator=(const BackgroundTask&) = delete;

        /// Starts job; ignored (returns false) while another one runs.
        bool start(Job job);
        [[nodiscard]] bool isRunning() const { return m_running; }

    signals:
        void runningChanged(bool running);
        void finished();

    private:
        void onFinished();

        QFutureWatcher<void>* m_watcher;
        bool m_running = false;
    };
}
