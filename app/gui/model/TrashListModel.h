#pragma once

#include "AccountSummary.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPixmap>
#include <QUuid>

#include <functional>

namespace tessera::gui
{
    class VaultHolder;

    /// The accounts in the trash, most recently deleted first, each with when it was deleted
    /// and when it will be purged. Empty while the vault is locked.
    class TrashListModel : public QAbstractListModel
    {
        Q_OBJECT

    public:
        enum Role : int
        {
            IdRole = Qt::UserRole + 1,
            TrashedAtRole,
        };

        using Now = std::function<QDateTime()>;

        explicit TrashListModel(VaultHolder& holder, QObject* parent = nullptr);
        TrashListModel(VaultHolder& holder, Now now, QObject* parent = nullptr);

        [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
        [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

        [[nodiscard]] QUuid idAt(int row) const;
        [[nodiscard]] QModelIndex indexOf(const QUuid& id) const;
        [[nodiscard]] QString displayName(int row) const;

    public slots:
        void reload();

    private:
        [[nodiscard]] QString purgeText(const QDateTime& trashedAt) const;
        [[nodiscard]] QPixmap avatar(const AccountSummary& account) const;

        VaultHolder& m_holder;
        Now m_now;
        QList<AccountSummary> m_rows;
    };
}
