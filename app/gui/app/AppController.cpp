#include "AppController.h"

#include "MainWindow.h"
#include "VaultFile.h"
#include "app/AssistantLauncher.h"
#include "app/CodeCopier.h"
#include "app/CommandLine.h"
#include "app/DialogLauncher.h"
#include "app/VaultHolder.h"
#include "app/VaultWatcher.h"
#include "model/AccountListModel.h"
#include "model/TrashListModel.h"
#include "pages/AccountsPage.h"
#include "pages/UnlockPage.h"
#include "quicksearch/QuickSearchPopup.h"
#include "services/AppSettings.h"
#include "services/Clipboard.h"
#include "services/InactivityTimer.h"
#include "services/ScreenLockListener.h"
#include "services/SingleInstance.h"
#include "services/TrayIcon.h"

#include <QApplication>

namespace tessera::gui
{
    namespace
    {
        QString resolveVaultPath(const AppContext& context)
        {
            if (!context.vaultPath.isEmpty()) {
                return context.vaultPath;
            }
            const QString last = context.settings.lastVaultPath();
            if (!last.isEmpty() && VaultFile::exists(last)) {
                return last;
            }
            return VaultFile::defaultPath();
        }
    }

    AppController::AppController(AppContext context, QObject* parent)
        : QObject(parent)
        , m_context(std::move(context))
        , m_holder(new VaultHolder(resolveVaultPath(m_context), m_context.vaultOptions, this))
        , m_clipboard(new Clipboard(m_context.time, this))
        , m_inactivity(new InactivityTimer(m_context.time, this))
        , m_model(new AccountListModel(*m_holder, m_context.clock, m_context.time, this))
        , m_trash(new TrashListModel(*m_holder, this))
        , m_copier(new CodeCopier(*m_holder, *m_model, *m_clipboard, m_context.clock, this))
        , m_watcher(new VaultWatcher(*m_holder, this))
    {
        if (m_context.desktopIntegration) {
            m_tray = new TrayIcon(this);
            m_screenLock = new ScreenLockListener(this);
            connect(m_tray, &TrayIcon::showRequested, this, [this] { m_window->present(); });
            connect(m_tray, &TrayIcon::quickSearchRequested, this, &AppController::showQuickSearch);
            connect(m_tray, &TrayIcon::lockRequested, this, [this] { lock(LockReason::User); });
            connect(m_tray, &TrayIcon::quitRequested, this, &AppController::quit);
            const auto onScreenLock = [this](LockReason reason) {
                if (m_context.settings.lockOnScreenLock()) {
                    lock(reason);
                }
            };
            connect(m_screenLock, &ScreenLockListener::screenLocked, this,
                [onScreenLock] { onScreenLock(LockReason::ScreenLocked); });
            connect(m_screenLock, &ScreenLockListener::aboutToSleep, this,
                [onScreenLock] { onScreenLock(LockReason::Sleep); });
        }

        m_window = std::make_unique<MainWindow>(
            m_context, *m_holder, *m_model, *m_trash, *m_copier, *m_clipboard, *m_inactivity);
        m_quickSearch = std::make_unique<QuickSearchPopup>(*m_holder, *m_model, *m_copier);
        m_assistants = new AssistantLauncher(m_context, *m_holder, *m_clipboard, *m_window);

        connect(m_holder, &VaultHolder::unlocked, this, &AppController::onUnlocked);
        connect(m_holder, &VaultHolder::locked, this, &AppController::onLocked);
        connect(m_inactivity, &InactivityTimer::inactivityDetected, this, [this] { lock(LockReason::Idle); });
        connect(m_window.get(), &MainWindow::lockRequested, this, [this] { lock(LockReason::User); });
        connect(m_window.get(), &MainWindow::quitRequested, this, &AppController::quit);
        connect(m_window.get(), &MainWindow::onScreenChanged, this, [this](bool onScreen) {
            if (onScreen) {
                m_watcher->refresh(); // changes made while the window was away
            }
            updateActivity();
        });
        connect(m_window.get(), &MainWindow::accountsShown, this, &AppController::onAccountsShown);
        connect(m_quickSearch.get(), &QuickSearchPopup::visibilityChanged, this, [this](bool visible) {
            if (visible) {
                m_watcher->refresh();
            }
            updateActivity();
        });
        connect(m_watcher, &VaultWatcher::refreshFailed, this,
            [this](const tessera::Error& error) { m_window->accountsPage()->showNotice(error.message()); });

        AppSettings& settings = m_context.settings;
        connect(&settings, &AppSettings::clipboardTimeoutChanged, m_clipboard, &Clipboard::setClearTimeout);
        connect(&settings, &AppSettings::autoLockTimeoutChanged, m_inactivity,
            [this](std::chrono::minutes timeout) { m_inactivity->setTimeout(timeout); });
        connect(&settings, &AppSettings::showNextCodeChanged, m_model, &AccountListModel::setShowNextCode);
        connect(&settings, &AppSettings::codeRevealChanged, m_model, &AccountListModel::setCodeReveal);
        connect(&settings, &AppSettings::showTrayIconChanged, this, &AppController::updateTray);
        connect(&settings, &AppSettings::closeToTrayChanged, this, &AppController::updateTray);
        applySettings();
        updateActivity();
    }

