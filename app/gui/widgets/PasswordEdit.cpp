#include "widgets/PasswordEdit.h"

#include "app/Icons.h"

#include <QAction>
#include <QKeyEvent>

namespace tessera::gui
{
    PasswordEdit::PasswordEdit(QWidget* parent)
        : QLineEdit(parent)
        , m_revealAction(new QAction(this))
    {
        setEchoMode(QLineEdit::Password);
        setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        m_revealAction->setCheckable(true);
        // The button in the field takes no focus: the key is the keyboard's way to it.
        m_revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
        m_revealAction->setShortcutContext(Qt::WidgetShortcut);
        addAction(m_revealAction, QLineEdit::TrailingPosition);
        connect(m_revealAction, &QAction::toggled, this, &PasswordEdit::setRevealed);
        setRevealed(false);
    }

    void PasswordEdit::setRevealed(bool revealed)
    {
        const bool changed = revealed != isRevealed();
        setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
        const QSignalBlocker blocker(m_revealAction);
        m_revealAction->setChecked(revealed);
        m_revealAction->setIcon(Icons::get(revealed ? Icons::Name::Conceal : Icons::Name::Reveal));
        m_revealAction->setText(revealed ? tr("Hide password") : tr("Show password"));
        m_revealAction->setToolTip((revealed ? tr("Hide password (%1)") : tr("Show password (%1)"))
                                       .arg(m_revealAction->shortcut().toString(QKeySequence::NativeText)));
        if (changed) {
            emit revealedChanged(revealed);
        }
    }

    void PasswordEdit::wipe()
    {
        // QLineEdit keeps no other copy than its text and undo history.
        setText(QString(text().size(), QLatin1Char(' ')));
        clear();
        setModified(false);
    }

    void PasswordEdit::keyPressEvent(QKeyEvent* event)
    {
        const QString typed = event->text();
        if (typed.size() == 1 && typed.at(0).isLetter() && typed.at(0).isUpper() != typed.at(0).isLower()) {
            const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
            setCapsLock(typed.at(0).isUpper() != shift);
        } else if (event->key() == Qt::Key_CapsLock && m_capsLock) {
            setCapsLock(false); // pressed again: most likely off now
        }
        QLineEdit::keyPressEvent(event);
    }

    void PasswordEdit::setCapsLock(bool on)
    {
        if (on == m_capsLock) {
            return;
        }
        m_capsLock = on;
        emit capsLockChanged(on);
    }
}
