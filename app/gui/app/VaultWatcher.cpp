#include "app/VaultWatcher.h"

#include "VaultFile.h"
#include "app/VaultHolder.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace tessera::gui
{
    namespace
    {
        // A write is a journal file appearing, the vault changing and the journal going away:
        // one reload after the burst.
        constexpr auto debounceInterval = std::chrono::milliseconds(150);
    }

    VaultWatcher::VaultWatcher(VaultHolder& holder, QObject* parent)
        : QObject(parent)
        , m_holder(holder)
        , m_debounce(new QTimer(this))
    {
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(debounceInterval);
        connect(m_debounce, &QTimer::timeout, this, &VaultWatcher::refresh);
        connect(&m_holder, &VaultHolder::unlocked, this, &VaultWatcher::start);
        connect(&m_holder, &VaultHolder::locked, this, &VaultWatcher::stop);
        connect(&m_holder, &VaultHolder::vaultReplaced, this, &VaultWatcher::stop);
        if (m_holder.isUnlocked()) {
            start();
        }
    }

    VaultWatcher::~VaultWatcher() = default;

    bool VaultWatcher::isWatching() const
    {
        return m_watcher != nullptr;
    }

    void VaultWatcher::refresh()
    {
        if (!m_holder.isUnlocked()) {
            return;
        }
        if (m_watcher != nullptr && !m_watcher->files().contains(m_holder.path())
            && QFileInfo::exists(m_holder.path())) {
            // Replaced by a rename: the watch followed the old file.
            m_watcher->addPath(m_holder.path());
        }
        auto refreshed = m_holder.vault().refresh();
        if (!refreshed) {
            emit refreshFailed(refreshed.error());
        }
    }

    void VaultWatcher::start()
    {
        stop();
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &VaultWatcher::onPathChanged);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &VaultWatcher::onPathChanged);
        m_watcher->addPath(m_holder.path());
        m_watcher->addPath(VaultFile::folderOf(m_holder.path()));
    }

    void VaultWatcher::stop()
    {
        m_debounce->stop();
        delete m_watcher;
        m_watcher = nullptr;
    }

    void VaultWatcher::onPathChanged()
    {
        m_debounce->start();
    }
}
