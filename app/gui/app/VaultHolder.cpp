#include "app/VaultHolder.h"

#include <QFileInfo>

namespace tessera::gui
{
    VaultHolder::VaultHolder(QString path, VaultOptions options, QObject* parent)
        : QObject(parent)
        , m_options(options)
        , m_vault(std::make_unique<Vault>(std::move(path), options))
    {
        attach();
    }

    VaultHolder::~VaultHolder() = default;

    bool VaultHolder::exists() const
    {
        return Vault::exists(m_vault->path());
    }

    bool VaultHolder::setPath(const QString& path)
    {
        const QString wanted = QFileInfo(path).absoluteFilePath();
        if (wanted == QFileInfo(m_vault->path()).absoluteFilePath()) {
            return false;
        }
        m_vault->lock();
        m_vault->disconnect(this);
        m_vault = std::make_unique<Vault>(wanted, m_options);
        attach();
        emit vaultReplaced();
        return true;
    }

    void VaultHolder::attach()
    {
        Vault* vault = m_vault.get();
        connect(vault, &Vault::unlocked, this, &VaultHolder::unlocked);
        connect(vault, &Vault::locked, this, &VaultHolder::locked);
        connect(vault, &Vault::accountsChanged, this, &VaultHolder::accountsChanged);
        connect(vault, &Vault::changedExternally, this, &VaultHolder::changedExternally);
        connect(vault, &Vault::integrityIssuesChanged, this, &VaultHolder::integrityIssuesChanged);
    }
}
