#pragma once

#include "model/SearchKey.h"
#include "services/Preferences.h"

#include <QCollator>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <vector>

namespace tessera::gui
{
    /// Search and order of the account list. Search is as you type, over issuer, account name,
    /// tags and note, every word of the query matching somewhere (case and accents ignored).
    /// While searching, the best matches come first (the issuer starting with the query, then a
    /// word of a name starting with it, then any match), so "three letters, Enter" copies the
    /// account meant. Otherwise favourites come first, then the manual order (drag and drop) or
    /// the alphabet.
    ///
    /// Typing must not stutter with 10,000 accounts (docs/performance.md), so what search and
    /// ordering compare is kept per source row and redone only for rows that change: a keystroke
    /// compares prepared text and numbers, without normalizing, collating or reading item data.
    class AccountFilterModel : public QSortFilterProxyModel
    {
        Q_OBJECT

    public:
        explicit AccountFilterModel(QObject* parent = nullptr);

        void setSourceModel(QAbstractItemModel* model) override;

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

    signals:
        /// The user dropped rows into a new place: the whole list in its new order.
        void reorderRequested(const QList<QUuid>& orderedIds);

    protected:
        [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
        [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

    private:
        /// What one source row is searched and ordered by.
        struct Entry
        {
            SearchKey search;
            bool favorite = false;
            qint64 position = 0;
            QString title; ///< the issuer, or the account name without one
            QString name;
            /// Made when first compared alphabetically (the collator's keys are costly to make).
            std::optional<QCollatorSortKey> titleKey;
            std::optional<QCollatorSortKey> nameKey;
            /// While searching: SearchKey::rank of the current terms, set by filterAcceptsRow.
            int rank = 3;
        };

        [[nodiscard]] Entry entryFor(int sourceRow) const;
        void rebuildEntries() const;
        void onRowsInserted(const QModelIndex& parent, int first, int last);
        void onRowsRemoved(const QModelIndex& parent, int first, int last);
        void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
        [[nodiscard]] Entry& entry(int sourceRow) const;
        [[nodiscard]] int compareAlphabetically(int leftRow, int rightRow) const;

        QString m_searchText;
        QStringList m_terms;
        SortMode m_sortMode = SortMode::FavoritesThenManual;
        QCollator m_collator;
        std::vector<QMetaObject::Connection> m_sourceConnections;
        mutable std::vector<Entry> m_entries; ///< per source row
    };
}
