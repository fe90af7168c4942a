#include "BackupTimer.h"

#include <QTimer>

namespace tessera
{
    namespace
    {
        class QtBackupTimer final : public BackupTimer
        {
        public:
            QtBackupTimer()
                : m_timer(new QTimer(this))
            {
                m_timer->setSingleShot(true);
                m_timer->setTimerType(Qt::CoarseTimer);
                connect(m_timer, &QTimer::timeout, this, &BackupTimer::timeout);
            }

            void start(std::chrono::milliseconds interval) override { m_timer->start(interval); }
            void stop() override { m_timer->stop(); }
            [[nodiscard]] bool isActive() const override { return m_timer->isActive(); }

        private:
            QTimer* m_timer;
        };
    }

    std::unique_ptr<BackupTimer> BackupTimer::system()
    {
        return std::make_unique<QtBackupTimer>();
    }
}
