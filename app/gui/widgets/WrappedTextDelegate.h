#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace tessera::gui
{
    /// Rows of a tree view that grow to show a column's word-wrapped text in full. QTreeView asks a
    /// delegate for row heights without saying how wide the column is, so with word wrap on, a long
    /// text still gets one line and is elided; this delegate measures the text at the column's width,
    /// and lays the rows out again when the column is resized.
    class WrappedTextDelegate : public QStyledItemDelegate
    {
    public:
        /// Wraps the text of `column` of `view` (the delegate is set for that column and owned by the view).
        static void install(QTreeView* view, int column);

        [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    protected:
        void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

    private:
        explicit WrappedTextDelegate(QTreeView* view);

        QTreeView* m_view;
    };
}
