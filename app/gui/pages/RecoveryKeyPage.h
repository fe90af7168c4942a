#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera
{
    class RecoveryKey;
}

namespace tessera::gui
{
    class Clipboard;
    class RecoveryKeyView;

    /// The new vault's recovery key, shown once in readable groups with Copy, Save (a 0600 file)
    /// and Print (RecoveryKeyView). Before going on, the user ticks that the key is kept and types
    /// its last group, which shows it was really written down or saved.
    class RecoveryKeyPage : public QWidget
    {
        Q_OBJECT

    public:
        explicit RecoveryKeyPage(Clipboard& clipboard, QWidget* parent = nullptr);
        ~RecoveryKeyPage() override;

        void setRecoveryKey(const RecoveryKey& key, const QString& vaultPath);
        /// Forgets the key (wiping the texts that held it).
        void clear();

        [[nodiscard]] RecoveryKeyView* keyView() const { return m_view; }
        [[nodiscard]] QLineEdit* confirmField() const { return m_confirm; }
        [[nodiscard]] QPushButton* continueButton() const { return m_continue; }

    signals:
        /// The user confirmed having kept the key.
        void finished();

    protected:
        void showEvent(QShowEvent* event) override;

    private:
        void updateConfirmation();

        RecoveryKeyView* m_view;
        QLineEdit* m_confirm;
        QLabel* m_confirmProblem;
        QPushButton* m_continue;
        QString m_lastGroup;
    };
}
