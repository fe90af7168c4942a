#pragma once

#include "PeerApp.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace tessera::gui
{
    class AccountQrSlideshow;
    struct SwapPlan;
    class VaultHolder;

    /// Tessera → new phone: what to do on the phone, and the handover the app reads: Google
    /// Authenticator transfer codes or an encrypted Aegis file (the window's export does those), or each
    /// account's own QR code in turn, shown here after the user agrees that nobody else can see the screen.
    class SwapGivePage : public QWizardPage
    {
        Q_OBJECT

    public:
        SwapGivePage(SwapPlan& plan, VaultHolder& holder, QWidget* parent = nullptr);

        [[nodiscard]] QPushButton* handoverButton() const { return m_handover; }
        [[nodiscard]] AccountQrSlideshow* slideshow() const { return m_slideshow; }

        void initializePage() override;
        void cleanupPage() override;

    signals:
        /// Google transfer codes or an Aegis file: the window's export runs it.
        void handoverRequested(tessera::gui::PeerApp::Handover handover);

    private:
        void startHandover();

        SwapPlan& m_plan;
        VaultHolder& m_holder;
        QLabel* m_steps;
        QPushButton* m_handover;
        QLabel* m_warning;
        AccountQrSlideshow* m_slideshow;
    };
}
