#pragma once

#include "Playbook.h"

#include <QWidget>

class QVBoxLayout;

namespace tessera::gui
{
    /// A playbook checklist (re-enrolment or prevention steps) as check boxes: optional steps say so,
    /// and each tick is reported so the flow can record it.
    class RecoveryChecklist : public QWidget
    {
        Q_OBJECT

    public:
        explicit RecoveryChecklist(QWidget* parent = nullptr);

        void setSteps(const QList<Playbook::Step>& steps, const QStringList& done);
        [[nodiscard]] int count() const;

    signals:
        void toggled(const QString& stepId, bool done);

    private:
        QVBoxLayout* m_layout;
    };
}
