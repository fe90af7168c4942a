#include "AssistantLauncher.h"

#include "CodeVerifier.h"
#include "MainWindow.h"
#include "Vault.h"
#include "app/AppContext.h"
#include "app/DialogLauncher.h"
#include "app/VaultHolder.h"
#include "backup/AutomaticBackupService.h"
#include "backup/RestoreBackupDialog.h"
#include "pages/AccountsPage.h"
#include "pages/WelcomePage.h"
#include "qr/QrIntake.h"
#include "readiness/ReadinessDialog.h"
#include "readiness/ReadinessMonitor.h"
#include "recovery/RecoveryWizard.h"
#include "services/AppSettings.h"
#include "swap/PhoneSwapWizard.h"
#include "widgets/Banner.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDateTime>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace tessera::gui
{
    namespace
    {
        /// Findings that mean "make a backup": the banner's business.
        bool isBackupFinding(const ReadinessAudit::Finding& finding)
        {
            return finding.fix == ReadinessAudit::Fix::MakeBackup;
        }
    }

    AssistantLauncher::AssistantLauncher(
        AppContext& context, VaultHolder& holder, Clipboard& clipboard, MainWindow& window)
        : QObject(&window)
        , m_context(context)
        , m_holder(holder)
        , m_clipboard(clipboard)
        , m_window(window)
        , m_readiness(new ReadinessMonitor(holder, context.clock, this))
        , m_backups(new AutomaticBackupService(holder, context.settings, this))
        , m_swapAction(new QAction(tr("Phone S&wap Assistant…"), this))
        , m_recoveryAction(new QAction(tr("Re&cover an Account…"), this))
        , m_readinessAction(new QAction(tr("Recovery Rea&diness…"), this))
        , m_cannotSignInAction(new QAction(tr("I Can't Sign &In with This Account…"), this))
        , m_badge(new QToolButton(window.accountsPage()))
        , m_backupBanner(new Banner(window.accountsPage()))
    {
        QMenu* menu = window.mainMenu();
        QAction* first = menu->actions().value(0);
        menu->insertAction(first, m_swapAction);
        menu->insertAction(first, m_recoveryAction);
        menu->insertAction(first, m_readinessAction);
        menu->insertSeparator(first);
        window.accountsPage()->addRowAction(m_cannotSignInAction);

        // The welcome page's third way in: recovery does not need a vault.
        auto* lostSeed = new QCommandLinkButton(tr("I &lost a seed"), window.welcomePage());
        lostSeed->setDescription(tr("An authenticator was deleted or stayed on an old phone: Tessera walks you "
                                    "through the provider's recovery, step by step."));
        lostSeed->setAccessibleDescription(lostSeed->description());
        window.welcomePage()->addEntry(lostSeed);
        connect(lostSeed, &QCommandLinkButton::clicked, this, [this] { openRecovery(); });

        m_badge->setAutoRaise(true);
        m_badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_badge->setIcon(window.style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_badge->setAccessibleName(tr("Recovery readiness"));
        m_badge->hide();
        window.accountsPage()->addHeaderButton(m_badge);

        m_backupBanner->hide();
        window.accountsPage()->addBanner(m_backupBanner);
        connect(m_backupBanner->addButton(tr("&Back Up Now…")), &QPushButton::clicked, &window,
            [this] { m_window.dialogs()->openExport(); });
        connect(
            m_backupBanner->addButton(tr("&Details…")), &QPushButton::clicked, this, &AssistantLauncher::openReadiness);

        connect(m_swapAction, &QAction::triggered, this, &AssistantLauncher::openPhoneSwap);
        connect(m_recoveryAction, &QAction::triggered, this, [this] { openRecovery(); });
        connect(m_readinessAction, &QAction::triggered, this, &AssistantLauncher::openReadiness);
        connect(m_badge, &QToolButton::clicked, this, &AssistantLauncher::openReadiness);
        connect(m_cannotSignInAction, &QAction::triggered, this,
            [this] { openRecovery(m_window.accountsPage()->currentId()); });
        connect(m_readiness, &ReadinessMonitor::changed, this, &AssistantLauncher::onReadinessChanged);
        connect(m_backups, &AutomaticBackupService::backupFailed, this, [this](const QString& message) {
            m_window.accountsPage()->showNotice(message);
            m_readiness->refresh();
        });
        connect(m_backups, &AutomaticBackupService::backupWritten, m_readiness, &ReadinessMonitor::refresh);
        connect(&context.settings, &AppSettings::automaticBackupFolderChanged, this,
            [this](const QString& folder) { m_readiness->setAutomaticBackupsEnabled(!folder.isEmpty()); });
        m_readiness->setAutomaticBackupsEnabled(!context.settings.automaticBackupFolder().isEmpty());
        connect(window.dialogs(), &DialogLauncher::accountAdded, this,
            [this](const QUuid& id) { onAccountsArrived({id}); });
        connect(window.dialogs(), &DialogLauncher::accountsImported, this, &AssistantLauncher::onAccountsArrived);
        connect(window.dialogs(), &DialogLauncher::restoreBackupRequested, this, &AssistantLauncher::openRestoreBackup);
        connect(&m_holder, &VaultHolder::locked, this, &AssistantLauncher::closeAll);
        connect(&m_holder, &VaultHolder::unlocked, this, [this] {
            for (QAction* action : {m_swapAction, m_readinessAction}) {
                action->setEnabled(true);
            }
        });
        for (QAction* action : {m_swapAction, m_readinessAction}) {
            action->setEnabled(m_holder.isUnlocked());
        }
    }

    AssistantLauncher::~AssistantLauncher() = default;

    PhoneSwapWizard* AssistantLauncher::phoneSwapWizard() const
    {
        return m_swap;
    }

    RecoveryWizard* AssistantLauncher::recoveryWizard() const
    {
        return m_recovery;
    }

    void AssistantLauncher::flushBackups()
    {
        m_backups->flush();
    }

    void AssistantLauncher::openPhoneSwap()
    {
        if (!m_holder.isUnlocked()) {
            return;
        }
        if (m_swap) {
            m_swap->raise();
            m_swap->activateWindow();
            return;
        }
        m_swap = new PhoneSwapWizard(m_holder, m_context.clock, &m_window);
        m_swap->setAttribute(Qt::WA_DeleteOnClose);
        QrIntake* qr = m_window.qrIntake();
        connect(m_swap, &PhoneSwapWizard::scanScreenRequested, qr, &QrIntake::scanScreen);
        connect(m_swap, &PhoneSwapWizard::scanCameraRequested, qr, &QrIntake::scanCamera);
        connect(m_swap, &PhoneSwapWizard::importFileRequested, m_window.importAction(), &QAction::trigger);
        connect(m_swap, &PhoneSwapWizard::pasteRequested, m_window.pasteAction(), &QAction::trigger);
        // Google transfer codes and Aegis files are both in the export.
        connect(m_swap, &PhoneSwapWizard::handoverRequested, m_window.exportAction(), &QAction::trigger);
        connect(m_swap, &PhoneSwapWizard::backupRequested, m_window.exportAction(), &QAction::trigger);
        m_swap->show();
    }

    void AssistantLauncher::openRecovery(const QUuid& accountId)
    {
        if (m_recovery) {
            m_recovery->raise();
            m_recovery->activateWindow();
            return;
        }
        m_recovery = new RecoveryWizard(m_holder, m_context.clock, m_clipboard, m_context.settings, &m_window);
        m_recovery->setAttribute(Qt::WA_DeleteOnClose);
        QrIntake* qr = m_window.qrIntake();
        connect(m_recovery, &RecoveryWizard::scanScreenRequested, qr, &QrIntake::scanScreen);
        connect(m_recovery, &RecoveryWizard::scanFileRequested, qr, &QrIntake::chooseImageFile);
        connect(m_recovery, &RecoveryWizard::scanCameraRequested, qr, &QrIntake::scanCamera);
        connect(m_recovery, &RecoveryWizard::backupRequested, m_window.exportAction(), &QAction::trigger);
        connect(m_recovery, &RecoveryWizard::editRequested, m_window.dialogs(), &DialogLauncher::openEdit);
        connect(m_recovery, &RecoveryWizard::settingsRequested, m_window.dialogs(), &DialogLauncher::openSettings);
        if (accountId.isNull() && RecoveryWizard::hasSavedProgress(m_context.settings)) {
            const auto answer = QMessageBox::question(&m_window, tr("Continue the Recovery?"),
                tr("A recovery was left unfinished. Continue where you left off?"), QMessageBox::Yes | QMessageBox::No,
                QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                m_recovery->resume();
            } else {
                m_context.settings.setRecoveryProgress(QString());
            }
        } else if (!accountId.isNull()) {
            m_recovery->startWith(accountId);
        }
        m_recovery->show();
    }

    void AssistantLauncher::openReadiness()
    {
        if (!m_holder.isUnlocked()) {
            return;
        }
        if (m_readinessDialog) {
            m_readinessDialog->raise();
            m_readinessDialog->activateWindow();
            return;
        }
        m_readiness->refresh();
        m_readinessDialog = new ReadinessDialog(*m_readiness, &m_window);
        m_readinessDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_readinessDialog, &ReadinessDialog::fixRequested, this, &AssistantLauncher::fix);
        m_readinessDialog->show();
    }

    void AssistantLauncher::openRestoreBackup()
    {
        const QString folder = m_context.settings.automaticBackupFolder();
        if (!m_holder.isUnlocked() || folder.isEmpty()) {
            return;
        }
        auto* dialog = new RestoreBackupDialog(m_holder.vault(), folder, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RestoreBackupDialog::restored, this, [this](const QList<QUuid>& ids) {
            m_window.accountsPage()->showNotice(tr("%n account(s) brought back.", nullptr, int(ids.size())));
            if (!ids.isEmpty()) {
                m_window.accountsPage()->selectAccount(ids.first());
            }
        });
        connect(&m_holder, &VaultHolder::locked, dialog, &QDialog::reject);
        dialog->open();
    }

    void AssistantLauncher::onAccountsArrived(const QList<QUuid>& ids)
    {
        if (m_swap) {
            m_swap->noteAccountsArrived(ids);
        }
        if (m_recovery && !ids.isEmpty()) {
            m_recovery->noteAccountAdded(ids.last());
        }
    }

    void AssistantLauncher::onReadinessChanged()
    {
        const qsizetype critical = m_readiness->count(ReadinessAudit::Severity::Critical);
        m_badge->setVisible(critical > 0);
        m_badge->setText(QString::number(critical));
        m_badge->setToolTip(tr("%n critical finding(s): as things stand, an account could not be recovered. "
                               "Click to see the findings.",
            nullptr, int(critical)));

        qsizetype needBackup = 0;
        bool neverBackedUp = false;
        for (const ReadinessAudit::Finding& finding : m_readiness->findings()) {
            if (isBackupFinding(finding)) {
                ++needBackup;
                neverBackedUp = neverBackedUp || finding.code == QLatin1String("no-backup");
            }
        }
        m_backupBanner->setVisible(needBackup > 0);
        m_backupBanner->setText(neverBackedUp
                ? tr("There is no backup of this vault yet. If this computer fails, "
                     "every account goes with it.")
                : tr("%n account(s) are not in a recent backup.", nullptr, int(needBackup)));
    }

    void AssistantLauncher::fix(ReadinessAudit::Fix fix, const QUuid& accountId)
    {
        DialogLauncher* dialogs = m_window.dialogs();
        switch (fix) {
        case ReadinessAudit::Fix::MakeBackup:
            dialogs->openExport();
            return;
        case ReadinessAudit::Fix::TurnOnAutomaticBackups:
            dialogs->openSettings();
            return;
        case ReadinessAudit::Fix::ConfirmRecoveryKey:
            dialogs->openRecoveryKey();
            return;
        case ReadinessAudit::Fix::VerifyCode:
            verifyCode(accountId);
            return;
        case ReadinessAudit::Fix::AddRecoveryCodes:
        case ReadinessAudit::Fix::RegisterSecondFactor:
        case ReadinessAudit::Fix::AddEmail:
        case ReadinessAudit::Fix::AddPhone:
        case ReadinessAudit::Fix::CorrectPhone:
        case ReadinessAudit::Fix::CheckPhone:
            dialogs->openEdit(accountId);
            return;
        }
    }

    void AssistantLauncher::verifyCode(const QUuid& accountId)
    {
        auto account = m_holder.vault().account(accountId);
        if (!account) {
            return;
        }
        bool ok = false;
        const QString typed = QInputDialog::getText(
            m_readinessDialog ? static_cast<QWidget*>(m_readinessDialog) : static_cast<QWidget*>(&m_window),
            tr("Check a Code"),
            tr("Type the code the provider accepted just now, or the one another device shows for %1:")
                .arg(account->displayName()),
            QLineEdit::Normal, QString(), &ok);
        if (!ok || typed.isEmpty()) {
            return;
        }
        if (!CodeVerifier::match(account->parameters, typed, m_context.clock.nowSeconds())) {
            QMessageBox::warning(&m_window, tr("Different Code"),
                tr("That is not the code Tessera has for %1 now. If the provider accepts the other device's code, "
                   "re-sync the account from the recovery wizard (Recover an Account).")
                    .arg(account->displayName()));
            return;
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMilliseconds(), Qt::UTC);
        if (auto saved = m_holder.vault().modify(accountId, [&now](Account& changed) { changed.lastVerifiedAt = now; });
            !saved) {
            m_window.accountsPage()->showNotice(saved.error().message());
        }
    }

    void AssistantLauncher::closeAll()
    {
        // Nothing that shows account data stays open while locked. The recovery keeps its progress.
        for (QWidget* open : {static_cast<QWidget*>(m_swap), static_cast<QWidget*>(m_recovery),
                 static_cast<QWidget*>(m_readinessDialog)}) {
            if (open != nullptr) {
                open->close();
            }
        }
        for (QAction* action : {m_swapAction, m_readinessAction}) {
            action->setEnabled(false);
        }
    }
}
