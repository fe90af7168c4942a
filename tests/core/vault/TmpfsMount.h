#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tessera::test
{
    /// A small tmpfs mounted for one test (the tests run as root in CI): a real "disk full" and a
    /// real read-only file system, instead of a simulated file layer. Unmounted when destroyed.
    class TmpfsMount
    {
    public:
        explicit TmpfsMount(int sizeKiB);
        ~TmpfsMount();
        TmpfsMount(const TmpfsMount&) = delete;
        TmpfsMount& operator=(const TmpfsMount&) = delete;

        /// False when this process may not mount (not root): the test should skip with why.
        [[nodiscard]] bool isMounted() const { return m_mounted; }
        [[nodiscard]] QString path(const QString& name) const;
        [[nodiscard]] const QString& error() const { return m_error; }

        [[nodiscard]] bool remountReadOnly();
        [[nodiscard]] bool remountReadWrite();
        /// Writes a filler file until the file system is full; returns its path.
        QString fill();

    private:
        QTemporaryDir m_dir;
        bool m_mounted = false;
        QString m_error;
    };
}
