#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QStatusBar;

namespace tessera::gui
{
    class TrashListModel;
    class VaultHolder;

    /// Accounts moved to the trash: restore them, or delete them for good after one clear
    /// question. Accounts are purged automatically after 30 days.
    class TrashPage : public QWidget
    {
        Q_OBJECT

    public:
        TrashPage(VaultHolder& holder, TrashListModel& model, QWidget* parent = nullptr);

        [[nodiscard]] QListView* view() const { return m_view; }
        [[nodiscard]] QPushButton* restoreButton() const { return m_restore; }
        [[nodiscard]] QPushButton* purgeButton() const { return m_purge; }
        [[nodiscard]] QString noticeText() const;

    public slots:
        void restoreCurrent();
        /// Asks, then deletes the selected account for good.
        void purgeCurrent();

    signals:
        void backRequested();
        /// An account was put back into the list.
        void restored(const QUuid& id);

    protected:
        void showEvent(QShowEvent* event) override;

    private:
        void updateState();
        void selectRow(int row);

        VaultHolder& m_holder;
        TrashListModel& m_model;
        QPushButton* m_back;
        QStackedWidget* m_content;
        QListView* m_view;
        QLabel* m_empty;
        QPushButton* m_restore;
        QPushButton* m_purge;
        QStatusBar* m_statusBar;
    };
}
