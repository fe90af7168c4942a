#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace tessera::gui
{
    struct SwapPlan;

    /// Step 2: the app on the old phone and the one on the new phone (only those the direction needs),
    /// each with how accounts leave or reach it.
    class SwapAppsPage : public QWizardPage
    {
        Q_OBJECT

    public:
        SwapAppsPage(SwapPlan& plan, QWidget* parent = nullptr);

        [[nodiscard]] QComboBox* sourceBox() const { return m_source; }
        [[nodiscard]] QComboBox* targetBox() const { return m_target; }
        [[nodiscard]] QString sourceSteps() const;
        [[nodiscard]] QString targetSteps() const;

        void initializePage() override;
        bool validatePage() override;

    private:
        void updateSteps();

        SwapPlan& m_plan;
        QLabel* m_sourceLabel;
        QComboBox* m_source;
        QLabel* m_sourceSteps;
        QLabel* m_targetLabel;
        QComboBox* m_target;
        QLabel* m_targetSteps;
    };
}
