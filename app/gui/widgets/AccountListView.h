#pragma once

#include <QListView>

namespace tessera::gui
{
    class AccountRowDelegate;

    /// The list of accounts, painted by AccountRowDelegate. Besides a QListView it:
    /// - repaints only the countdown rings once a second (repaintCountdowns()), so an idle list
    ///   paints nothing else; codes repaint when the model says they changed;
    /// - turns keys into the list's actions: Enter copies, Delete trashes, Alt+Up/Down moves the
    ///   account, and typing a letter goes to the search field;
    /// - turns a drop into a reorder request (the model's proxy asks the vault).
    class AccountListView : public QListView
    {
        Q_OBJECT

    public:
        explicit AccountListView(QWidget* parent = nullptr);

        [[nodiscard]] AccountRowDelegate* rowDelegate() const { return m_delegate; }

        /// Repaints the countdown ring and seconds of each visible time-based row.
        void repaintCountdowns();
        /// Rows whose countdown the last repaintCountdowns() asked to repaint (for tests).
        [[nodiscard]] int lastCountdownRepaints() const { return m_lastRepaints; }

        /// Makes row the current and selected one and shows it.
        void selectRow(int row);

    signals:
        void copyRequested(const QModelIndex& index);
        void trashRequested(const QModelIndex& index);
        void moveRequested(const QModelIndex& index, int offset);
        /// Printable text typed while the list has focus: it belongs in the search field.
        void textTyped(const QString& text);

    protected:
        void dataChanged(const QModelIndex& topLeft,
            const QModelIndex& bottomRight,
            const QList<int>& roles = QList<int>()) override;
        void keyPressEvent(QKeyEvent* event) override;
        void paintEvent(QPaintEvent* event) override;
        void startDrag(Qt::DropActions supportedActions) override;

    private:
        AccountRowDelegate* m_delegate;
        int m_lastRepaints = 0;
    };
}
