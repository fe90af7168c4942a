#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QFutureWatcherBase;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tessera
{
    class Vault;
}

namespace tessera::gui
{
    class InlineMessage;
    class PasswordStrengthMeter;

    /// Changes the password of an unlocked vault: the current password, the new one twice, and a
    /// strength hint. Pressing "Change Password" checks the current password and derives the new
    /// key on a worker thread (the key derivation takes seconds; a busy indicator shows meanwhile
    /// and the window stays responsive), then re-seals the vault's key on the GUI thread
    /// (Vault::changePassword). The new key uses the vault's current KDF parameters. The recovery
    /// key keeps working. The dialog closes with Accepted once the password is changed.
    class ChangePasswordDialog : public QDialog
    {
        Q_OBJECT

    public:
        explicit ChangePasswordDialog(Vault& vault, QWidget* parent = nullptr);
        ~ChangePasswordDialog() override;

        /// The key derivation is running.
        [[nodiscard]] bool isBusy() const;

    public slots:
        /// Starts the change; the dialog closes when it succeeded.
        void accept() override;
        /// Closes; a derivation still running is abandoned and changes nothing.
        void reject() override;

    signals:
        void passwordChanged();

    private:
        struct Work;

        void updateState();
        void setBusy(bool busy);
        void finish();
        void clearFields();

        Vault& m_vault;
        QLineEdit* m_current;
        QLineEdit* m_new;
        QLineEdit* m_repeat;
        PasswordStrengthMeter* m_meter;
        InlineMessage* m_check;
        InlineMessage* m_error;
        QProgressBar* m_progress;
        QLabel* m_progressLabel;
        QDialogButtonBox* m_buttons;
        QPushButton* m_ok;
        QFutureWatcherBase* m_watcher = nullptr;
        std::shared_ptr<Work> m_work;
    };
}
