#pragma once

#include "ReadinessAudit.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

class QAction;
class QToolButton;

namespace tessera::gui
{
    struct AppContext;
    class AutomaticBackupService;
    class Banner;
    class Clipboard;
    class MainWindow;
    class PhoneSwapWizard;
    class ReadinessDialog;
    class ReadinessMonitor;
    class RecoveryWizard;
    class VaultHolder;

    /// The guides around the account list: the phone-swap and recovery assistants, the readiness view
    /// with its badge, the backup reminder banner, and automatic backups. It adds their entries to the
    /// main window (main menu, row menu, header, banner) and connects what they ask for (scans,
    /// imports, exports, edits) to the window's own actions, so MainWindow stays a stack of pages.
    class AssistantLauncher : public QObject
    {
        Q_OBJECT

    public:
        AssistantLauncher(AppContext& context, VaultHolder& holder, Clipboard& clipboard, MainWindow& window);
        ~AssistantLauncher() override;

        void openPhoneSwap();
        /// Offers to continue saved progress; `accountId` (optional) starts on that account.
        void openRecovery(const QUuid& accountId = QUuid());
        void openReadiness();
        void openRestoreBackup();

        [[nodiscard]] QAction* phoneSwapAction() const { return m_swapAction; }
        [[nodiscard]] QAction* recoveryAction() const { return m_recoveryAction; }
        [[nodiscard]] QAction* readinessAction() const { return m_readinessAction; }
        [[nodiscard]] QAction* cannotSignInAction() const { return m_cannotSignInAction; }
        [[nodiscard]] QToolButton* readinessBadge() const { return m_badge; }
        [[nodiscard]] Banner* backupBanner() const { return m_backupBanner; }
        [[nodiscard]] ReadinessMonitor* readiness() const { return m_readiness; }
        [[nodiscard]] AutomaticBackupService* automaticBackups() const { return m_backups; }
        [[nodiscard]] PhoneSwapWizard* phoneSwapWizard() const;
        [[nodiscard]] RecoveryWizard* recoveryWizard() const;

        /// Writes a pending automatic backup (before quitting).
        void flushBackups();

    private:
        void onAccountsArrived(const QList<QUuid>& ids);
        void onReadinessChanged();
        void fix(ReadinessAudit::Fix fix, const QUuid& accountId);
        void verifyCode(const QUuid& accountId);
        void closeAll();

        AppContext& m_context;
        VaultHolder& m_holder;
        Clipboard& m_clipboard;
        MainWindow& m_window;
        ReadinessMonitor* m_readiness;
        AutomaticBackupService* m_backups;
        QAction* m_swapAction;
        QAction* m_recoveryAction;
        QAction* m_readinessAction;
        QAction* m_cannotSignInAction;
        QToolButton* m_badge;
        Banner* m_backupBanner;
        QPointer<PhoneSwapWizard> m_swap;
        QPointer<RecoveryWizard> m_recovery;
        QPointer<ReadinessDialog> m_readinessDialog;
    };
}
