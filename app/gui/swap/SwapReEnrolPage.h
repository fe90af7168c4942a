#pragma once

#include "PlaybookMatcher.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tessera::gui
{
    struct SwapPlan;
    class VaultHolder;

    /// Step 3, old phone → Tessera, for apps that cannot export (Microsoft Authenticator, Authy): a
    /// checklist of the accounts on the phone, each to be enrolled again with its provider. The user lists
    /// them; each is ticked off by itself when an account of that provider arrives in Tessera (or by hand),
    /// and the provider's help page is linked where Tessera knows it.
    class SwapReEnrolPage : public QWizardPage
    {
        Q_OBJECT

    public:
        SwapReEnrolPage(SwapPlan& plan, VaultHolder& holder, QWidget* parent = nullptr);

        [[nodiscard]] QLineEdit* nameField() const { return m_name; }
        [[nodiscard]] QPushButton* addButton() const { return m_add; }
        [[nodiscard]] QTreeWidget* checklist() const { return m_list; }

        void initializePage() override;
        [[nodiscard]] bool isComplete() const override;
        /// Adds an account of the phone to the checklist.
        void addEntry(const QString& name);
        /// Ticks off the entries whose provider arrived (the wizard calls it when accounts arrive).
        void refresh();

    signals:
        void scanScreenRequested();
        void scanCameraRequested();

    private:
        void showHelp();

        SwapPlan& m_plan;
        VaultHolder& m_holder;
        PlaybookMatcher m_playbooks;
        QLabel* m_steps;
        QLineEdit* m_name;
        QPushButton* m_add;
        QTreeWidget* m_list;
        QLabel* m_help;
        QPushButton* m_screen;
        QPushButton* m_camera;
    };
}
