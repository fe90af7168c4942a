#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace tessera::gui
{
    struct SwapPlan;
    class SwapVerifyPage;

    /// The last step: what was checked, what was not, and only when everything on the new side was
    /// checked, that the old phone can be cleared. Offers a backup of the vault as it is now.
    class SwapDonePage : public QWizardPage
    {
        Q_OBJECT

    public:
        SwapDonePage(
            SwapPlan& plan, const SwapVerifyPage* received, const SwapVerifyPage* given, QWidget* parent = nullptr);

        [[nodiscard]] QString summary() const;
        [[nodiscard]] QPushButton* backupButton() const { return m_backup; }

        void initializePage() override;

    signals:
        void backupRequested();

    private:
        SwapPlan& m_plan;
        const SwapVerifyPage* m_received;
        const SwapVerifyPage* m_given;
        QLabel* m_summary;
        QPushButton* m_backup;
    };
}
