#include "widgets/WrappedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

namespace tessera::gui
{
    void WrappedTextDelegate::install(QTreeView* view, int column)
    {
        view->setWordWrap(true);
        view->setUniformRowHeights(false);
        view->setItemDelegateForColumn(column, new WrappedTextDelegate(view));
        QObject::connect(view->header(), &QHeaderView::sectionResized, view, [view, column](int resized) {
            if (resized == column) {
                view->doItemsLayout();
            }
        });
    }

    WrappedTextDelegate::WrappedTextDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    void WrappedTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideNone;
    }

    QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
    {
        QStyleOptionViewItem measured = option;
        initStyleOption(&measured, index);
        // The style wraps only within a valid rectangle: the column's width, and height enough for any text.
        measured.rect = QRect(0, 0, m_view->columnWidth(index.column()), QWIDGETSIZE_MAX);
        const QStyle* style = m_view->style() != nullptr ? m_view->style() : QApplication::style();
        return style->sizeFromContents(QStyle::CT_ItemViewItem, &measured, QSize(), m_view);
    }
}
