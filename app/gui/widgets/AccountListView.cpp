#include "widgets/AccountListView.h"

#include "list/AccountRoles.h"
#include "list/AccountRow.h"
#include "list/AccountRowDelegate.h"

#include <QKeyEvent>
#include <QPaintEvent>
#include <QScrollBar>

namespace tessera::gui
{
    AccountListView::AccountListView(QWidget* parent)
        : QListView(parent)
        , m_delegate(new AccountRowDelegate(this))
    {
        setItemDelegate(m_delegate);
        setUniformItemSizes(true);
        setSelectionMode(QAbstractItemView::SingleSelection);
        setSelectionBehavior(QAbstractItemView::SelectRows);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::InternalMove);
        setDefaultDropAction(Qt::MoveAction);
        setDragDropOverwriteMode(false);
        setTabKeyNavigation(false);
        setMouseTracking(true);
    }

    void AccountListView::repaintCountdowns()
    {
        m_lastRepaints = 0;
        if (model() == nullptr || !isVisible()) {
            return;
        }
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        const QRect area = viewport()->rect();
        for (QModelIndex index = indexAt(QPoint(0, area.top())); index.isValid();
             index = model()->index(index.row() + 1, 0)) {
            const QRect rect = visualRect(index);
            if (rect.top() > area.bottom()) {
                break;
            }
            if (index.data(AccountRoles::Period).toInt() <= 0) {
                continue;
            }
            option.rect = rect;
            viewport()->update(m_delegate->countdownArea(option, AccountRow::fromIndex(index)));
            ++m_lastRepaints;
        }
    }

    void AccountListView::paintEvent(QPaintEvent* event)
    {
        // The rows learn what is being painted: a countdown tick then paints just the rings.
        m_delegate->setExposedRegion(event->region());
        QListView::paintEvent(event);
        m_delegate->setExposedRegion(QRegion());
    }

    void AccountListView::selectRow(int row)
    {
        if (model() == nullptr || row < 0 || row >= model()->rowCount()) {
            return;
        }
        const QModelIndex index = model()->index(row, 0);
        setCurrentIndex(index);
        scrollTo(index);
    }

    void AccountListView::dataChanged(
        const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
    {
        // Every row has the same size whatever it shows, so a changed code never needs
        // QListView's relayout, which would repaint the whole list: repaint just the changed rows.
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles); // NOLINT(bugprone-parent-virtual-call)
    }

    void AccountListView::keyPressEvent(QKeyEvent* event)
    {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (modifiers == Qt::NoModifier && currentIndex().isValid()) {
                emit copyRequested(currentIndex());
                return;
            }
            break;
        case Qt::Key_Delete:
            if (modifiers == Qt::NoModifier && currentIndex().isValid()) {
                emit trashRequested(currentIndex());
                return;
            }
            break;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (modifiers == Qt::AltModifier && currentIndex().isValid()) {
                emit moveRequested(currentIndex(), event->key() == Qt::Key_Up ? -1 : 1);
                return;
            }
            break;
        default:
            break;
        }
        const QString text = event->text();
        const bool printable = !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace();
        if (printable && (modifiers & ~Qt::ShiftModifier) == Qt::NoModifier) {
            emit textTyped(text);
            return;
        }
        QListView::keyPressEvent(event);
    }

    void AccountListView::startDrag(Qt::DropActions supportedActions)
    {
        // Only while the proxy allows reordering (manual order, no search).
        if (currentIndex().isValid() && currentIndex().flags().testFlag(Qt::ItemIsDragEnabled)) {
            QListView::startDrag(supportedActions);
        }
    }
}
