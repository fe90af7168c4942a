#pragma once

#include "Error.h"

#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace tessera::gui
{
    class VaultHolder;

    /// Notices changes another process (tessera-cli, a second Tessera on another vault copy, a
    /// sync client replacing the file) makes to the vault file while it is unlocked, and reloads:
    /// a QFileSystemWatcher on the file and its folder, debounced, then Vault::refresh(), which
    /// is cheap when nothing changed (our own writes also wake it up).
    class VaultWatcher : public QObject
    {
        Q_OBJECT

    public:
        explicit VaultWatcher(VaultHolder& holder, QObject* parent = nullptr);
        ~VaultWatcher() override;

        VaultWatcher(const VaultWatcher&) = delete;
        VaultWatcher& operator=(const VaultWatcher&) = delete;

        [[nodiscard]] bool isWatching() const;

    public slots:
        /// Reloads now if the file changed (also when the window is shown again).
        void refresh();

    signals:
        /// The vault could not be reloaded (the file is gone or damaged); it may have locked.
        void refreshFailed(const tessera::Error& error);

    private:
        void start();
        void stop();
        void onPathChanged();

        VaultHolder& m_holder;
        QFileSystemWatcher* m_watcher = nullptr;
        QTimer* m_debounce;
    };
}
