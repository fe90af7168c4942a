#include "SwapDirectionPage.h"

#include "SwapPlan.h"
#include "widgets/WrappedLabel.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    SwapDirectionPage::SwapDirectionPage(SwapPlan& plan, QWidget* parent)
        : QWizardPage(parent)
        , m_plan(plan)
        , m_toTessera(new QRadioButton(tr("From my old phone to Tessera"), this))
        , m_toPhone(new QRadioButton(tr("From Tessera to my new phone"), this))
        , m_both(new QRadioButton(tr("Both: from the old phone to Tessera, then to the new phone"), this))
    {
        setTitle(tr("Before You Swap Phones"));
        auto* group = new QButtonGroup(this);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(
            wrappedLabel(tr("Move every account before the old phone is wiped or handed in. An account left behind can "
                            "only be recovered through its provider, which can take days."),
                this)); // not setSubTitle(): see wrappedLabel()
        for (QRadioButton* button : {m_both, m_toTessera, m_toPhone}) {
            group->addButton(button);
            layout->addWidget(button);
        }
        auto* hint = new QLabel(tr("Keep the old phone working until the last step: it is how you check that every "
                                   "account arrived."),
            this);
        hint->setWordWrap(true);
        layout->addSpacing(fontMetrics().height());
        layout->addWidget(hint);
        layout->addStretch(1);
        m_both->setChecked(true);
    }

    bool SwapDirectionPage::validatePage()
    {
        m_plan.direction = m_toTessera->isChecked() ? SwapPlan::Direction::ToTessera
            : m_toPhone->isChecked()                ? SwapPlan::Direction::ToPhone
                                                    : SwapPlan::Direction::Both;
        return true;
    }
}
