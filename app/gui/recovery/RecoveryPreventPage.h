#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace tessera::gui
{
    class RecoveryChecklist;
    struct RecoveryContext;

    /// Step 5: so it does not happen again: a backup now, the recovery kit printed, automatic backups on,
    /// a second factor recorded, and the playbook's own prevention steps.
    class RecoveryPreventPage : public QWizardPage
    {
        Q_OBJECT

    public:
        RecoveryPreventPage(RecoveryContext& context, QWidget* parent = nullptr);

        [[nodiscard]] QPushButton* backupButton() const { return m_backup; }
        [[nodiscard]] QPushButton* kitButton() const { return m_kit; }
        [[nodiscard]] RecoveryChecklist* checklist() const { return m_checklist; }
        [[nodiscard]] QLabel* message() const { return m_message; }
        /// Writes the recovery kit PDF of the account to `path` (owner-only).
        void writeKit(const QString& path);

        void initializePage() override;
        bool validatePage() override;
        void cleanupPage() override;

    signals:
        void backupRequested();
        void editRequested(const QUuid& id);
        void settingsRequested();

    private:
        void printKit();

        RecoveryContext& m_context;
        QPushButton* m_backup;
        QPushButton* m_kit;
        QPushButton* m_secondFactor;
        QPushButton* m_settings;
        RecoveryChecklist* m_checklist;
        QLabel* m_message;
    };
}
