#pragma once

#include "PasswordKdf.h"
#include "RecoveryKey.h"
#include "app/AppContext.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace tessera::gui
{
    class KeyDerivation;
    class NewPasswordForm;
    class VaultHolder;

    /// The password for a new vault, typed twice with a strength hint, and the key-derivation
    /// preset behind "Advanced". The key is derived on a worker thread while a busy indicator
    /// runs; then the vault is created with a fresh recovery key, which the next page shows.
    class CreateVaultPage : public QWidget
    {
        Q_OBJECT

    public:
        CreateVaultPage(VaultHolder& holder, AppContext::KdfPolicy kdfParameters, QWidget* parent = nullptr);
        ~CreateVaultPage() override;

        /// Empties the form and the follow-up note (when the page is shown again).
        void reset();
        /// A note on what happens after the vault is created (an import waiting); empty hides it.
        void setFollowUp(const QString& text);
        [[nodiscard]] QString followUp() const;
        [[nodiscard]] bool isBusy() const;
        /// The recovery key of the vault just created, once.
        [[nodiscard]] std::optional<RecoveryKey> takeRecoveryKey();

        [[nodiscard]] NewPasswordForm* passwordForm() const { return m_form; }
        [[nodiscard]] QPushButton* createButton() const { return m_create; }
        [[nodiscard]] QPushButton* backButton() const { return m_back; }
        [[nodiscard]] PasswordKdf::Preset preset() const;
        void setPreset(PasswordKdf::Preset preset);

    signals:
        void backRequested();
        /// The vault exists and is unlocked; takeRecoveryKey() has its recovery key.
        void created();

    protected:
        void showEvent(QShowEvent* event) override;

    private:
        void create();
        void onDerived();
        void setBusy(bool busy);
        void updateButtons();
        void showError(const QString& message);

        VaultHolder& m_holder;
        AppContext::KdfPolicy m_kdfParameters;
        KeyDerivation* m_derivation;
        NewPasswordForm* m_form;
        QToolButton* m_advancedToggle;
        QWidget* m_advanced;
        QButtonGroup* m_presets;
        QLabel* m_followUp;
        QLabel* m_error;
        QWidget* m_busy;
        QPushButton* m_back;
        QPushButton* m_create;
        std::optional<RecoveryKey> m_recoveryKey;
    };
}
