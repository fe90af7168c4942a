#pragma once

#include "ImportResult.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QMenu;
class QMimeData;
class QStackedWidget;

namespace tessera
{
    class Clock;
    class OtpUri;
}

namespace tessera::gui
{
    struct AppContext;
    class AccountListModel;
    class AccountsPage;
    class Clipboard;
    class CodeCopier;
    class CreateVaultPage;
    class DialogLauncher;
    class ImportFileReader;
    class InactivityTimer;
    class QrIntake;
    class RecoveryKeyPage;
    class TrashListModel;
    class TrashPage;
    class UnlockPage;
    class VaultHolder;
    class WelcomePage;

    /// The window: a stack of pages (welcome, create, recovery key, unlock, accounts, trash), the
    /// window-wide actions and their shortcuts, and the dialogs opened from them. It holds no
    /// vault logic of its own: the pages do their part and say when to move on. QR codes reach it
    /// from the add menu, a paste (Ctrl+V) or a drop, through QrIntake; backups and other apps'
    /// exports from Import from File (Ctrl+I), a drop, or the welcome page's "Start from a backup",
    /// which creates the vault first, through ImportFileReader.
    class MainWindow : public QMainWindow
    {
        Q_OBJECT

    public:
        MainWindow(AppContext& context,
            VaultHolder& holder,
            AccountListModel& model,
            TrashListModel& trash,
            CodeCopier& copier,
            Clipboard& clipboard,
            InactivityTimer& inactivity,
            QWidget* parent = nullptr);
        ~MainWindow() override;

        /// The welcome page when there is no vault file yet, else the unlock or accounts page.
        void showStartPage();
        void showWelcome();
        void showCreateVault();
        void showUnlock(const QString& reason = QString());
        void showAccounts(const QString& notice = QString());
        void showTrash();

        /// Closing the window hides it (to the tray) instead of quitting.
        void setCloseToTray(bool closeToTray);
        /// Brings the window to the front (a second start, the tray).
        void present(const QString& activationToken = QString());
        /// Shown, not minimised: codes need to be live.
        [[nodiscard]] bool isOnScreen() const;

        [[nodiscard]] QWidget* currentPage() const;
        [[nodiscard]] WelcomePage* welcomePage() const { return m_welcome; }
        [[nodiscard]] CreateVaultPage* createVaultPage() const { return m_create; }
        [[nodiscard]] RecoveryKeyPage* recoveryKeyPage() const { return m_recoveryKey; }
        [[nodiscard]] UnlockPage* unlockPage() const { return m_unlock; }
        [[nodiscard]] AccountsPage* accountsPage() const { return m_accounts; }
        [[nodiscard]] TrashPage* trashPage() const { return m_trash; }
        [[nodiscard]] DialogLauncher* dialogs() const { return m_dialogs; }

