#pragma once

#include "services/Preferences.h"

#include <QCollator>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QUuid>

namespace tessera::gui
{
    /// Search and order of the account list. Search is as you type, over issuer, account name,
    /// tags and note, every word of the query matching somewhere (case and accents ignored).
    /// While searching, the best matches come first (the issuer starting with the query, then a
    /// word of a name starting with it, then any match), so "three letters, Enter" copies the
    /// account meant. Otherwise favourites come first, then the manual order (drag and drop) or
    /// the alphabet.
    class AccountFilterModel : public QSortFilterProxyModel
    {
        Q_OBJECT

    public:
        explicit AccountFilterModel(QObject* parent = nullptr);

        void setSearchText(const QString& text);
        [[nodiscard]] const QString& searchText() const { return m_searchText; }
        [[nodiscard]] bool isSearching() const { return !m_terms.isEmpty(); }

        void setSortMode(SortMode mode);
        [[nodiscard]] SortMode sortMode() const { return m_sortMode; }

        /// Whether rows can be dragged into a new order now (manual order, no search).
        [[nodiscard]] bool canReorder() const;

        /// The ids of every row in the order shown.
        [[nodiscard]] QList<QUuid> shownIds() const;
        /// The shown order after moving the given rows before row `before` (rowCount() for the end).
        [[nodiscard]] QList<QUuid> orderAfterMove(const QList<QUuid>& moved, int before) const;

        [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
        bool dropMimeData(
            const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;
        [[nodiscard]] bool canDropMimeData(const QMimeData* data,
            Qt::DropAction action,
            int row,
            int column,
            const QModelIndex& parent) const override;

        /// Lower case, accents removed: the form search compares.
        static QString normalized(const QString& text);

    signals:
        /// The user dropped rows into a new place: the whole list in its new order.
        void reorderRequested(const QList<QUuid>& orderedIds);

    protected:
        [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
        [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

    private:
        /// 0 best .. 3 weakest; -1 no match.
        [[nodiscard]] int rank(const QModelIndex& sourceIndex) const;

        QString m_searchText;
        QStringList m_terms;
        SortMode m_sortMode = SortMode::FavoritesThenManual;
        QCollator m_collator;
        mutable QHash<QUuid, int> m_ranks;
    };
}
