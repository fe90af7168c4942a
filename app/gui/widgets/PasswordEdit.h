#pragma once

#include <QLineEdit>

class QAction;

namespace tessera::gui
{
    /// A password field with a "show password" button (Ctrl+H while the field has the focus, since
    /// the button takes no focus itself) and a caps-lock guess. Qt has no
    /// portable way to read the caps-lock state, so it is inferred from typed letters: an upper
    /// case letter without Shift (or lower case with Shift) means caps lock is on.
    class PasswordEdit : public QLineEdit
    {
        Q_OBJECT

    public:
        explicit PasswordEdit(QWidget* parent = nullptr);

        [[nodiscard]] bool isCapsLockOn() const { return m_capsLock; }
        [[nodiscard]] bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
        void setRevealed(bool revealed);

        /// Empties the field, wiping what the widget held.
        void wipe();

    signals:
        void capsLockChanged(bool on);
        void revealedChanged(bool revealed);

    protected:
        void keyPressEvent(QKeyEvent* event) override;

    private:
        void setCapsLock(bool on);

        QAction* m_revealAction;
        bool m_capsLock = false;
    };
}
