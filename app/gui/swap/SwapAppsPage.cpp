#include "SwapAppsPage.h"

#include "PeerApp.h"
#include "SwapPlan.h"
#include "widgets/WrappedLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace tessera::gui
{
    SwapAppsPage::SwapAppsPage(SwapPlan& plan, QWidget* parent)
        : QWizardPage(parent)
        , m_plan(plan)
        , m_sourceLabel(new QLabel(tr("App on the &old phone:"), this))
        , m_source(new QComboBox(this))
        , m_sourceSteps(new QLabel(this))
        , m_targetLabel(new QLabel(tr("App on the &new phone:"), this))
        , m_target(new QComboBox(this))
        , m_targetSteps(new QLabel(this))
    {
        setTitle(tr("Which Apps?"));
        for (const PeerApp& app : PeerApp::all()) {
            m_source->addItem(app.name(), static_cast<int>(app.id()));
            m_target->addItem(app.name(), static_cast<int>(app.id()));
        }
        m_sourceLabel->setBuddy(m_source);
        m_targetLabel->setBuddy(m_target);
        for (QLabel* steps : {m_sourceSteps, m_targetSteps}) {
            steps->setWordWrap(true);
            steps->setTextFormat(Qt::PlainText);
        }
        auto* layout = new QFormLayout(this);
        layout->addRow(
            wrappedLabel(tr("Each app moves accounts its own way."), this)); // not setSubTitle(): see wrappedLabel()
        layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
        layout->addRow(m_sourceLabel, m_source);
        layout->addRow(m_sourceSteps);
        layout->addRow(m_targetLabel, m_target);
        layout->addRow(m_targetSteps);
        connect(m_source, &QComboBox::currentIndexChanged, this, &SwapAppsPage::updateSteps);
        connect(m_target, &QComboBox::currentIndexChanged, this, &SwapAppsPage::updateSteps);
        updateSteps();
    }

    QString SwapAppsPage::sourceSteps() const
    {
        return m_sourceSteps->text();
    }

    QString SwapAppsPage::targetSteps() const
    {
        return m_targetSteps->text();
    }

    void SwapAppsPage::initializePage()
    {
        for (QWidget* widget : {static_cast<QWidget*>(m_sourceLabel), static_cast<QWidget*>(m_source),
                 static_cast<QWidget*>(m_sourceSteps)}) {
            widget->setVisible(m_plan.receives());
        }
        for (QWidget* widget : {static_cast<QWidget*>(m_targetLabel), static_cast<QWidget*>(m_target),
                 static_cast<QWidget*>(m_targetSteps)}) {
            widget->setVisible(m_plan.gives());
        }
    }

    bool SwapAppsPage::validatePage()
    {
        m_plan.source = static_cast<PeerApp::Id>(m_source->currentData().toInt());
        m_plan.target = static_cast<PeerApp::Id>(m_target->currentData().toInt());
        return true;
    }

    void SwapAppsPage::updateSteps()
    {
        m_sourceSteps->setText(PeerApp::get(static_cast<PeerApp::Id>(m_source->currentData().toInt())).exportSteps());
        m_targetSteps->setText(PeerApp::get(static_cast<PeerApp::Id>(m_target->currentData().toInt())).importSteps());
    }
}
