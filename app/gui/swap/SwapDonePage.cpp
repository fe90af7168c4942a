#include "SwapDonePage.h"

#include "SwapPlan.h"
#include "SwapVerifyPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    SwapDonePage::SwapDonePage(
        SwapPlan& plan, const SwapVerifyPage* received, const SwapVerifyPage* given, QWidget* parent)
        : QWizardPage(parent)
        , m_plan(plan)
        , m_received(received)
        , m_given(given)
        , m_summary(new QLabel(this))
        , m_backup(new QPushButton(tr("Make a &Backup Now…"), this))
    {
        setTitle(tr("Done?"));
        m_summary->setWordWrap(true);
        m_summary->setTextFormat(Qt::PlainText);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_backup, 0, Qt::AlignLeft);
        layout->addStretch(1);
        connect(m_backup, &QPushButton::clicked, this, &SwapDonePage::backupRequested);
    }

    QString SwapDonePage::summary() const
    {
        return m_summary->text();
    }

    void SwapDonePage::initializePage()
    {
        QStringList lines;
        bool safeToClear = true;
        if (m_plan.receives()) {
            const int checked = m_received->verifiedCount();
            const int total = m_received->accountCount();
            lines.append(tr("%1 of %n account(s) from the old phone checked in Tessera.", nullptr, total).arg(checked));
            safeToClear = safeToClear && total > 0 && checked == total;
        }
        if (m_plan.gives()) {
            const int checked = m_given->verifiedCount();
            const int total = m_given->accountCount();
            lines.append(tr("%1 of %n account(s) checked on the new phone.", nullptr, total).arg(checked));
            safeToClear = safeToClear && total > 0 && checked == total;
        }
        if (safeToClear) {
            lines.append(tr("Every account was checked. You can remove them from the old phone now; sign in "
                            "once with each new code before you wipe it, to be sure."));
        } else {
            lines.append(tr("Some accounts were not checked. Keep them on the old phone until you have: go back "
                            "and type their codes, or sign in with them once."));
        }
        lines.append(tr("A backup made now holds every account as it is today."));
        m_summary->setText(lines.join(QLatin1String("\n\n")));
    }
}
