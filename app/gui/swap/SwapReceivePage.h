#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace tessera::gui
{
    struct SwapPlan;
    class VaultHolder;

    /// Step 3, old phone → Tessera, for apps that export: what to do on the phone, and the ways to take
    /// its export in (camera, screen, file, clipboard). The accounts that arrive are listed as they come;
    /// the page is complete once at least one has.
    class SwapReceivePage : public QWizardPage
    {
        Q_OBJECT

    public:
        SwapReceivePage(SwapPlan& plan, VaultHolder& holder, QWidget* parent = nullptr);

        [[nodiscard]] QListWidget* receivedList() const { return m_received; }
        [[nodiscard]] QPushButton* fileButton() const { return m_file; }

        void initializePage() override;
        [[nodiscard]] bool isComplete() const override;
        /// Lists the accounts received so far (the wizard calls it when more arrive).
        void refresh();

    signals:
        void scanCameraRequested();
        void scanScreenRequested();
        void importFileRequested();
        void pasteRequested();

    private:
        SwapPlan& m_plan;
        VaultHolder& m_holder;
        QLabel* m_steps;
        QPushButton* m_camera;
        QPushButton* m_screen;
        QPushButton* m_file;
        QPushButton* m_paste;
        QLabel* m_count;
        QListWidget* m_received;
    };
}
