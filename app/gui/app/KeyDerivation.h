#pragma once

#include "Result.h"
#include "SlotKey.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

template <typename T> class QFutureWatcher;

namespace tessera::gui
{
    /// Runs one slow key derivation (Argon2id: up to seconds) on the thread pool, so the window
    /// keeps painting, and reports back on the thread that started it. The job must only touch
    /// what it captured (never a Vault: vaults stay on their own thread). Destroying the object
    /// while a job runs lets the job finish on its own and drops its result.
    class KeyDerivation : public QObject
    {
        Q_OBJECT

    public:
        using Job = std::function<Result<SlotKey>()>;

        explicit KeyDerivation(QObject* parent = nullptr);
        ~KeyDerivation() override;

        KeyDerivation(const KeyDerivation&) = delete;
        KeyDerivation& operator=(const KeyDerivation&) = delete;

        /// Starts job; ignored (returns false) while another one runs.
        bool start(Job job);
        [[nodiscard]] bool isRunning() const;
        /// The finished job's result, once, after finished().
        [[nodiscard]] std::optional<Result<SlotKey>> takeResult();

    signals:
        void runningChanged(bool running);
        void finished();

    private:
        struct Outcome;

        void onFinished();

        std::shared_ptr<Outcome> m_outcome;
        QFutureWatcher<void>* m_watcher;
        std::optional<Result<SlotKey>> m_result;
    };
}
