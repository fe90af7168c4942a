#pragma once

#include "PeerApp.h"
#include "SwapPlan.h"

#include <QWizard>

namespace tessera
{
    class Clock;
}

namespace tessera::gui
{
    class SwapAppsPage;
    class SwapDirectionPage;
    class SwapDonePage;
    class SwapGivePage;
    class SwapReEnrolPage;
    class SwapReceivePage;
    class SwapVerifyPage;
    class VaultHolder;

    /// The phone-swap assistant: direction, the apps, bringing accounts in (or setting them up again
    /// where the app cannot export), checking them against the old phone, giving them to the new phone,
    /// checking them there, and only then the go-ahead to clear the old phone. Scanning, importing and
    /// exporting are the main window's: the assistant asks for them through signals and is told which
    /// accounts arrived.
    class PhoneSwapWizard : public QWizard
    {
        Q_OBJECT

    public:
        enum PageId
        {
            DirectionPage,
            AppsPage,
            ReceivePage,
            ReEnrolPage,
            VerifyReceivedPage,
            GivePage,
            VerifyGivenPage,
            DonePage,
        };

        PhoneSwapWizard(VaultHolder& holder, const Clock& clock, QWidget* parent = nullptr);
        ~PhoneSwapWizard() override;

        [[nodiscard]] const SwapPlan& plan() const { return m_plan; }
        [[nodiscard]] SwapDirectionPage* directionPage() const { return m_direction; }
        [[nodiscard]] SwapAppsPage* appsPage() const { return m_apps; }
        [[nodiscard]] SwapReceivePage* receivePage() const { return m_receive; }
        [[nodiscard]] SwapReEnrolPage* reEnrolPage() const { return m_reEnrol; }
        [[nodiscard]] SwapVerifyPage* verifyReceivedPage() const { return m_verifyReceived; }
        [[nodiscard]] SwapGivePage* givePage() const { return m_give; }
        [[nodiscard]] SwapVerifyPage* verifyGivenPage() const { return m_verifyGiven; }
        [[nodiscard]] SwapDonePage* donePage() const { return m_done; }

        [[nodiscard]] int nextId() const override;

        /// Accounts added or imported while the assistant is open (the main window calls this).
        void noteAccountsArrived(const QList<QUuid>& ids);

    signals:
        void scanScreenRequested();
        void scanCameraRequested();
        void importFileRequested();
        void pasteRequested();
        void handoverRequested(tessera::gui::PeerApp::Handover handover);
        void backupRequested();

    private:
        SwapPlan m_plan;
        SwapDirectionPage* m_direction;
        SwapAppsPage* m_apps;
        SwapReceivePage* m_receive;
        SwapReEnrolPage* m_reEnrol;
        SwapVerifyPage* m_verifyReceived;
        SwapGivePage* m_give;
        SwapVerifyPage* m_verifyGiven;
        SwapDonePage* m_done;
    };
}
