#pragma once

#include "AutomaticBackup.h"
#include "BackupTimer.h"
#include "Vault.h"
#include "VaultTestSupport.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace tessera::test
{
    /// A BackupTimer driven by a clock the test moves: it fires from poll() once the clock has
    /// reached its deadline, so debouncing is tested without waiting.
    class ManualBackupTimer final : public BackupTimer
    {
    public:
        explicit ManualBackupTimer(const qint64* now)
            : m_now(now)
        { }

        void start(std::chrono::milliseconds interval) override
        {
            m_deadline = *m_now + interval.count();
            m_active = true;
            ++m_starts;
        }
        void stop() override { m_active = false; }
        [[nodiscard]] bool isActive() const override { return m_active; }

        /// Fires timeout() when the deadline has passed.
        void poll()
        {
            if (m_active && *m_now >= m_deadline) {
                m_active = false;
                emit timeout();
            }
        }

        [[nodiscard]] qint64 deadline() const { return m_deadline; }
        [[nodiscard]] int starts() const { return m_starts; }

    private:
        const qint64* m_now;
        qint64 m_deadline = 0;
        bool m_active = false;
        int m_starts = 0;
    };

    /// A vault (minimum KDF) and its automatic backups into `folder`, with one manual clock for
    /// both and a manual timer.
    struct BackupFixture
    {
        static constexpr qint64 Start = 1'767'225'600'000; // 2026-01-01 00:00:00 UTC

        VaultDir dir;
        QString folder;
        qint64 now = Start;
        ManualBackupTimer* timer = nullptr; ///< owned by `backup`
        std::unique_ptr<Vault> vault;
        std::unique_ptr<AutomaticBackup> backup;

        BackupFixture();
        ~BackupFixture();

        [[nodiscard]] VaultOptions vaultOptions();
        /// A new AutomaticBackup (replacing the one there is), with `hook` as afterCopyWritten.
        void makeBackup(std::function<void(const QString&)> hook = {});
        /// Moves the clock and lets the timer fire when it is due.
        void advance(std::chrono::milliseconds step);
        /// Adds an account; returns its id.
        QUuid add(const QString& issuer, int seed = 1);

        /// The copies' file names in the folder, oldest first.
        [[nodiscard]] QStringList copyNames() const;
        /// Every entry in the folder, hidden files included.
        [[nodiscard]] QStringList allEntries() const;
        [[nodiscard]] QList<BackupRecord> automaticRecords() const;
    };

    /// The permission bits of a file (e.g. 0600).
    int fileMode(const QString& path);
}
