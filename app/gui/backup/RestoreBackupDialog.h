#pragma once

#include <QDialog>
#include <QUuid>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace tessera
{
    class Vault;
}

namespace tessera::gui
{
    class PasswordEdit;

    /// "Restore from an automatic backup": pick a copy in the backup folder (newest first, with its
    /// account count), unlock it with the password that was valid when it was written, tick the accounts
    /// to bring back (those missing from the vault now are ticked), and add them in one transaction.
    /// Nothing in the copy is ever written, and nothing in the vault is overwritten.
    class RestoreBackupDialog : public QDialog
    {
        Q_OBJECT

    public:
        RestoreBackupDialog(Vault& vault, const QString& folder, QWidget* parent = nullptr);
        ~RestoreBackupDialog() override;

        [[nodiscard]] QListWidget* copyList() const { return m_copies; }
        [[nodiscard]] PasswordEdit* passwordField() const { return m_password; }
        [[nodiscard]] QPushButton* openButton() const { return m_open; }
        [[nodiscard]] QTreeWidget* accountList() const { return m_accounts; }
        [[nodiscard]] QPushButton* restoreButton() const { return m_restore; }
        [[nodiscard]] QLabel* message() const { return m_message; }

        /// Unlocks the selected copy with the typed password and lists its accounts.
        void openCopy();
        /// Adds the ticked accounts to the vault.
        void restore();

    signals:
        void restored(const QList<QUuid>& ids);

    private:
        void listCopies();

        Vault& m_vault;
        QString m_folder;
        std::unique_ptr<Vault> m_copy;
        QStackedWidget* m_steps;
        QListWidget* m_copies;
        PasswordEdit* m_password;
        QPushButton* m_open;
        QTreeWidget* m_accounts;
        QPushButton* m_restore;
        QLabel* m_message;
    };
}
