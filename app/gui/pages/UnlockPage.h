#pragma once

#include "Error.h"
#include "app/AppContext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace tessera::gui
{
    class KeyDerivation;
    class NewPasswordForm;
    class PasswordEdit;
    class VaultHolder;
    class VaultUnlocker;

    /// Opens the locked vault: the password field has the focus, a wrong password says so, caps
    /// lock is pointed out, and the key derivation runs on a worker thread behind a busy
    /// indicator. "Use recovery key" opens the vault with the recovery key instead and sets a
    /// new password right away.
    class UnlockPage : public QWidget
    {
        Q_OBJECT

    public:
        UnlockPage(VaultHolder& holder, AppContext::KdfPolicy kdfParameters, QWidget* parent = nullptr);
        ~UnlockPage() override;

        /// Why the vault is locked ("Locked after 5 minutes without activity."); empty for none.
        void setReason(const QString& reason);
        /// Back to the password, with empty fields.
        void reset();
        [[nodiscard]] bool isBusy() const;
        [[nodiscard]] bool isRecoveryMode() const;

        [[nodiscard]] PasswordEdit* passwordField() const { return m_password; }
        [[nodiscard]] QPushButton* unlockButton() const { return m_unlock; }
        [[nodiscard]] QLabel* errorLabel() const { return m_error; }
        [[nodiscard]] QLabel* capsLockLabel() const { return m_capsLock; }
        [[nodiscard]] QPushButton* recoveryButton() const { return m_useRecovery; }
        [[nodiscard]] QLineEdit* recoveryKeyField() const { return m_recoveryKey; }
        [[nodiscard]] NewPasswordForm* newPasswordForm() const { return m_newPassword; }
        [[nodiscard]] QPushButton* recoverButton() const { return m_recover; }
        [[nodiscard]] QWidget* busyIndicator() const { return m_busy; }

    signals:
        /// The vault is open. notice: something to tell the user (empty when all went well).
        void unlocked(const QString& notice);
        /// The password field painted for the first time (start-up measurement).
        void firstPainted();

    protected:
        void showEvent(QShowEvent* event) override;
        bool eventFilter(QObject* watched, QEvent* event) override;

    private:
        void unlockWithPassword();
        void unlockWithRecoveryKey();
        void onUnlocked();
        void onFailed(const tessera::Error& error);
        void onNewKey();
        void setRecoveryMode(bool recovery);
        void setBusy(bool busy);
        void updateButtons();
        void checkRecoveryKey();
        void showError(const QString& message);
        void finish(const QString& notice);

        VaultHolder& m_holder;
        AppContext::KdfPolicy m_kdfParameters;
        VaultUnlocker* m_unlocker;
        KeyDerivation* m_newKey;
        QLabel* m_title;
        QLabel* m_file;
        QLabel* m_reason;
        QStackedWidget* m_modes;
        PasswordEdit* m_password;
        QLabel* m_capsLock;
        QPushButton* m_useRecovery;
        QPushButton* m_unlock;
        QLineEdit* m_recoveryKey;
        QLabel* m_recoveryProblem;
        NewPasswordForm* m_newPassword;
        QPushButton* m_usePassword;
        QPushButton* m_recover;
        QLabel* m_error;
        QWidget* m_busy;
        QLabel* m_busyText;
        bool m_recovering = false;
        bool m_painted = false;
    };
}
