#pragma once

#include "services/Preferences.h"

#include <QModelIndex>
#include <QUuid>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QStackedWidget;
class QStatusBar;
class QToolButton;

namespace tessera
{
    class Clock;
}

namespace tessera::gui
{
    class AccountFilterModel;
    class AccountListModel;
    class AccountListView;
    class Banner;
    class CodeCopier;
    class InactivityTimer;
    class TimeSource;
    class Timer;
    class UndoBar;
    class VaultHolder;

    /// The main list: a search field, the accounts with their live codes, and a quiet status line
    /// ("12 accounts · Locked in 5 min"). Keyboard first: typing searches, arrows move, Enter copies,
    /// Delete moves to the trash with an Undo bar, Escape clears the search.
    class AccountsPage : public QWidget
    {
        Q_OBJECT

    public:
        AccountsPage(VaultHolder& holder,
            AccountListModel& model,
            CodeCopier& copier,
            InactivityTimer& inactivity,
            TimeSource& time,
            const Clock& clock,
            QWidget* parent = nullptr);
        ~AccountsPage() override;

        /// The Add button runs addAction and offers addMenu's entries beside it.
        void setAddActions(QAction* addAction, QMenu* addMenu);
        void setMainMenu(QMenu* menu);
        /// A button in the header, before the main menu (the readiness badge).
        void addHeaderButton(QToolButton* button);
        /// A banner above the list, under the vault's own.
        void addBanner(QWidget* banner);
        /// A further entry of the rows' context menu, enabled while a row is current.
        void addRowAction(QAction* action);
        void setSortMode(SortMode mode);

        /// Counts down and repaints the rings once a second while active (shown and unlocked).
        void setActive(bool active);
        [[nodiscard]] bool isActive() const { return m_active; }

        void focusSearch();
        /// A transient message in the status line.
        void showNotice(const QString& text);
        /// Forgets the search, the undo offer and transient messages (on lock).
        void reset();

        [[nodiscard]] QUuid currentId() const;
        [[nodiscard]] QLineEdit* searchField() const { return m_search; }
        [[nodiscard]] AccountListView* view() const { return m_view; }
        [[nodiscard]] AccountFilterModel* filterModel() const { return m_filter; }
        [[nodiscard]] UndoBar* undoBar() const { return m_undo; }
        [[nodiscard]] Banner* issuesBanner() const { return m_issues; }
        [[nodiscard]] QLabel* emptyLabel() const { return m_emptyText; }
        [[nodiscard]] QString statusText() const;
        [[nodiscard]] QString noticeText() const;

    public slots:
        void copyCurrent();
        void trashCurrent();
        void editCurrent();
        /// Asks to show the current account's QR code (for a phone to scan).
        void showQrCurrent();
        void toggleFavoriteCurrent();
        void moveCurrent(int offset);
        /// Makes the account the current row (after adding or restoring it).
        void selectAccount(const QUuid& id);

    signals:
        void addRequested();
        void editRequested(const QUuid& id);
        void showQrRequested(const QUuid& id);

    protected:
        bool eventFilter(QObject* watched, QEvent* event) override;
        void showEvent(QShowEvent* event) override;

    private:
        void copy(const QModelIndex& index);
        void trash(const QModelIndex& index);
        void undoTrash(const QUuid& id);
        void move(const QModelIndex& index, int offset);
        void reorder(const QList<QUuid>& order);
        void onSearchChanged(const QString& text);
        void onTextTyped(const QString& text);
        void onRowsChanged();
        void ensureCurrent();
        void updateContent();
        void updateStatus();
        void updateIssues();
        void updateActions();
        /// Tab goes down the page: the header left to right, the buttons of the banners and the undo
        /// bar, the list, the empty list's Add button (also for the buttons and banners added later).
        void updateTabOrder();
        void showIssueDetails();
        void repair();
        void tick();
        void scheduleTick();

        VaultHolder& m_holder;
        AccountListModel& m_model;
        CodeCopier& m_copier;
        InactivityTimer& m_inactivity;
        const Clock& m_clock;
        AccountFilterModel* m_filter;
        QLineEdit* m_search;
        QToolButton* m_add;
        QToolButton* m_menu;
        Banner* m_issues;
        UndoBar* m_undo;
        QStackedWidget* m_content;
        AccountListView* m_view;
        QWidget* m_empty;
        QLabel* m_emptyText;
        QPushButton* m_emptyAdd;
        QStatusBar* m_statusBar;
        QLabel* m_summary;
        Timer* m_tick;
        QAction* m_copyAction;
        QAction* m_editAction;
        QAction* m_showQrAction;
        QList<QAction*> m_rowActions;
        QHBoxLayout* m_header = nullptr;
        QVBoxLayout* m_top = nullptr;
        QAction* m_favoriteAction;
        QAction* m_moveUpAction;
        QAction* m_moveDownAction;
        QAction* m_trashAction;
        bool m_active = false;
    };
}
