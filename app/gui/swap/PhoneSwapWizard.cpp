#include "PhoneSwapWizard.h"

#include "SwapAppsPage.h"
#include "SwapDirectionPage.h"
#include "SwapDonePage.h"
#include "SwapGivePage.h"
#include "SwapReEnrolPage.h"
#include "SwapReceivePage.h"
#include "SwapVerifyPage.h"

namespace tessera::gui
{
    PhoneSwapWizard::PhoneSwapWizard(VaultHolder& holder, const Clock& clock, QWidget* parent)
        : QWizard(parent)
        , m_direction(new SwapDirectionPage(m_plan, this))
        , m_apps(new SwapAppsPage(m_plan, this))
        , m_receive(new SwapReceivePage(m_plan, holder, this))
        , m_reEnrol(new SwapReEnrolPage(m_plan, holder, this))
        , m_verifyReceived(new SwapVerifyPage(SwapVerifyPage::Device::OldPhone, m_plan, holder, clock, this))
        , m_give(new SwapGivePage(m_plan, holder, this))
        , m_verifyGiven(new SwapVerifyPage(SwapVerifyPage::Device::NewPhone, m_plan, holder, clock, this))
        , m_done(new SwapDonePage(m_plan, m_verifyReceived, m_verifyGiven, this))
    {
        setWindowTitle(tr("Phone Swap Assistant"));
        setWizardStyle(QWizard::ClassicStyle);
        setOption(QWizard::NoBackButtonOnStartPage);
        setPage(DirectionPage, m_direction);
        setPage(AppsPage, m_apps);
        setPage(ReceivePage, m_receive);
        setPage(ReEnrolPage, m_reEnrol);
        setPage(VerifyReceivedPage, m_verifyReceived);
        setPage(GivePage, m_give);
        setPage(VerifyGivenPage, m_verifyGiven);
        setPage(DonePage, m_done);
        setStartId(DirectionPage);

        connect(m_receive, &SwapReceivePage::scanCameraRequested, this, &PhoneSwapWizard::scanCameraRequested);
        connect(m_receive, &SwapReceivePage::scanScreenRequested, this, &PhoneSwapWizard::scanScreenRequested);
        connect(m_receive, &SwapReceivePage::importFileRequested, this, &PhoneSwapWizard::importFileRequested);
        connect(m_receive, &SwapReceivePage::pasteRequested, this, &PhoneSwapWizard::pasteRequested);
        connect(m_reEnrol, &SwapReEnrolPage::scanScreenRequested, this, &PhoneSwapWizard::scanScreenRequested);
        connect(m_reEnrol, &SwapReEnrolPage::scanCameraRequested, this, &PhoneSwapWizard::scanCameraRequested);
        connect(m_give, &SwapGivePage::handoverRequested, this, &PhoneSwapWizard::handoverRequested);
        connect(m_done, &SwapDonePage::backupRequested, this, &PhoneSwapWizard::backupRequested);
        resize(fontMetrics().averageCharWidth() * 84, fontMetrics().height() * 34);
    }

    PhoneSwapWizard::~PhoneSwapWizard() = default;

    int PhoneSwapWizard::nextId() const
    {
        switch (currentId()) {
        case DirectionPage:
            return AppsPage;
        case AppsPage:
            if (!m_plan.receives()) {
                return GivePage;
            }
            return PeerApp::get(m_plan.source).canExport() ? ReceivePage : ReEnrolPage;
        case ReceivePage:
        case ReEnrolPage:
            return VerifyReceivedPage;
        case VerifyReceivedPage:
            return m_plan.gives() ? GivePage : DonePage;
        case GivePage:
            return VerifyGivenPage;
        case VerifyGivenPage:
            return DonePage;
        default:
            return -1;
        }
    }

    void PhoneSwapWizard::noteAccountsArrived(const QList<QUuid>& ids)
    {
        for (const QUuid& id : ids) {
            if (!m_plan.received.contains(id)) {
                m_plan.received.append(id);
            }
        }
        m_receive->refresh();
        m_reEnrol->refresh();
    }
}
