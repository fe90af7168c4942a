#pragma once

#include <QWidget>

class QLabel;

namespace tessera::gui
{
    class InlineMessage;
    class PasswordEdit;
    class PasswordStrengthMeter;

    /// A new password typed twice, with a strength hint, a mismatch message and the caps-lock
    /// warning. Used where a vault gets a password: creating it, and after unlocking with the
    /// recovery key.
    class NewPasswordForm : public QWidget
    {
        Q_OBJECT

    public:
        explicit NewPasswordForm(QWidget* parent = nullptr);

        /// Both fields match and the password is long enough.
        [[nodiscard]] bool isAcceptable() const;
        [[nodiscard]] QString password() const;
        /// Empties both fields (wiping them).
        void clear();
        void setReadOnly(bool readOnly);

        [[nodiscard]] PasswordEdit* passwordField() const { return m_password; }
        [[nodiscard]] PasswordEdit* repeatField() const { return m_repeat; }

    signals:
        void changed();
        /// Enter in the second field.
        void submitted();

    private:
        void update();

        PasswordEdit* m_password;
        PasswordEdit* m_repeat;
        PasswordStrengthMeter* m_meter;
        InlineMessage* m_problem;
        InlineMessage* m_capsLock;
    };
}
