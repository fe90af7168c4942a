#include "MainWindow.h"

#include "VaultFile.h"
#include "app/AppContext.h"
#include "app/DialogLauncher.h"
#include "app/Icons.h"
#include "app/VaultHolder.h"
#include "pages/AccountsPage.h"
#include "pages/CreateVaultPage.h"
#include "pages/RecoveryKeyPage.h"
#include "pages/TrashPage.h"
#include "pages/UnlockPage.h"
#include "pages/WelcomePage.h"
#include "qr/ImageQrReader.h"
#include "qr/QrIntake.h"
#include "services/AppSettings.h"
#include "transfer/ImportFileReader.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>

#include <algorithm>

namespace tessera::gui
{
    MainWindow::MainWindow(AppContext& context,
        VaultHolder& holder,
        AccountListModel& model,
        TrashListModel& trash,
        CodeCopier& copier,
        Clipboard& clipboard,
        InactivityTimer& inactivity,
        QWidget* parent)
        : QMainWindow(parent)
        , m_context(context)
        , m_holder(holder)
        , m_clipboard(clipboard)
        , m_pages(new QStackedWidget(this))
        , m_welcome(new WelcomePage(m_pages))
        , m_create(new CreateVaultPage(holder, context.kdfParameters, m_pages))
        , m_recoveryKey(new RecoveryKeyPage(clipboard, m_pages))
        , m_unlock(new UnlockPage(holder, context.kdfParameters, m_pages))
        , m_accounts(new AccountsPage(holder, model, copier, inactivity, context.time, context.clock, m_pages))
        , m_trash(new TrashPage(holder, trash, m_pages))
        , m_dialogs(new DialogLauncher(holder, context.settings, clipboard, context.clock, context.kdfParameters, this))
        , m_addMenu(new QMenu(this))
        , m_mainMenu(new QMenu(this))
        , m_qr(new QrIntake(this, this))
        , m_importer(new ImportFileReader(this, this))
    {
        setWindowTitle(tr("Tessera"));
        setWindowIcon(Icons::application());
        for (QWidget* page :
            {static_cast<QWidget*>(m_welcome), static_cast<QWidget*>(m_create), static_cast<QWidget*>(m_recoveryKey),
                static_cast<QWidget*>(m_unlock), static_cast<QWidget*>(m_accounts), static_cast<QWidget*>(m_trash)}) {
            m_pages->addWidget(page);
        }
        setCentralWidget(m_pages);
        createActions();

        connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::showCreateVault);
        connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openVaultFile);
        connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::startFromFile);
        connect(m_create, &CreateVaultPage::backRequested, this, &MainWindow::showWelcome);
        connect(m_create, &CreateVaultPage::created, this, [this] {
            m_context.settings.setLastVaultPath(m_holder.path());
            auto key = m_create->takeRecoveryKey();
            if (!key) {
                showAccounts();
                openPendingImport();
                return;
            }
            m_recoveryKey->setRecoveryKey(*key, m_holder.path());
            setPage(m_recoveryKey);
        });
        connect(m_recoveryKey, &RecoveryKeyPage::finished, this, [this] {
            m_recoveryKey->clear();
            showAccounts();
            openPendingImport();
        });
        connect(m_unlock, &UnlockPage::unlocked, this, &MainWindow::showAccounts);
        connect(m_accounts, &AccountsPage::addRequested, m_addAction, &QAction::trigger);
        connect(m_accounts, &AccountsPage::editRequested, m_dialogs, &DialogLauncher::openEdit);
        connect(m_accounts, &AccountsPage::showQrRequested, m_dialogs, &DialogLauncher::openShowQr);
        connect(m_trash, &TrashPage::backRequested, this, [this] { showAccounts(); });
        connect(m_trash, &TrashPage::restored, m_accounts, &AccountsPage::selectAccount);
        connect(m_dialogs, &DialogLauncher::accountAdded, m_accounts, &AccountsPage::selectAccount);
        connect(m_dialogs, &DialogLauncher::accountsImported, this, [this](const QList<QUuid>& ids) {
            if (!ids.isEmpty()) {
                m_accounts->selectAccount(ids.first());
            }
            m_accounts->showNotice(
                ids.size() == 1 ? tr("1 account imported.") : tr("%1 accounts imported.").arg(ids.size()));
        });
        connect(m_qr, &QrIntake::addAccountRequested, this, &MainWindow::addFromQr);
        connect(m_qr, &QrIntake::importRequested, this, &MainWindow::importFromQr);
        connect(m_qr, &QrIntake::notAuthenticatorCode, this, &MainWindow::showNotAuthenticatorCode);
        connect(m_qr, &QrIntake::problem, this, [this](const QString& message) {
            present();
            QMessageBox::information(this, tr("No Account Added"), message);
        });
        connect(m_importer, &ImportFileReader::finished, this, &MainWindow::onImportRead);
        connect(m_importer, &ImportFileReader::failed, this, &MainWindow::onImportFailed);
        connect(m_dialogs, &DialogLauncher::exported, this,
            [this](const QString&, const QString& summary) { m_accounts->showNotice(summary); });
        // Ctrl+V in the search field pastes text as usual, unless the clipboard holds a QR image or a link.
        m_accounts->searchField()->installEventFilter(this);
        setAcceptDrops(true);
        connect(m_dialogs, &DialogLauncher::passwordChanged, this,
            [this] { m_accounts->showNotice(tr("The password was changed.")); });
        connect(m_dialogs, &DialogLauncher::recoveryKeyRegenerated, this,
            [this] { m_accounts->showNotice(tr("The vault has a new recovery key; the old one no longer works.")); });
        connect(&m_holder, &VaultHolder::unlocked, this, &MainWindow::onVaultUnlocked);
        connect(&m_holder, &VaultHolder::locked, this, &MainWindow::onVaultLocked);
        connect(&m_context.settings, &AppSettings::sortModeChanged, m_accounts, &AccountsPage::setSortMode);
        m_accounts->setSortMode(m_context.settings.sortMode());

        const QByteArray geometry = m_context.settings.windowGeometry();
        if (geometry.isEmpty() || !restoreGeometry(geometry)) {
            resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 42);
        }
        showStartPage();
    }

    MainWindow::~MainWindow() = default;

    void MainWindow::createActions()
    {
        m_addAction = new QAction(Icons::get(Icons::Name::Add), tr("&Add Account…"), this);
        m_addAction->setShortcut(QKeySequence::New);
        m_addAction->setToolTip(tr("Add an account (Ctrl+N)"));
        m_scanScreenAction = new QAction(tr("Scan QR Code on &Screen"), this);
        m_scanScreenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        m_scanRegionAction = new QAction(tr("Scan QR Code in a Screen &Region…"), this);
        m_scanRegionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        m_scanFileAction = new QAction(tr("Read QR Code from &Image File…"), this);
        m_scanFileAction->setShortcut(QKeySequence::Open);
        m_scanCameraAction = new QAction(tr("Scan QR Code with &Camera…"), this);
        m_scanCameraAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        m_pasteAction = new QAction(tr("&Paste QR Code Image or Link"), this);
        m_pasteAction->setShortcut(QKeySequence::Paste);
        m_findAction = new QAction(Icons::get(Icons::Name::Search), tr("&Find"), this);
        m_findAction->setShortcut(QKeySequence::Find);
        m_lockAction = new QAction(Icons::get(Icons::Name::Lock), tr("&Lock"), this);
        m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        m_quitAction = new QAction(tr("&Quit"), this);
        m_quitAction->setShortcut(QKeySequence::Quit);
        m_quitAction->setMenuRole(QAction::QuitRole);
        m_trashAction = new QAction(Icons::get(Icons::Name::Trash), tr("&Trash"), this);
        m_settingsAction = new QAction(tr("&Settings…"), this);
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        m_settingsAction->setMenuRole(QAction::PreferencesRole);
        m_changePasswordAction = new QAction(tr("Change &Password…"), this);
        m_recoveryKeyAction = new QAction(tr("&Recovery Key…"), this);
        m_importAction = new QAction(tr("&Import from File…"), this);
        m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        m_importAction->setToolTip(tr("Import accounts from a backup or another app's export (Ctrl+I)"));
        m_exportAction = new QAction(tr("&Export…"), this);
        m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        m_exportAction->setToolTip(tr("Export the accounts: a backup, another app's format, a printout "
                                      "(Ctrl+Shift+E)"));

        m_addMenu->addAction(m_addAction);
        m_addMenu->addSeparator();
        m_addMenu->addAction(m_scanScreenAction);
        m_addMenu->addAction(m_scanRegionAction);
        m_addMenu->addAction(m_scanFileAction);
        m_addMenu->addAction(m_scanCameraAction);
        m_addMenu->addAction(m_pasteAction);
        m_mainMenu->addAction(m_trashAction);
        m_mainMenu->addSeparator();
        m_mainMenu->addAction(m_importAction);
        m_mainMenu->addAction(m_exportAction);
        m_mainMenu->addSeparator();
        m_mainMenu->addAction(m_settingsAction);
        m_mainMenu->addAction(m_changePasswordAction);
        m_mainMenu->addAction(m_recoveryKeyAction);
        m_mainMenu->addSeparator();
        m_mainMenu->addAction(m_lockAction);
        m_mainMenu->addAction(m_quitAction);
        m_accounts->setAddActions(m_addAction, m_addMenu);
        m_accounts->setMainMenu(m_mainMenu);

        // Window-wide shortcuts: the actions belong to the window, whatever page has the focus.
        for (QAction* action : {m_addAction, m_findAction, m_lockAction, m_quitAction, m_settingsAction,
                 m_scanScreenAction, m_scanRegionAction, m_scanFileAction, m_scanCameraAction, m_pasteAction,
                 m_importAction, m_exportAction}) {
            QWidget::addAction(action);
        }

        connect(m_addAction, &QAction::triggered, this, [this] { m_dialogs->openAdd(); });
        connect(m_scanScreenAction, &QAction::triggered, m_qr, &QrIntake::scanScreen);
        connect(m_scanRegionAction, &QAction::triggered, m_qr, &QrIntake::scanRegion);
        connect(m_scanFileAction, &QAction::triggered, m_qr, &QrIntake::chooseImageFile);
        connect(m_scanCameraAction, &QAction::triggered, m_qr, &QrIntake::scanCamera);
        connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
        connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);
        connect(m_exportAction, &QAction::triggered, m_dialogs, &DialogLauncher::openExport);
        connect(m_findAction, &QAction::triggered, m_accounts, &AccountsPage::focusSearch);
        connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);
        connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested);
        connect(m_trashAction, &QAction::triggered, this, &MainWindow::showTrash);
        connect(m_settingsAction, &QAction::triggered, m_dialogs, &DialogLauncher::openSettings);
        connect(m_changePasswordAction, &QAction::triggered, m_dialogs, &DialogLauncher::openChangePassword);
        connect(m_recoveryKeyAction, &QAction::triggered, m_dialogs, &DialogLauncher::openRecoveryKey);
    }

    void MainWindow::showStartPage()
    {
        if (!m_holder.exists() && !m_holder.isUnlocked()) {
            showWelcome();
        } else if (m_holder.isUnlocked()) {
            showAccounts();
        } else {
            showUnlock();
        }
    }

    void MainWindow::showWelcome()
    {
        m_pendingImport.reset();
        m_welcome->setVaultPath(m_holder.path());
        setPage(m_welcome);
    }

    void MainWindow::showCreateVault()
    {
        m_pendingImport.reset();
        m_create->reset();
        setPage(m_create);
    }

    void MainWindow::showUnlock(const QString& reason)
    {
        m_recoveryKey->clear();
        m_accounts->reset();
        if (!m_unlock->isBusy()) {
            m_unlock->reset();
        }
        m_unlock->setReason(reason);
        setPage(m_unlock);
    }

    void MainWindow::showAccounts(const QString& notice)
    {
        if (!m_holder.isUnlocked()) {
            showStartPage();
            return;
        }
        setPage(m_accounts);
        m_accounts->focusSearch();
        if (!notice.isEmpty()) {
            m_accounts->showNotice(notice);
        }
        emit accountsShown();
    }

    void MainWindow::showTrash()
    {
        if (m_holder.isUnlocked()) {
            setPage(m_trash);
        }
    }

    void MainWindow::setCloseToTray(bool closeToTray)
    {
        m_closeToTray = closeToTray;
    }

    void MainWindow::present(const QString& activationToken)
    {
        if (!activationToken.isEmpty()) {
            // Wayland (xdg-activation) and X11 startup notification read the token from here.
            qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
        }
        if (isMinimized()) {
            showNormal();
        }
        show();
        raise();
        activateWindow();
    }

    bool MainWindow::isOnScreen() const
    {
        return isVisible() && !isMinimized();
    }

    QWidget* MainWindow::currentPage() const
    {
        return m_pages->currentWidget();
    }

    void MainWindow::closeEvent(QCloseEvent* event)
    {
        storeGeometry();
        if (m_closeToTray) {
            event->ignore();
            hide();
            return;
        }
        event->accept();
        emit quitRequested();
    }

    void MainWindow::showEvent(QShowEvent* event)
    {
        QMainWindow::showEvent(event);
        updateActivity();
    }

    void MainWindow::hideEvent(QHideEvent* event)
    {
        QMainWindow::hideEvent(event);
        updateActivity();
    }

    void MainWindow::changeEvent(QEvent* event)
    {
        QMainWindow::changeEvent(event);
        if (event->type() == QEvent::WindowStateChange) {
            updateActivity();
        }
    }

    void MainWindow::setPage(QWidget* page)
    {
        m_pages->setCurrentWidget(page);
        updateActions();
        updateActivity();
    }

    void MainWindow::updateActions()
    {
        const bool unlocked = m_holder.isUnlocked();
        const bool onAccounts = m_pages->currentWidget() == m_accounts;
        m_addAction->setEnabled(unlocked && onAccounts);
        for (QAction* action : {m_pasteAction, m_scanScreenAction, m_scanRegionAction, m_scanFileAction,
                 m_scanCameraAction, m_importAction, m_exportAction}) {
            action->setEnabled(unlocked && onAccounts);
        }
        m_findAction->setEnabled(unlocked && onAccounts);
        m_lockAction->setEnabled(unlocked);
        m_trashAction->setEnabled(unlocked);
        m_settingsAction->setEnabled(true);
        m_changePasswordAction->setEnabled(unlocked);
        m_recoveryKeyAction->setEnabled(unlocked);
    }

    void MainWindow::updateActivity()
    {
        const bool onScreen = isOnScreen();
        m_accounts->setActive(onScreen && m_holder.isUnlocked() && m_pages->currentWidget() == m_accounts);
        if (onScreen != m_onScreen) {
            m_onScreen = onScreen;
            emit onScreenChanged(onScreen);
        }
    }

    void MainWindow::openVaultFile(const QString& path)
    {
        if (auto probed = VaultFile::probe(path); !probed) {
            QMessageBox::warning(this, tr("Cannot Open This File"), probed.error().message());
            return;
        }
        m_holder.setPath(path);
        m_context.settings.setLastVaultPath(m_holder.path());
        showUnlock();
    }

    bool MainWindow::acceptsCodes() const
    {
        return m_holder.isUnlocked() && m_pages->currentWidget() == m_accounts;
    }

    void MainWindow::pasteFromClipboard()
    {
        if (!acceptsCodes()) {
            return;
        }
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        if (!QrIntake::canRead(mime)) {
            m_accounts->showNotice(tr("The clipboard holds no QR code image and no otpauth:// link."));
            return;
        }
        m_qr->readMimeData(mime);
    }

    void MainWindow::addFromMimeData(const QMimeData* mime)
    {
        if (const QString file = ImportFileReader::importableFile(mime); !file.isEmpty()) {
            if (acceptsCodes()) {
                importFile(file);
            } else if (m_pages->currentWidget() == m_welcome) {
                startFromFile(file);
            }
            return;
        }
        if (acceptsCodes()) {
            m_qr->readMimeData(mime);
        }
    }

    bool MainWindow::acceptsDrop(const QMimeData* mime) const
    {
        if (acceptsCodes()) {
            return QrIntake::canRead(mime);
        }
        return m_pages->currentWidget() == m_welcome && !ImportFileReader::importableFile(mime).isEmpty();
    }

    void MainWindow::chooseImportFile()
    {
        if (!acceptsCodes() || m_dialogs->current() != nullptr) {
            return;
        }
        const QString path = ImportFileReader::chooseFile(this);
        if (!path.isEmpty()) {
            importFile(path);
        }
    }

    void MainWindow::importFile(const QString& path)
    {
        if (!acceptsCodes()) {
            return;
        }
        m_importForNewVault = false;
        m_importer->read(path);
    }

    void MainWindow::startFromFile(const QString& path)
    {
        if (m_pages->currentWidget() != m_welcome) {
            return;
        }
        m_importForNewVault = true;
        m_importer->read(path);
    }

    void MainWindow::onImportRead(const ImportResult& result, const QString& source)
    {
        present();
        if (!m_importForNewVault) {
            m_dialogs->openImportReview(result, source);
            return;
        }
        if (m_pages->currentWidget() != m_welcome) {
            return; // the user went elsewhere while the file was read
        }
        showCreateVault();
        m_pendingImport = PendingImport{result, source};
        const qsizetype found = result.accounts.size();
        m_create->setFollowUp(found == 1
                ? tr("Then the account found in “%1” is imported.").arg(source)
                : tr("Then the %1 accounts found in “%2” are imported; you choose which.").arg(found).arg(source));
    }

    void MainWindow::onImportFailed(const QString& message)
    {
        present();
        QMessageBox box(QMessageBox::Warning, tr("Cannot Import This File"), message, QMessageBox::Ok, this);
        box.setInformativeText(
            m_importForNewVault ? tr("No vault was created.") : tr("Nothing was added to the vault."));
        box.exec();
    }

    void MainWindow::openPendingImport()
    {
        if (!m_pendingImport) {
            return;
        }
        const PendingImport pending = std::move(*m_pendingImport);
        m_pendingImport.reset();
        // After the page has settled, so the review opens over the account list.
        QMetaObject::invokeMethod(
            this, [this, pending] { m_dialogs->openImportReview(pending.result, pending.source); },
            Qt::QueuedConnection);
    }

    void MainWindow::onVaultLocked()
    {
        // Decrypted accounts never outlive the lock: a waiting import is dropped with them.
        m_pendingImport.reset();
        if (!m_importForNewVault) {
            m_importer->cancel();
        }
        updateActions();
    }

    void MainWindow::addFromQr(const OtpUri& uri, const QString& sourceFile)
    {
        m_pendingAdds.append({uri.toString(), sourceFile});
        if (m_pendingAdds.size() == 1) {
            openNextQrAdd();
        }
    }

    void MainWindow::openNextQrAdd()
    {
        if (m_pendingAdds.isEmpty()) {
            return;
        }
        present();
        const PendingAdd next = m_pendingAdds.first();
        QDialog* dialog = m_dialogs->openAdd(next.uri);
        if (dialog == nullptr) {
            m_pendingAdds.clear();
            return;
        }
        connect(dialog, &QDialog::finished, this, [this, next](int result) {
            if (!m_pendingAdds.isEmpty()) {
                m_pendingAdds.removeFirst();
            }
            // A screenshot of a QR code is a copy of the secret: offer to delete it once the account is in
            // the vault (and only after the last account read from it).
            const bool lastFromFile = std::none_of(m_pendingAdds.cbegin(), m_pendingAdds.cend(),
                [&next](const PendingAdd& pending) { return pending.sourceFile == next.sourceFile; });
            if (result == QDialog::Accepted && !next.sourceFile.isEmpty() && lastFromFile) {
                if (auto deleted = ImageQrReader::offerToDeleteFile(this, next.sourceFile); !deleted) {
                    m_accounts->showNotice(deleted.error().message());
                } else if (*deleted) {
                    m_accounts->showNotice(tr("The image file was deleted."));
                }
            }
            // Let the dialog close before the next one opens.
            QMetaObject::invokeMethod(this, &MainWindow::openNextQrAdd, Qt::QueuedConnection);
        });
    }

    void MainWindow::importFromQr(const ImportResult& incoming, const QString& source)
    {
        present();
        m_dialogs->openImportReview(incoming, source);
    }

    void MainWindow::showNotAuthenticatorCode(const QString& text, const QString& message)
    {
        present();
        QMessageBox box(QMessageBox::Information, tr("Not an Authenticator Code"), message, QMessageBox::Ok, this);
        box.setDetailedText(text);
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
        box.exec();
    }

    void MainWindow::dragEnterEvent(QDragEnterEvent* event)
    {
        if (acceptsDrop(event->mimeData())) {
            event->acceptProposedAction();
        }
    }

    void MainWindow::dragMoveEvent(QDragMoveEvent* event)
    {
        if (acceptsDrop(event->mimeData())) {
            event->acceptProposedAction();
        }
    }

    void MainWindow::dropEvent(QDropEvent* event)
    {
        if (!acceptsDrop(event->mimeData())) {
            return;
        }
        event->acceptProposedAction();
        // Read after the drop returns: a file manager waits for the drop to finish.
        auto* copy = new QMimeData;
        for (const QString& format : event->mimeData()->formats()) {
            copy->setData(format, event->mimeData()->data(format));
        }
        if (event->mimeData()->hasImage()) {
            copy->setImageData(event->mimeData()->imageData());
        }
        QMetaObject::invokeMethod(
            this,
            [this, copy] {
                addFromMimeData(copy);
                delete copy;
            },
            Qt::QueuedConnection);
    }

    bool MainWindow::eventFilter(QObject* watched, QEvent* event)
    {
        if (watched == m_accounts->searchField() && event->type() == QEvent::ShortcutOverride) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Paste) && acceptsCodes()
                && QrIntake::canRead(QGuiApplication::clipboard()->mimeData())) {
                // Not accepted: the window's paste action runs instead of the field's own paste.
                event->ignore();
                return true;
            }
        }
        return QMainWindow::eventFilter(watched, event);
    }

    void MainWindow::onVaultUnlocked()
    {
        updateActions();
        // Unlocked elsewhere (the quick search): leave the unlock page. The unlock page's own
        // unlocking is still busy here and moves on by itself once it is done.
        if (m_pages->currentWidget() == m_unlock && !m_unlock->isBusy()) {
            showAccounts();
        }
    }

    void MainWindow::storeGeometry()
    {
        m_context.settings.setWindowGeometry(QMainWindow::saveGeometry());
    }
}