    AppController::~AppController()
    {
        // Lock while everything still exists; then the windows go before the models they show.
        m_holder->disconnect(this);
        m_clipboard->clearCopiedText();
        m_holder->vault().lock();
        m_quickSearch.reset();
        m_window.reset();
    }

    void AppController::start(const LaunchRequest& request)
    {
        const bool toTray = m_context.settings.startMinimized() && m_tray != nullptr && m_tray->isShown();
        const bool quickOnly = request.action() == LaunchRequest::Action::QuickSearch && m_holder->exists();
        if (quickOnly || m_context.settings.startMinimized()) {
            // Out of the way: in the tray, else minimised in the task bar so it can be found.
            if (!toTray && !(quickOnly && m_tray != nullptr && m_tray->isShown())) {
                m_window->showMinimized();
            }
        } else {
            m_window->show();
        }
        handle(request);
    }

    void AppController::handle(const LaunchRequest& request)
    {
        switch (request.action()) {
        case LaunchRequest::Action::ShowWindow:
            m_window->present();
            break;
        case LaunchRequest::Action::QuickSearch:
            if (m_holder->exists()) {
                showQuickSearch();
            } else {
                m_window->present(); // there is no vault yet to search
            }
            break;
        case LaunchRequest::Action::AddAccount:
            m_window->present();
            m_pendingUri = request.otpauthUri();
            m_pendingAdd = true;
            if (m_holder->isUnlocked()) {
                onAccountsShown();
            }
            break;
        }
    }

    void AppController::handleMessage(const InstanceMessage& message)
    {
        auto commandLine = CommandLine::parse(message.arguments, message.workingDirectory);
        if (!commandLine) {
            m_window->present(message.activationToken);
            m_window->accountsPage()->showNotice(commandLine.error().message());
            return;
        }
        if (commandLine->request().action() != LaunchRequest::Action::QuickSearch) {
            m_window->present(message.activationToken);
        } else if (!message.activationToken.isEmpty()) {
            qputenv("XDG_ACTIVATION_TOKEN", message.activationToken.toUtf8());
        }
        handle(commandLine->request());
    }

    void AppController::lock(LockReason reason)
    {
        if (!m_holder->isUnlocked()) {
            return;
        }
        m_lockReason = reason;
        m_window->dialogs()->closeAll();
        m_clipboard->clearCopiedText();
        m_holder->vault().lock(); // onLocked() does the rest
    }

    void AppController::quit()
    {
        m_clipboard->clearCopiedText();
        m_holder->vault().lock();
        emit quitRequested();
        QCoreApplication::quit();
    }

    void AppController::applySettings()
    {
        const AppSettings& settings = m_context.settings;
        m_clipboard->setClearTimeout(settings.clipboardTimeout());
        m_inactivity->setTimeout(settings.autoLockTimeout());
        m_model->setShowNextCode(settings.showNextCode());
        m_model->setCodeReveal(settings.codeReveal());
        updateTray();
    }

    void AppController::updateTray()
    {
        if (m_tray != nullptr) {
            m_tray->setVisible(m_context.settings.showTrayIcon());
        }
        const bool trayShown = m_tray != nullptr && m_tray->isShown();
        m_window->setCloseToTray(trayShown && m_context.settings.closeToTray());
        // Without a window on screen and without a tray, closing the window must quit.
        QApplication::setQuitOnLastWindowClosed(!trayShown);
    }

    void AppController::updateActivity()
    {
        m_model->setActive(m_holder->isUnlocked() && (m_window->isOnScreen() || m_quickSearch->isVisible()));
    }

    void AppController::onUnlocked()
    {
        m_inactivity->start();
        if (m_tray != nullptr) {
            m_tray->setLocked(false);
        }
        updateActivity();
    }

    void AppController::onLocked()
    {
        // Also when the vault locked itself (its file was replaced by another vault).
        m_inactivity->stop();
        m_window->dialogs()->closeAll();
        m_clipboard->clearCopiedText();
        if (m_tray != nullptr) {
            m_tray->setLocked(true);
        }
        m_window->showUnlock(m_lockReason ? reasonText(*m_lockReason) : QString());
        m_lockReason.reset();
        updateActivity();
    }

    void AppController::onAccountsShown()
    {
        if (!m_pendingAdd || !m_holder->isUnlocked()) {
            return;
        }
        m_pendingAdd = false;
        const QString uri = m_pendingUri;
        m_pendingUri.clear();
        m_window->dialogs()->openAdd(uri);
    }

    void AppController::showQuickSearch()
    {
        m_quickSearch->popup();
    }

    QString AppController::reasonText(LockReason reason) const
    {
        switch (reason) {
        case LockReason::User:
            return {};
        case LockReason::Idle: {
            const auto minutes = static_cast<int>(m_context.settings.autoLockTimeout().count());
            return minutes == 1 ? tr("Locked after a minute without activity.")
                                : tr("Locked after %1 minutes without activity.").arg(minutes);
        }
        case LockReason::ScreenLocked:
            return tr("Locked with the screen.");
        case LockReason::Sleep:
            return tr("Locked before the computer went to sleep.");
        }
        return {};
    }
}
