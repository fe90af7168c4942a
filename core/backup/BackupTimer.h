#pragma once

#include <QObject>

#include <chrono>
#include <memory>

namespace tessera
{
    /// The single-shot timer AutomaticBackup waits with. The application uses system() (a QTimer);
    /// tests pass a timer driven by a manual clock, so no test has to wait two minutes. The GUI can
    /// adapt its own desktop timers (gui::TimeSource) to this interface in a few lines.
    class BackupTimer : public QObject
    {
        Q_OBJECT

    public:
        using QObject::QObject;

        /// Starts or restarts the timer: timeout() follows once, after `interval`.
        virtual void start(std::chrono::milliseconds interval) = 0;
        virtual void stop() = 0;
        [[nodiscard]] virtual bool isActive() const = 0;

        /// A QTimer-based timer (coarse: a backup a second late does not matter).
        [[nodiscard]] static std::unique_ptr<BackupTimer> system();

    signals:
        void timeout();
    };
}