        [[nodiscard]] QAction* addAccountAction() const { return m_addAction; }
        [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
        [[nodiscard]] QAction* quitAction() const { return m_quitAction; }
        [[nodiscard]] QAction* findAction() const { return m_findAction; }
        [[nodiscard]] QAction* trashAction() const { return m_trashAction; }
        [[nodiscard]] QMenu* addMenu() const { return m_addMenu; }
        [[nodiscard]] QAction* scanScreenAction() const { return m_scanScreenAction; }
        [[nodiscard]] QAction* scanRegionAction() const { return m_scanRegionAction; }
        [[nodiscard]] QAction* scanFileAction() const { return m_scanFileAction; }
        [[nodiscard]] QAction* scanCameraAction() const { return m_scanCameraAction; }
        [[nodiscard]] QAction* pasteAction() const { return m_pasteAction; }
        [[nodiscard]] QAction* importAction() const { return m_importAction; }
        [[nodiscard]] QAction* exportAction() const { return m_exportAction; }
        [[nodiscard]] QMenu* mainMenu() const { return m_mainMenu; }
        [[nodiscard]] QrIntake* qrIntake() const { return m_qr; }
        [[nodiscard]] ImportFileReader* importer() const { return m_importer; }

        /// Reads pasted or dropped data: an image holding QR codes, an image file, or a link; any
        /// other file is imported.
        void addFromMimeData(const QMimeData* mime);
        /// Imports a backup or export into the unlocked vault (after its review).
        void importFile(const QString& path);
        /// The welcome page's way: reads the file, then creates the vault, then reviews the import.
        void startFromFile(const QString& path);

    signals:
        void lockRequested();
        void quitRequested();
        /// Shown or hidden, minimised or restored.
        void onScreenChanged(bool onScreen);
        /// The accounts page is showing (after unlocking or creating the vault).
        void accountsShown();

    protected:
        void closeEvent(QCloseEvent* event) override;
        void showEvent(QShowEvent* event) override;
        void hideEvent(QHideEvent* event) override;
        void changeEvent(QEvent* event) override;
        void dragEnterEvent(QDragEnterEvent* event) override;
        void dragMoveEvent(QDragMoveEvent* event) override;
        void dropEvent(QDropEvent* event) override;
        bool eventFilter(QObject* watched, QEvent* event) override;

    private:
        void createActions();
        void setPage(QWidget* page);
        void updateActions();
        void updateActivity();
        void openVaultFile(const QString& path);
        void pasteFromClipboard();
        [[nodiscard]] bool acceptsCodes() const;
        /// Whether a drop of `mime` would be taken (codes, or a file to import or start from).
        [[nodiscard]] bool acceptsDrop(const QMimeData* mime) const;
        void chooseImportFile();
        void onImportRead(const tessera::ImportResult& result, const QString& source);
        void onImportFailed(const QString& message);
        void openPendingImport();
        void onVaultLocked();
        void addFromQr(const tessera::OtpUri& uri, const QString& sourceFile);
        void openNextQrAdd();
        void importFromQr(const tessera::ImportResult& incoming, const QString& source);
        void showNotAuthenticatorCode(const QString& text, const QString& message);
        void onVaultUnlocked();
        void storeGeometry();

        AppContext& m_context;
        VaultHolder& m_holder;
        Clipboard& m_clipboard;
        QStackedWidget* m_pages;
        WelcomePage* m_welcome;
        CreateVaultPage* m_create;
        RecoveryKeyPage* m_recoveryKey;
        UnlockPage* m_unlock;
        AccountsPage* m_accounts;
        TrashPage* m_trash;
        DialogLauncher* m_dialogs;
        QMenu* m_addMenu;
        QMenu* m_mainMenu;
        QAction* m_addAction = nullptr;
        QAction* m_pasteAction = nullptr;
        QAction* m_scanScreenAction = nullptr;
        QAction* m_scanRegionAction = nullptr;
        QAction* m_scanFileAction = nullptr;
        QAction* m_scanCameraAction = nullptr;
        QAction* m_importAction = nullptr;
        QAction* m_exportAction = nullptr;
        QrIntake* m_qr;
        ImportFileReader* m_importer;
        // Where the file being read goes: the open vault, or a vault about to be created.
        bool m_importForNewVault = false;
        // A file read on the welcome page waits here while the vault is created.
        struct PendingImport
        {
            tessera::ImportResult result;
            QString source;
        };
        std::optional<PendingImport> m_pendingImport;
        // Accounts read from one image wait here while the add dialog shows the one before.
        struct PendingAdd
        {
            QString uri;
            QString sourceFile;
        };
        QList<PendingAdd> m_pendingAdds;
        QAction* m_findAction = nullptr;
        QAction* m_lockAction = nullptr;
        QAction* m_quitAction = nullptr;
        QAction* m_trashAction = nullptr;
        QAction* m_settingsAction = nullptr;
        QAction* m_changePasswordAction = nullptr;
        QAction* m_recoveryKeyAction = nullptr;
        bool m_closeToTray = false;
        bool m_onScreen = false;
    };
}
