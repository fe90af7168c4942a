#include "SwapReceivePage.h"

#include "SwapPlan.h"
#include "Vault.h"
#include "app/VaultHolder.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    SwapReceivePage::SwapReceivePage(SwapPlan& plan, VaultHolder& holder, QWidget* parent)
        : QWizardPage(parent)
        , m_plan(plan)
        , m_holder(holder)
        , m_steps(new QLabel(this))
        , m_camera(new QPushButton(tr("Scan with &Camera…"), this))
        , m_screen(new QPushButton(tr("Scan the &Screen"), this))
        , m_file(new QPushButton(tr("Open an &Export File…"), this))
        , m_paste(new QPushButton(tr("&Paste Image or Link"), this))
        , m_count(new QLabel(this))
        , m_received(new QListWidget(this))
    {
        setTitle(tr("Bring the Accounts to Tessera"));
        m_steps->setWordWrap(true);
        m_steps->setTextFormat(Qt::PlainText);
        m_screen->setToolTip(tr("Reads the codes shown on this computer's screen, for example a phone mirrored "
                                "to it or a screenshot opened in a viewer."));
        m_received->setAccessibleName(tr("Accounts received"));
        auto* buttons = new QGridLayout;
        buttons->addWidget(m_camera, 0, 0);
        buttons->addWidget(m_screen, 0, 1);
        buttons->addWidget(m_file, 1, 0);
        buttons->addWidget(m_paste, 1, 1);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_steps);
        layout->addLayout(buttons);
        layout->addWidget(m_count);
        layout->addWidget(m_received, 1);
        connect(m_camera, &QPushButton::clicked, this, &SwapReceivePage::scanCameraRequested);
        connect(m_screen, &QPushButton::clicked, this, &SwapReceivePage::scanScreenRequested);
        connect(m_file, &QPushButton::clicked, this, &SwapReceivePage::importFileRequested);
        connect(m_paste, &QPushButton::clicked, this, &SwapReceivePage::pasteRequested);
    }

    void SwapReceivePage::initializePage()
    {
        m_steps->setText(PeerApp::get(m_plan.source).exportSteps());
        refresh();
    }

    bool SwapReceivePage::isComplete() const
    {
        return !m_plan.received.isEmpty();
    }

    void SwapReceivePage::refresh()
    {
        m_received->clear();
        if (m_holder.isUnlocked()) {
            for (const QUuid& id : std::as_const(m_plan.received)) {
                if (auto account = m_holder.vault().account(id)) {
                    m_received->addItem(account->displayName());
                }
            }
        }
        m_count->setText(m_plan.received.isEmpty()
                ? tr("No account has arrived yet.")
                : tr("%n account(s) arrived. Add the rest the same way, then continue.", nullptr,
                    int(m_plan.received.size())));
        emit completeChanged();
    }
}
