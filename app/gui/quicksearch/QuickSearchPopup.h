#pragma once

#include "Error.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace tessera::gui
{
    class AccountFilterModel;
    class AccountListModel;
    class AccountListView;
    class CodeCopier;
    class PasswordEdit;
    class VaultHolder;
    class VaultUnlocker;

    /// `tessera --quick-search`: a small frameless window in the middle of the screen for the
    /// "shortcut, three letters, Enter" habit. Typing filters the accounts, Enter copies the
    /// selected (best) match and closes, Escape or clicking elsewhere closes. A locked vault asks
    /// for the password first, in the same window.
    class QuickSearchPopup : public QFrame
    {
        Q_OBJECT

    public:
        QuickSearchPopup(VaultHolder& holder, AccountListModel& model, CodeCopier& copier, QWidget* parent = nullptr);
        ~QuickSearchPopup() override;

        /// Shows, centred on the screen under the mouse, with an empty search (or the password).
        void popup();

        [[nodiscard]] bool isUnlockShown() const;
        [[nodiscard]] QLineEdit* searchField() const { return m_search; }
        [[nodiscard]] PasswordEdit* passwordField() const { return m_password; }
        [[nodiscard]] AccountListView* view() const { return m_view; }
        [[nodiscard]] QLabel* messageLabel() const { return m_message; }

    signals:
        void visibilityChanged(bool visible);
        /// A code was copied (the popup closes).
        void copied();

    protected:
        void showEvent(QShowEvent* event) override;
        void hideEvent(QHideEvent* event) override;
        void changeEvent(QEvent* event) override;
        bool eventFilter(QObject* watched, QEvent* event) override;

    private:
        void showSearch();
        void showUnlock();
        void unlock();
        void onUnlockFailed(const tessera::Error& error);
        void copyCurrent();
        void onSearchChanged(const QString& text);
        /// The list, or a message when nothing matches, and the size for as many rows.
        void updateMatches();
        void updateSize();

        VaultHolder& m_holder;
        CodeCopier& m_copier;
        VaultUnlocker* m_unlocker;
        AccountFilterModel* m_filter;
        QStackedWidget* m_pages;
        QLineEdit* m_search;
        AccountListView* m_view;
        QLabel* m_message;
        PasswordEdit* m_password;
        QLabel* m_unlockMessage;
        QWidget* m_busy;
        bool m_wasActive = false;
    };
}
