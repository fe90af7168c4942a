#include "SwapGivePage.h"

#include "AccountQrSlideshow.h"
#include "SwapPlan.h"
#include "Vault.h"
#include "app/VaultHolder.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    SwapGivePage::SwapGivePage(SwapPlan& plan, VaultHolder& holder, QWidget* parent)
        : QWizardPage(parent)
        , m_plan(plan)
        , m_holder(holder)
        , m_steps(new QLabel(this))
        , m_handover(new QPushButton(this))
        , m_warning(new QLabel(this))
        , m_slideshow(new AccountQrSlideshow(holder, this))
    {
        setTitle(tr("Give the Accounts to the New Phone"));
        m_steps->setWordWrap(true);
        m_steps->setTextFormat(Qt::PlainText);
        m_warning->setWordWrap(true);
        m_warning->setText(tr("Anyone who sees these codes can copy your accounts: show them only where nobody "
                              "else can see the screen, and not during a screen share or a recording."));
        m_slideshow->hide();
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_steps);
        layout->addWidget(m_warning);
        layout->addWidget(m_handover, 0, Qt::AlignLeft);
        layout->addWidget(m_slideshow, 1);
        connect(m_handover, &QPushButton::clicked, this, &SwapGivePage::startHandover);
    }

    void SwapGivePage::initializePage()
    {
        const PeerApp& target = PeerApp::get(m_plan.target);
        m_steps->setText(target.importSteps());
        switch (target.handover()) {
        case PeerApp::Handover::GoogleTransferCodes:
            m_handover->setText(tr("Show the &Transfer Codes…"));
            break;
        case PeerApp::Handover::AegisFile:
            m_handover->setText(tr("&Write an Aegis File…"));
            break;
        case PeerApp::Handover::AccountQrCodes:
            m_handover->setText(tr("&Show the QR Codes"));
            break;
        }
        m_slideshow->hide();
    }

    void SwapGivePage::cleanupPage()
    {
        m_slideshow->hide();
    }

    void SwapGivePage::startHandover()
    {
        const PeerApp::Handover handover = PeerApp::get(m_plan.target).handover();
        if (handover != PeerApp::Handover::AccountQrCodes) {
            emit handoverRequested(handover);
            return;
        }
        if (!m_holder.isUnlocked()) {
            return;
        }
        const auto answer = QMessageBox::question(this, tr("Show the QR Codes?"),
            tr("Anyone who sees these codes can copy your accounts. Show them?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
        QList<QUuid> ids;
        for (const AccountSummary& summary : m_holder.vault().accounts()) {
            ids.append(summary.id);
        }
        m_slideshow->setAccounts(ids);
        m_slideshow->show();
        m_slideshow->setFocus();
    }
}
