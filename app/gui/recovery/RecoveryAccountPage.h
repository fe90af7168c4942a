#pragma once

#include <QUuid>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tessera::gui
{
    struct RecoveryContext;

    /// Step 1: which account is locked out (one in Tessera, or one that never was) and which provider's
    /// recovery it goes through, with the playbook's summary and typical waiting time.
    class RecoveryAccountPage : public QWizardPage
    {
        Q_OBJECT

    public:
        RecoveryAccountPage(RecoveryContext& context, QWidget* parent = nullptr);

        [[nodiscard]] QComboBox* accountBox() const { return m_account; }
        [[nodiscard]] QLineEdit* otherNameField() const { return m_otherName; }
        [[nodiscard]] QComboBox* providerBox() const { return m_provider; }
        [[nodiscard]] QString summary() const;
        /// Preselects an account (from its context menu: "I can't sign in with this account").
        void selectAccount(const QUuid& id);

        void initializePage() override;
        [[nodiscard]] bool isComplete() const override;
        bool validatePage() override;

    private:
        void onAccountChanged();
        void updateSummary();
        [[nodiscard]] QString issuer() const;

        RecoveryContext& m_context;
        QComboBox* m_account;
        QLineEdit* m_otherName;
        QComboBox* m_provider;
        QLabel* m_summary;
        QUuid m_preselected;
    };
}
