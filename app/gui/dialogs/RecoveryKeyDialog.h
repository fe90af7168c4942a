#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QStackedWidget;

namespace tessera
{
    class Vault;
}

namespace tessera::gui
{
    class Clipboard;
    class InlineMessage;
    class RecoveryKeyView;

    /// Explains the recovery key and replaces it. The key is shown only once, when it is made, and
    /// cannot be shown again, so the dialog says so plainly and offers only to make a new one:
    /// "Make a New Recovery Key…" asks for confirmation (the old key stops working at once), then
    /// Vault::regenerateRecoveryKey() runs and the new key is shown in readable groups with copy,
    /// save (0600 file) and print; "Done" waits for "I have kept this key". Closing before that
    /// asks once more, because the key is gone afterwards.
    class RecoveryKeyDialog : public QDialog
    {
        Q_OBJECT

    public:
        RecoveryKeyDialog(Vault& vault, Clipboard& clipboard, QWidget* parent = nullptr);

        /// The new key is on screen (after a successful regeneration).
        [[nodiscard]] bool isShowingNewKey() const;
        [[nodiscard]] RecoveryKeyView* keyView() const { return m_view; }

    public slots:
        void reject() override;

    signals:
        /// A new recovery key replaced the old one in the vault.
        void recoveryKeyRegenerated();

    private:
        enum Page
        {
            ExplainPage,
            ConfirmPage,
            KeyPage,
        };

        void showPage(Page page);
        void regenerate();
        void finish();

        Vault& m_vault;
        QStackedWidget* m_pages;
        RecoveryKeyView* m_view;
        InlineMessage* m_error;
        QPushButton* m_start;
        QPushButton* m_confirm;
        QPushButton* m_back;
        QDialogButtonBox* m_buttons;
        QPushButton* m_close;
        QPushButton* m_done;
    };
}
