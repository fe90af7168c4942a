#include "model/AccountFilterModel.h"

#include "list/AccountRoles.h"
#include "model/AccountListModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        bool wordStartsWith(const QString& text, const QString& term)
        {
            qsizetype from = 0;
            while (from < text.size()) {
                if (QStringView(text).mid(from).startsWith(term)) {
                    return true;
                }
                // The next word: after a space, dot, at sign, hyphen, ...
                while (from < text.size() && text.at(from).isLetterOrNumber()) {
                    ++from;
                }
                while (from < text.size() && !text.at(from).isLetterOrNumber()) {
                    ++from;
                }
            }
            return false;
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

    QString AccountFilterModel::normalized(const QString& text)
    {
        const QString decomposed = text.normalized(QString::NormalizationForm_KD);
        QString result;
        result.reserve(decomposed.size());
        for (const QChar c : decomposed) {
            if (c.category() != QChar::Mark_NonSpacing) {
                result.append(c);
            }
        }
        return result.toCaseFolded();
    }

    void AccountFilterModel::setSearchText(const QString& text)
    {
        if (text == m_searchText) {
            return;
        }
        m_searchText = text;
        m_terms = normalized(text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        m_ranks.clear();
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
        if (m_terms.isEmpty()) {
            return true;
        }
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        const int found = rank(index);
        m_ranks.insert(index.data(AccountRoles::Id).toUuid(), found);
        return found >= 0;
    }

    bool AccountFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
    {
        if (!m_terms.isEmpty()) {
            const int leftRank = m_ranks.value(left.data(AccountRoles::Id).toUuid(), 3);
            const int rightRank = m_ranks.value(right.data(AccountRoles::Id).toUuid(), 3);
            if (leftRank != rightRank) {
                return leftRank < rightRank;
            }
        }
        const bool leftFavorite = left.data(AccountRoles::IsFavorite).toBool();
        const bool rightFavorite = right.data(AccountRoles::IsFavorite).toBool();
        if (leftFavorite != rightFavorite) {
            return leftFavorite;
        }
        const auto* source = qobject_cast<const AccountListModel*>(sourceModel());
        if (m_sortMode == SortMode::FavoritesThenManual && source != nullptr) {
            const AccountSummary* a = source->summary(left.data(AccountRoles::Id).toUuid());
            const AccountSummary* b = source->summary(right.data(AccountRoles::Id).toUuid());
            if (a != nullptr && b != nullptr && a->position != b->position) {
                return a->position < b->position;
            }
        }
        const QString leftTitle = left.data(AccountRoles::Issuer).toString();
        const QString rightTitle = right.data(AccountRoles::Issuer).toString();
        const int byIssuer
            = m_collator.compare(leftTitle.isEmpty() ? left.data(AccountRoles::AccountName).toString() : leftTitle,
                rightTitle.isEmpty() ? right.data(AccountRoles::AccountName).toString() : rightTitle);
        if (byIssuer != 0) {
            return byIssuer < 0;
        }
        const int byName = m_collator.compare(
            left.data(AccountRoles::AccountName).toString(), right.data(AccountRoles::AccountName).toString());
        if (byName != 0) {
            return byName < 0;
        }
        return left.row() < right.row();
    }

    int AccountFilterModel::rank(const QModelIndex& sourceIndex) const
    {
        const QString issuer = normalized(sourceIndex.data(AccountRoles::Issuer).toString());
        const QString name = normalized(sourceIndex.data(AccountRoles::AccountName).toString());
        const QString tags = normalized(sourceIndex.data(AccountRoles::Tags).toStringList().join(QLatin1Char(' ')));
        const QString note = normalized(sourceIndex.data(AccountRoles::Note).toString());
        for (const QString& term : m_terms) {
            if (!issuer.contains(term) && !name.contains(term) && !tags.contains(term) && !note.contains(term)) {
                return -1;
            }
        }
        const QString& first = m_terms.constFirst();
        const QString& title = issuer.isEmpty() ? name : issuer;
        if (title.startsWith(first)) {
            return 0;
        }
        if (wordStartsWith(issuer, first) || wordStartsWith(name, first)) {
            return 1;
        }
        if (issuer.contains(first) || name.contains(first)) {
            return 2;
        }
        return 3;
    }
}
