#pragma once

#include "Vault.h"
#include "VaultOptions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

namespace tessera::gui
{
    /// The one vault the window works on. The file can change while the vault is locked (the
    /// welcome page's "Open an existing vault file"), which replaces the Vault object; everything
    /// else connects to this holder once and hears the current vault's signals through it.
    class VaultHolder : public QObject
    {
        Q_OBJECT

    public:
        VaultHolder(QString path, VaultOptions options, QObject* parent = nullptr);
        ~VaultHolder() override;

        VaultHolder(const VaultHolder&) = delete;
        VaultHolder& operator=(const VaultHolder&) = delete;

        [[nodiscard]] Vault& vault() { return *m_vault; }
        [[nodiscard]] const Vault& vault() const { return *m_vault; }
        [[nodiscard]] const QString& path() const { return m_vault->path(); }
        /// Whether the file exists (a vault to unlock rather than to create).
        [[nodiscard]] bool exists() const;
        [[nodiscard]] bool isUnlocked() const { return m_vault->isUnlocked(); }

        /// Works on another file from now on; locks the current vault first. Returns whether the
        /// path changed.
        bool setPath(const QString& path);

    signals:
        void unlocked();
        void locked();
        void accountsChanged(const QList<QUuid>& ids);
        void changedExternally();
        void integrityIssuesChanged();
        /// vault() is a new object for another file (it is locked).
        void vaultReplaced();

    private:
        void attach();

        VaultOptions m_options;
        std::unique_ptr<Vault> m_vault;
    };
}
