#pragma once

#include "RecoveryContext.h"

#include <QUuid>
#include <QWizard>

namespace tessera::gui
{
    class AppSettings;
    class RecoveryAccountPage;
    class RecoveryFactorsPage;
    class RecoveryPreventPage;
    class RecoveryReEnrolPage;
    class RecoveryTroubleshootPage;

    /// "I lost a seed": the recovery assistant, one page per stage of RecoveryFlow (which account,
    /// troubleshoot, the provider's alternative factors, a new authenticator, prevention). Progress is
    /// saved after every step, so closing it while the provider makes you wait is fine: opening it again
    /// offers to continue. Scanning, exporting and editing accounts are the main window's, asked for
    /// through signals.
    class RecoveryWizard : public QWizard
    {
        Q_OBJECT

    public:
        enum PageId
        {
            AccountPage,
            TroubleshootPage,
            FactorsPage,
            ReEnrolPage,
            PreventPage,
        };

        RecoveryWizard(
            VaultHolder& holder, Clock& clock, Clipboard& clipboard, AppSettings& settings, QWidget* parent = nullptr);
        ~RecoveryWizard() override;

        /// Starts on this account ("I can't sign in with this account").
        void startWith(const QUuid& accountId);
        /// Continues saved progress; false (and a fresh start) when there is none or it no longer fits.
        bool resume();
        [[nodiscard]] static bool hasSavedProgress(const AppSettings& settings);

        [[nodiscard]] const RecoveryFlow& flow() const { return m_context.flow; }
        [[nodiscard]] RecoveryAccountPage* accountPage() const { return m_account; }
        [[nodiscard]] RecoveryTroubleshootPage* troubleshootPage() const { return m_troubleshoot; }
        [[nodiscard]] RecoveryFactorsPage* factorsPage() const { return m_factors; }
        [[nodiscard]] RecoveryReEnrolPage* reEnrolPage() const { return m_reEnrol; }
        [[nodiscard]] RecoveryPreventPage* preventPage() const { return m_prevent; }

        [[nodiscard]] int nextId() const override;

        /// An account was added while the wizard is open: on the re-enrol step, it is the new authenticator.
        void noteAccountAdded(const QUuid& id);

    signals:
        void scanScreenRequested();
        void scanFileRequested();
        void scanCameraRequested();
        void backupRequested();
        void editRequested(const QUuid& id);
        void settingsRequested();

    protected:
        void done(int result) override;

    private:
        void save();
        [[nodiscard]] static int pageFor(RecoveryFlow::Stage stage);

        AppSettings& m_settings;
        RecoveryContext m_context;
        RecoveryAccountPage* m_account;
        RecoveryTroubleshootPage* m_troubleshoot;
        RecoveryFactorsPage* m_factors;
        RecoveryReEnrolPage* m_reEnrol;
        RecoveryPreventPage* m_prevent;
        bool m_closing = false;
    };
}
