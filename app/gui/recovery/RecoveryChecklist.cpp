#include "RecoveryChecklist.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace tessera::gui
{
    RecoveryChecklist::RecoveryChecklist(QWidget* parent)
        : QWidget(parent)
        , m_layout(new QVBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
    }

    void RecoveryChecklist::setSteps(const QList<Playbook::Step>& steps, const QStringList& done)
    {
        while (QLayoutItem* item = m_layout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        for (const Playbook::Step& step : steps) {
            auto* box = new QCheckBox(step.optional ? tr("%1 (optional)").arg(step.text) : step.text, this);
            box->setChecked(done.contains(step.id));
            m_layout->addWidget(box);
            const QString id = step.id;
            connect(box, &QCheckBox::toggled, this, [this, id](bool checked) { emit toggled(id, checked); });
        }
    }

    int RecoveryChecklist::count() const
    {
        return m_layout->count();
    }
}
