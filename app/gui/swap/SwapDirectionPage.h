#pragma once

#include <QWizardPage>

class QRadioButton;

namespace tessera::gui
{
    struct SwapPlan;

    /// Step 1: which way the accounts go.
    class SwapDirectionPage : public QWizardPage
    {
        Q_OBJECT

    public:
        SwapDirectionPage(SwapPlan& plan, QWidget* parent = nullptr);

        [[nodiscard]] QRadioButton* toTesseraButton() const { return m_toTessera; }
        [[nodiscard]] QRadioButton* toPhoneButton() const { return m_toPhone; }
        [[nodiscard]] QRadioButton* bothButton() const { return m_both; }

        bool validatePage() override;

    private:
        SwapPlan& m_plan;
        QRadioButton* m_toTessera;
        QRadioButton* m_toPhone;
        QRadioButton* m_both;
    };
}
