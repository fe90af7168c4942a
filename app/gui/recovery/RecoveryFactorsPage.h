#pragma once

#include "Playbook.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace tessera::gui
{
    struct RecoveryContext;

    /// Step 3: the provider's alternative-factor recovery as a checklist. The user picks a path (email
    /// then phone call, recovery codes, ...), ticks each step as the provider's pages go by, and when a
    /// step fails in a known way ("Phone verification could not be completed") picks what to do next.
    /// For phone factors the number is checked before the user starts (E.164, with the exact text to put
    /// in the provider's contact settings); for recovery codes, the stored unused codes are offered with
    /// copy buttons, and a copied code is marked used.
    class RecoveryFactorsPage : public QWizardPage
    {
        Q_OBJECT

    public:
        RecoveryFactorsPage(RecoveryContext& context, QWidget* parent = nullptr);

        [[nodiscard]] QComboBox* pathBox() const { return m_path; }
        [[nodiscard]] QListWidget* stepList() const { return m_steps; }
        [[nodiscard]] QLabel* currentStepText() const { return m_current; }
        [[nodiscard]] QPushButton* doneButton() const { return m_done; }
        [[nodiscard]] QComboBox* failureBox() const { return m_failure; }
        [[nodiscard]] QPushButton* failedButton() const { return m_failed; }
        [[nodiscard]] QLabel* failureText() const { return m_failureText; }
        [[nodiscard]] QWidget* optionButtons() const { return m_options; }
        [[nodiscard]] QWidget* phoneBox() const { return m_phoneBox; }
        [[nodiscard]] QLineEdit* phoneField() const { return m_phone; }
        [[nodiscard]] QLabel* phoneResult() const { return m_phoneResult; }
        [[nodiscard]] QWidget* codesBox() const { return m_codesBox; }

        void initializePage() override;
        [[nodiscard]] bool isComplete() const override;
        bool validatePage() override;
        void cleanupPage() override;

    private:
        void choosePath();
        void completeStep();
        void reportFailure();
        void takeOption(const QString& optionId);
        /// What choosing the option leads to, as the title of its button.
        [[nodiscard]] QString optionTitle(const Playbook::Option& option) const;
        void refresh();
        void checkPhone();
        void fillRecoveryCodes();
        void copyRecoveryCode(const QString& code);
        void showError(const QString& message);

        RecoveryContext& m_context;
        QComboBox* m_path;
        QLabel* m_pathWaiting;
        QListWidget* m_steps;
        QLabel* m_current;
        QPushButton* m_done;
        QComboBox* m_failure;
        QPushButton* m_failed;
        QLabel* m_failureText;
        QWidget* m_options;
        QVBoxLayout* m_optionsLayout;
        QWidget* m_phoneBox;
        QLineEdit* m_phone;
        QLabel* m_phoneResult;
        QPushButton* m_copyPhone;
        QWidget* m_codesBox;
        QVBoxLayout* m_codesLayout;
        QLabel* m_error;
    };
}
