#pragma once

#include <QUuid>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTimer;

namespace tessera::gui
{
    class RecoveryChecklist;
    struct RecoveryContext;

    /// Step 4: a new authenticator for the account. Scan the QR code the provider shows (screen, file,
    /// camera), then type code N and N+1 into the provider's form (AWS asks for two consecutive codes:
    /// both are shown side by side with the time left); move the old entry to the trash, store the new
    /// recovery codes, and register a second factor while at it.
    class RecoveryReEnrolPage : public QWizardPage
    {
        Q_OBJECT

    public:
        RecoveryReEnrolPage(RecoveryContext& context, QWidget* parent = nullptr);

        [[nodiscard]] QLabel* codesLabel() const { return m_codes; }
        [[nodiscard]] QPushButton* trashOldButton() const { return m_trashOld; }
        [[nodiscard]] RecoveryChecklist* checklist() const { return m_checklist; }
        [[nodiscard]] QUuid newAccount() const { return m_new; }
        /// The account the provider's new QR code became (the wizard calls this).
        void setNewAccount(const QUuid& id);

        void initializePage() override;
        bool validatePage() override;
        void cleanupPage() override;

    signals:
        void scanScreenRequested();
        void scanFileRequested();
        void scanCameraRequested();
        void editRequested(const QUuid& id);

    private:
        void updateCodes();
        void trashOld();

        RecoveryContext& m_context;
        QUuid m_new;
        QLabel* m_status;
        QLabel* m_codes;
        QPushButton* m_trashOld;
        QPushButton* m_recoveryCodes;
        RecoveryChecklist* m_checklist;
        QLabel* m_error;
        QTimer* m_tick;
    };
}
