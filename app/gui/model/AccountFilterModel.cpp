#include "model/AccountFilterModel.h"

#include "list/AccountRoles.h"
#include "model/AccountListModel.h"

#include <QLocale>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        /// The source roles each part of an Entry is made from.
        bool touchesEntry(const QList<int>& roles)
        {
            static const QList<int> used{AccountRoles::Issuer, AccountRoles::AccountName, AccountRoles::Tags,
                AccountRoles::Note, AccountRoles::IsFavorite};
            return roles.isEmpty()
                || std::any_of(roles.cbegin(), roles.cend(), [](int role) { return used.contains(role); });
        }
    }

    AccountFilterModel::AccountFilterModel(QObject* parent)
        : QSortFilterProxyModel(parent)
    {
        m_collator.setCaseSensitivity(Qt::CaseInsensitive);
        m_collator.setNumericMode(true);
        setDynamicSortFilter(true);
        sort(0);
    }

    void AccountFilterModel::setSourceModel(QAbstractItemModel* model)
    {
        for (const QMetaObject::Connection& connection : m_sourceConnections) {
            disconnect(connection);
        }
        m_sourceConnections.clear();
        m_entries.clear();
        // Connected before the base class connects its own handlers, so the entries already
        // follow a change when the base class filters and sorts the rows it touched.
        if (model != nullptr) {
            m_sourceConnections = {
                connect(model, &QAbstractItemModel::rowsInserted, this, &AccountFilterModel::onRowsInserted),
                connect(model, &QAbstractItemModel::rowsRemoved, this, &AccountFilterModel::onRowsRemoved),
                connect(model, &QAbstractItemModel::dataChanged, this, &AccountFilterModel::onDataChanged),
                connect(model, &QAbstractItemModel::modelReset, this, &AccountFilterModel::rebuildEntries),
                connect(model, &QAbstractItemModel::layoutChanged, this, &AccountFilterModel::rebuildEntries),
                connect(model, &QAbstractItemModel::rowsMoved, this, &AccountFilterModel::rebuildEntries),
            };
        }
        QSortFilterProxyModel::setSourceModel(model);
    }

    void AccountFilterModel::setSearchText(const QString& text)
    {
        if (text == m_searchText) {
            return;
        }
        m_searchText = text;
        m_terms = SearchKey::terms(text);
        invalidate();
    }

    void AccountFilterModel::setSortMode(SortMode mode)
    {
        if (mode == m_sortMode) {
            return;
        }
        m_sortMode = mode;
        invalidate();
    }

    bool AccountFilterModel::canReorder() const
    {
        return m_sortMode == SortMode::FavoritesThenManual && !isSearching();
    }

    QList<QUuid> AccountFilterModel::shownIds() const
    {
        QList<QUuid> ids;
        ids.reserve(rowCount());
        for (int row = 0; row < rowCount(); ++row) {
            ids.append(index(row, 0).data(AccountRoles::Id).toUuid());
        }
        return ids;
    }

    QList<QUuid> AccountFilterModel::orderAfterMove(const QList<QUuid>& moved, int before) const
    {
        const QList<QUuid> shown = shownIds();
        QList<QUuid> order;
        order.reserve(shown.size());
        const int target = std::clamp(before, 0, static_cast<int>(shown.size()));
        for (int row = 0; row <= shown.size(); ++row) {
            if (row == target) {
                for (const QUuid& id : moved) {
                    if (shown.contains(id)) {
                        order.append(id);
                    }
                }
            }
            if (row < shown.size() && !moved.contains(shown.at(row))) {
                order.append(shown.at(row));
            }
        }
        return order;
    }

    Qt::ItemFlags AccountFilterModel::flags(const QModelIndex& index) const
    {
        Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
        if (!canReorder()) {
            flags &= ~(Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
        }
        return flags;
    }

    bool AccountFilterModel::canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(parent)
        return canReorder() && action == Qt::MoveAction && !AccountListModel::idsFromMimeData(data).isEmpty();
    }

    bool AccountFilterModel::dropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
    {
        if (!canDropMimeData(data, action, row, column, parent)) {
            return false;
        }
        // Between rows: row is the place; onto a row: before it.
        const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
        const QList<QUuid> order = orderAfterMove(AccountListModel::idsFromMimeData(data), before);
        if (order != shownIds()) {
            emit reorderRequested(order);
        }
        // The vault reorders; the view must not remove the dragged rows itself.
        return false;
    }

    bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
    {
        if (m_terms.isEmpty() || sourceParent.isValid()) {
            return true;
        }
        Entry& row = entry(sourceRow);
        row.rank = row.search.rank(m_terms);
        return row.rank >= 0;
    }

    bool AccountFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
    {
        const int leftRow = left.row();
        const int rightRow = right.row();
        const Entry& a = entry(leftRow);
        const Entry& b = entry(rightRow);
        // Every row compared while searching was just ranked by filterAcceptsRow.
        if (!m_terms.isEmpty() && a.rank != b.rank) {
            return a.rank < b.rank;
        }
        if (a.favorite != b.favorite) {
            return a.favorite;
        }
        if (m_sortMode == SortMode::FavoritesThenManual && a.position != b.position) {
            return a.position < b.position;
        }
        const int alphabetical = compareAlphabetically(leftRow, rightRow);
        return alphabetical != 0 ? alphabetical < 0 : leftRow < rightRow;
    }

    int AccountFilterModel::compareAlphabetically(int leftRow, int rightRow) const
    {
        Entry& a = m_entries.at(leftRow);
        Entry& b = m_entries.at(rightRow);
        // Qt's collator for the C locale makes its keys from the bytes, ignoring case: fold it first.
        const bool byBytes = m_collator.locale().language() == QLocale::C;
        for (Entry* e : {&a, &b}) {
            if (!e->titleKey) {
                e->titleKey = m_collator.sortKey(byBytes ? e->title.toCaseFolded() : e->title);
                e->nameKey = m_collator.sortKey(byBytes ? e->name.toCaseFolded() : e->name);
            }
        }
        const int byTitle = a.titleKey->compare(*b.titleKey);
        return byTitle != 0 ? byTitle : a.nameKey->compare(*b.nameKey);
    }

    AccountFilterModel::Entry AccountFilterModel::entryFor(int sourceRow) const
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0);
        const QString issuer = index.data(AccountRoles::Issuer).toString();
        const QString name = index.data(AccountRoles::AccountName).toString();
        Entry made;
        made.search = SearchKey(
            issuer, name, index.data(AccountRoles::Tags).toStringList(), index.data(AccountRoles::Note).toString());
        made.favorite = index.data(AccountRoles::IsFavorite).toBool();
        if (const auto* source = qobject_cast<const AccountListModel*>(sourceModel())) {
            if (const AccountSummary* summary = source->summary(index.data(AccountRoles::Id).toUuid())) {
                made.position = summary->position;
            }
        }
        made.title = issuer.isEmpty() ? name : issuer;
        made.name = name;
        return made;
    }

    AccountFilterModel::Entry& AccountFilterModel::entry(int sourceRow) const
    {
        if (m_entries.size() != static_cast<std::size_t>(sourceModel()->rowCount())) {
            // Not kept in step (a source that changed without signals): start over.
            rebuildEntries();
        }
        return m_entries.at(sourceRow);
    }

    void AccountFilterModel::rebuildEntries() const
    {
        m_entries.clear();
        const int rows = sourceModel() != nullptr ? sourceModel()->rowCount() : 0;
        m_entries.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            m_entries.push_back(entryFor(row));
        }
    }

    void AccountFilterModel::onRowsInserted(const QModelIndex& parent, int first, int last)
    {
        if (parent.isValid()
            || m_entries.size() != static_cast<std::size_t>(sourceModel()->rowCount() - (last - first + 1))) {
            rebuildEntries();
            return;
        }
        std::vector<Entry> added;
        added.reserve(last - first + 1);
        for (int row = first; row <= last; ++row) {
            added.push_back(entryFor(row));
        }
        m_entries.insert(
            m_entries.begin() + first, std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    }

    void AccountFilterModel::onRowsRemoved(const QModelIndex& parent, int first, int last)
    {
        if (parent.isValid()
            || m_entries.size() != static_cast<std::size_t>(sourceModel()->rowCount() + (last - first + 1))) {
            rebuildEntries();
            return;
        }
        m_entries.erase(m_entries.begin() + first, m_entries.begin() + last + 1);
    }

    void AccountFilterModel::onDataChanged(
        const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
    {
        if (!touchesEntry(roles) || topLeft.parent().isValid()) {
            return;
        }
        if (m_entries.size() != static_cast<std::size_t>(sourceModel()->rowCount())) {
            rebuildEntries();
            return;
        }
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            m_entries[row] = entryFor(row);
        }
    }
}
