#include "AppFixture.h"

#include "MainWindow.h"
#include "OtpGenerator.h"
#include "ProcessRunner.h"
#include "TestPaths.h"
#include "Vault.h"
#include "app/DialogLauncher.h"
#include "app/VaultHolder.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/RecoveryKeyView.h"
#include "list/AccountRoles.h"
#include "model/AccountFilterModel.h"
#include "model/AccountListModel.h"
#include "pages/AccountsPage.h"
#include "pages/CreateVaultPage.h"
#include "pages/RecoveryKeyPage.h"
#include "pages/TrashPage.h"
#include "pages/UnlockPage.h"
#include "pages/WelcomePage.h"
#include "quicksearch/QuickSearchPopup.h"
#include "services/InactivityTimer.h"
#include "services/SingleInstance.h"
#include "widgets/AccountListView.h"
#include "widgets/Banner.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PasswordEdit.h"
#include "widgets/UndoBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;

namespace tessera::gui::test
{
    namespace
    {
        const QString GitHubSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
        const QString GoogleSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        class AppFlowTest : public AppFixture
        {
        protected:
            MainWindow& window() const { return app().mainWindow(); }
            AccountsPage* accounts() const { return window().accountsPage(); }
            AccountListModel& model() const { return app().model(); }
            Vault& vault() const { return app().holder().vault(); }

            bool showing(QWidget* page) const { return window().currentPage() == page; }

            /// Creates the vault through the welcome page as a user would; returns its recovery key.
            QString createThroughWelcomePage()
            {
                EXPECT_TRUE(showing(window().welcomePage()));
                click(window().welcomePage()->createButton());
                EXPECT_TRUE(showing(window().createVaultPage()));
                NewPasswordForm* form = window().createVaultPage()->passwordForm();
                typeInto(form->passwordField(), Password);
                typeInto(form->repeatField(), Password);
                click(window().createVaultPage()->createButton());
                EXPECT_TRUE(waitFor([this] { return showing(window().recoveryKeyPage()); }));
                const QString key = window().recoveryKeyPage()->keyView()->keyText();
                auto* kept
                    = window().recoveryKeyPage()->keyView()->findChild<QCheckBox*>(QStringLiteral("recoveryKeyKept"));
                click(kept);
                typeInto(window().recoveryKeyPage()->confirmField(), key.section(QLatin1Char('-'), -1));
                click(window().recoveryKeyPage()->continueButton());
                EXPECT_TRUE(showing(accounts()));
                return key;
            }

            /// The running app with an unlocked vault holding GitHub and Google.
            void startWithAccounts()
            {
                createVault();
                startApp();
                unlock();
                github = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
                google = addAccount(QStringLiteral("Google"), QStringLiteral("alice@gmail.com"), GoogleSecret);
                ASSERT_EQ(model().rowCount(), 2);
            }

            QModelIndex shownIndex(const QUuid& id) const
            {
                return accounts()->filterModel()->mapFromSource(model().indexOf(id));
            }

            /// Clicks the button with this text in the modal message box that opens next.
            static void answerNextMessageBox(const QString& buttonText)
            {
                QTimer::singleShot(0, [buttonText] {
                    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                    ASSERT_NE(box, nullptr);
                    for (QAbstractButton* button : box->buttons()) {
                        if (button->text().remove(QLatin1Char('&')) == buttonText) {
                            button->click();
                            return;
                        }
                    }
                    FAIL() << "no button " << buttonText.toStdString();
                });
            }

            QUuid github;
            QUuid google;
        };
    }

    TEST_F(AppFlowTest, FirstRunCreatesTheVaultThroughTheWelcomePage)
    {
        startApp();
        ASSERT_TRUE(showing(window().welcomePage()));
        EXPECT_TRUE(window().welcomePage()->openButton()->isVisible());

        click(window().welcomePage()->createButton());
        CreateVaultPage* create = window().createVaultPage();
        ASSERT_TRUE(showing(create));
        EXPECT_EQ(create->preset(), PasswordKdf::Preset::Standard);
        EXPECT_FALSE(create->createButton()->isEnabled());
        typeInto(create->passwordForm()->passwordField(), Password);
        typeInto(create->passwordForm()->repeatField(), QStringLiteral("correct horse"));
        EXPECT_FALSE(create->createButton()->isEnabled()) << "the passwords differ";
        QTest::keyClicks(create->passwordForm()->repeatField(), QStringLiteral(" battery staple"));
        ASSERT_TRUE(create->createButton()->isEnabled());
        click(create->createButton());
        ASSERT_TRUE(waitFor([this] { return showing(window().recoveryKeyPage()); }));
        EXPECT_TRUE(QFileInfo::exists(vaultPath()));
        EXPECT_TRUE(app().holder().isUnlocked());

        // The key is shown once; going on needs it kept and its last group typed.
        RecoveryKeyPage* keyPage = window().recoveryKeyPage();
        const QString key = keyPage->keyView()->keyText();
        EXPECT_EQ(key.split(QLatin1Char('-')).size(), RecoveryKey::Groups);
        EXPECT_FALSE(keyPage->continueButton()->isEnabled());
        click(keyPage->keyView()->findChild<QCheckBox*>(QStringLiteral("recoveryKeyKept")));
        typeInto(keyPage->confirmField(), QStringLiteral("ZZZZ"));
        EXPECT_FALSE(keyPage->continueButton()->isEnabled());
        keyPage->confirmField()->clear();
        typeInto(keyPage->confirmField(), key.section(QLatin1Char('-'), -1).toLower());
        ASSERT_TRUE(keyPage->continueButton()->isEnabled());
        click(keyPage->continueButton());

        ASSERT_TRUE(showing(accounts()));
        EXPECT_TRUE(keyPage->keyView()->keyText().isEmpty()) << "the key is wiped once confirmed";
        EXPECT_TRUE(accounts()->emptyLabel()->isVisible());
        EXPECT_EQ(accounts()->emptyLabel()->text(),
            QStringLiteral("No accounts yet — add one with Ctrl+N, or import a backup or another app's export with "
                           "Ctrl+I."));
        EXPECT_EQ(settings->lastVaultPath(), vaultPath());

        // The recovery key opens the vault.
        Vault other(vaultPath());
        auto parsed = RecoveryKey::parse(key);
        ASSERT_TRUE(parsed.ok());
        EXPECT_TRUE(other.unlock(Credential::recoveryKey(*parsed)).ok());
    }

    TEST_F(AppFlowTest, AddsAnAccountByTypingInTheAddDialog)
    {
        startApp();
        createThroughWelcomePage();
        QTest::keyClick(&window(), Qt::Key_N, Qt::ControlModifier);
        auto* dialog = qobject_cast<AddAccountDialog*>(window().dialogs()->current());
        ASSERT_NE(dialog, nullptr);
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("issuerEdit")), QStringLiteral("GitHub"));
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("accountEdit")), QStringLiteral("alice"));
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit")), GitHubSecret);
        click(dialog->findChild<QPushButton*>(QStringLiteral("addButton")));

        ASSERT_EQ(model().rowCount(), 1);
        EXPECT_EQ(window().dialogs()->current(), nullptr);
        const QUuid id = model().idAt(0);
        EXPECT_EQ(accounts()->currentId(), id);
        EXPECT_EQ(model().index(0).data(AccountRoles::Code).toString(), OtpGenerator::grouped(currentCode(id)));
        EXPECT_FALSE(accounts()->emptyLabel()->isVisible());
        EXPECT_TRUE(accounts()->statusText().startsWith(QStringLiteral("1 account · Locked in 5 min")))
            << accounts()->statusText().toStdString();
    }

    TEST_F(AppFlowTest, SearchCopiesTheBestMatchWithEnterAndTheClipboardIsClearedLater)
    {
        startWithAccounts();
        QLineEdit* search = accounts()->searchField();
        EXPECT_EQ(QApplication::focusWidget(), search);

        QTest::keyClicks(search, QStringLiteral("goo"));
        EXPECT_EQ(accounts()->filterModel()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        EXPECT_EQ(clipboardText(), currentCode(google));
        const QMimeData* mime = QApplication::clipboard()->mimeData();
        ASSERT_NE(mime, nullptr);
        EXPECT_EQ(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        EXPECT_EQ(model().indexOf(google).data(AccountRoles::CopyFeedback).toInt(), 30);

        time.advance(10s);
        EXPECT_EQ(model().indexOf(google).data(AccountRoles::CopyFeedback).toInt(), 20);
        EXPECT_FALSE(clipboardText().isEmpty());
        time.advance(20s);
        EXPECT_TRUE(clipboardText().isEmpty()) << "cleared after 30 s";
        EXPECT_FALSE(model().indexOf(google).data(AccountRoles::CopyFeedback).isValid());

        // Escape clears the search; arrow keys move while typing stays in the search field.
        QTest::keyClick(search, Qt::Key_Escape);
        EXPECT_TRUE(search->text().isEmpty());
        EXPECT_EQ(accounts()->filterModel()->rowCount(), 2);
        accounts()->view()->selectRow(0);
        QTest::keyClick(search, Qt::Key_Down);
        EXPECT_EQ(accounts()->view()->currentIndex().row(), 1);
        EXPECT_EQ(QApplication::focusWidget(), search);
        QTest::keyClick(search, Qt::Key_Up);
        EXPECT_EQ(accounts()->currentId(), github);
        QTest::keyClick(search, Qt::Key_Enter);
        EXPECT_EQ(clipboardText(), currentCode(github));
    }

    TEST_F(AppFlowTest, TypingInTheListGoesToTheSearchAndDoubleClickCopies)
    {
        startWithAccounts();
        AccountListView* view = accounts()->view();
        view->setFocus();
        QTest::keyClicks(view, QStringLiteral("Git"));
        EXPECT_EQ(accounts()->searchField()->text(), QStringLiteral("Git"));
        EXPECT_EQ(QApplication::focusWidget(), accounts()->searchField());
        EXPECT_EQ(accounts()->filterModel()->rowCount(), 1);

        QTest::keyClick(accounts()->searchField(), Qt::Key_Escape);
        const QRect row = view->visualRect(shownIndex(google));
        // On the name, away from the code and countdown.
        const QPoint onName(row.left() + row.width() / 4, row.center().y());
        // What a real double click delivers: press, release, double click, release.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, onName);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, onName);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, onName);
        EXPECT_EQ(clipboardText(), currentCode(google));
    }

    TEST_F(AppFlowTest, LocksAfterIdleTimeWipesTheListAndUnlocksWithThePassword)
    {
        settings->setClipboardTimeout(0s); // kept until lock
        startWithAccounts();
        QTest::keyClick(accounts()->searchField(), Qt::Key_Return);
        EXPECT_EQ(clipboardText(), currentCode(github));

        time.advance(3min + 30s);
        // Whole minutes (the line changes once a minute), then the seconds of the last one.
        EXPECT_TRUE(accounts()->statusText().contains(QStringLiteral("Locked in 2 min")))
            << accounts()->statusText().toStdString();
        time.advance(30s);
        EXPECT_TRUE(app().holder().isUnlocked());
        EXPECT_TRUE(accounts()->statusText().contains(QStringLiteral("Locked in 1:00")))
            << accounts()->statusText().toStdString();
        time.advance(1min);
        EXPECT_FALSE(app().holder().isUnlocked());
        EXPECT_TRUE(showing(window().unlockPage()));
        EXPECT_EQ(model().rowCount(), 0);
        EXPECT_TRUE(clipboardText().isEmpty()) << "our code left the clipboard on lock";
        EXPECT_FALSE(window().findAction()->isEnabled());

        UnlockPage* page = window().unlockPage();
        EXPECT_EQ(QApplication::focusWidget(), page->passwordField());
        typeInto(page->passwordField(), QStringLiteral("wrong password"));
        QTest::keyClick(page->passwordField(), Qt::Key_Return);
        ASSERT_TRUE(waitFor([page] { return page->errorLabel()->isVisible(); }));
        EXPECT_TRUE(page->errorLabel()->text().startsWith(QStringLiteral("The password is wrong.")));
        EXPECT_TRUE(showing(page));
        page->passwordField()->clear();

        unlock();
        EXPECT_EQ(model().rowCount(), 2);
        EXPECT_TRUE(app().inactivity().isRunning());
    }

    TEST_F(AppFlowTest, CtrlLLocksAndCapsLockIsPointedOut)
    {
        startWithAccounts();
        QTest::keyClick(&window(), Qt::Key_L, Qt::ControlModifier);
        EXPECT_FALSE(app().holder().isUnlocked());
        UnlockPage* page = window().unlockPage();
        ASSERT_TRUE(showing(page));
        EXPECT_FALSE(page->capsLockLabel()->isVisible());
        QTest::keyClick(page->passwordField(), 'A'); // upper case without Shift
        EXPECT_TRUE(page->capsLockLabel()->isVisible());
        QTest::keyClick(page->passwordField(), 'a');
        EXPECT_FALSE(page->capsLockLabel()->isVisible());
    }

    TEST_F(AppFlowTest, UnlockingKeepsTheWindowResponsive)
    {
        createVault();
        // A costlier derivation, so there is time to watch the event loop run meanwhile.
        {
            Vault vault(vaultPath());
            ASSERT_TRUE(vault.unlock(Credential::password(Password)).ok());
            ASSERT_TRUE(
                vault.changePassword(Credential::password(Password), PasswordKdf::Parameters{3, 64ULL << 20}).ok());
        }
        startApp();
        UnlockPage* page = window().unlockPage();
        int ticks = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(5);
        typeInto(page->passwordField(), Password);
        QTest::keyClick(page->passwordField(), Qt::Key_Return);
        EXPECT_TRUE(page->isBusy());
        EXPECT_TRUE(page->busyIndicator()->isVisible());
        EXPECT_FALSE(page->unlockButton()->isEnabled());
        ASSERT_TRUE(waitFor([this] { return showing(accounts()); }));
        EXPECT_GT(ticks, 2) << "the event loop ran while the key was derived";
    }

    TEST_F(AppFlowTest, DeleteMovesToTheTrashWithAnUndoBar)
    {
        startWithAccounts();
        AccountListView* view = accounts()->view();
        view->setFocus();
        view->selectRow(shownIndex(github).row());
        QTest::keyClick(view, Qt::Key_Delete);

        EXPECT_EQ(model().rowCount(), 1);
        EXPECT_EQ(vault().accountCount(Vault::Filter::Trash), 1);
        UndoBar* undo = accounts()->undoBar();
        ASSERT_TRUE(undo->isVisible());
        EXPECT_EQ(undo->message(), QStringLiteral("“GitHub (alice)” moved to the trash."));
        click(undo->undoButton());

        EXPECT_EQ(model().rowCount(), 2);
        EXPECT_EQ(vault().accountCount(Vault::Filter::Trash), 0);
        EXPECT_FALSE(undo->isVisible());
        EXPECT_EQ(accounts()->currentId(), github);

        // The bar goes away by itself.
        QTest::keyClick(view, Qt::Key_Delete);
        EXPECT_TRUE(undo->isVisible());
        time.advance(UndoBar::defaultDuration);
        EXPECT_FALSE(undo->isVisible());
    }

    TEST_F(AppFlowTest, TheTrashRestoresAndPurgesAfterAskingOnce)
    {
        startWithAccounts();
        accounts()->view()->setFocus();
        QTest::keyClick(accounts()->view(), Qt::Key_Delete);
        QTest::keyClick(accounts()->view(), Qt::Key_Delete);
        EXPECT_EQ(model().rowCount(), 0);

        window().trashAction()->trigger();
        TrashPage* trash = window().trashPage();
        ASSERT_TRUE(showing(trash));
        ASSERT_EQ(trash->view()->model()->rowCount(), 2);
        trash->view()->setCurrentIndex(trash->view()->model()->index(0, 0));
        const QUuid first = trash->view()->currentIndex().data(Qt::UserRole + 1).toUuid();
        click(trash->restoreButton());
        EXPECT_EQ(model().rowCount(), 1);
        EXPECT_TRUE(model().indexOf(first).isValid());
        EXPECT_EQ(trash->view()->model()->rowCount(), 1);

        // Purging asks; Cancel keeps the account.
        answerNextMessageBox(QStringLiteral("Cancel"));
        click(trash->purgeButton());
        EXPECT_EQ(vault().accountCount(Vault::Filter::Trash), 1);
        answerNextMessageBox(QStringLiteral("Delete Permanently"));
        click(trash->purgeButton());
        EXPECT_EQ(vault().accountCount(Vault::Filter::Trash), 0);
        EXPECT_EQ(vault().accountCount(Vault::Filter::All), 1);
        EXPECT_TRUE(trash->noticeText().contains(QStringLiteral("deleted permanently")));

        window().activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));
        trash->view()->setFocus();
        QTest::keyClick(trash->view(), Qt::Key_Escape);
        EXPECT_TRUE(showing(accounts()));
    }

    TEST_F(AppFlowTest, QuickSearchUnlocksCopiesTheChosenCodeAndCloses)
    {
        startWithAccounts();
        app().lock(AppController::LockReason::User);
        auto request = LaunchRequest::fromArguments({QStringLiteral("tessera"), QStringLiteral("--quick-search")});
        ASSERT_TRUE(request.ok());
        app().handle(*request);

        QuickSearchPopup& popup = app().quickSearch();
        ASSERT_TRUE(popup.isVisible());
        ASSERT_TRUE(popup.isUnlockShown());
        typeInto(popup.passwordField(), Password);
        QTest::keyClick(popup.passwordField(), Qt::Key_Return);
        ASSERT_TRUE(waitFor([&popup] { return !popup.isUnlockShown(); }));
        EXPECT_TRUE(showing(accounts())) << "the main window follows";

        QTest::keyClicks(popup.searchField(), QStringLiteral("goo"));
        QTest::keyClick(popup.searchField(), Qt::Key_Return);
        EXPECT_EQ(clipboardText(), currentCode(google));
        EXPECT_FALSE(popup.isVisible());

        app().handle(*request);
        ASSERT_TRUE(popup.isVisible());
        EXPECT_FALSE(popup.isUnlockShown());
        QTest::keyClick(popup.searchField(), Qt::Key_Escape);
        EXPECT_FALSE(popup.isVisible());
    }

    TEST_F(AppFlowTest, QuickSearchFollowsAccountsAddedWhileItIsOpen)
    {
        createVault();
        startApp();
        unlock();
        auto request = LaunchRequest::fromArguments({QStringLiteral("tessera"), QStringLiteral("--quick-search")});
        ASSERT_TRUE(request.ok());
        app().handle(*request);
        QuickSearchPopup& popup = app().quickSearch();
        ASSERT_TRUE(popup.isVisible());
        const auto shownMessage = [&popup]() {
            for (const QLabel* label : popup.findChildren<QLabel*>()) {
                if (label->isVisible() && !label->text().isEmpty()) {
                    return label->text();
                }
            }
            return QString();
        };
        EXPECT_EQ(shownMessage(), QStringLiteral("No accounts yet."));

        const QUuid dropbox
            = addAccount(QStringLiteral("Dropbox"), QStringLiteral("alice"), QStringLiteral("NBSWY3DPO5XXE3DE"));
        ASSERT_TRUE(waitFor([&] { return shownMessage().isEmpty(); })) << shownMessage().toStdString();
        QTest::keyClick(popup.searchField(), Qt::Key_Return);
        EXPECT_EQ(clipboardText(), currentCode(dropbox)) << "the new account is listed and chosen";
    }

    TEST_F(AppFlowTest, AnOtpauthLinkFromASecondStartOpensTheAddDialogFilledIn)
    {
        createVault();
        startApp();
        InstanceMessage message;
        message.arguments = {QStringLiteral("tessera"),
            QStringLiteral("otpauth://totp/Example:bob@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example")};
        message.workingDirectory = QDir::tempPath();
        app().handleMessage(message);
        EXPECT_EQ(window().dialogs()->current(), nullptr) << "waits for the vault to be unlocked";

        unlock();
        auto* dialog = qobject_cast<AddAccountDialog*>(window().dialogs()->current());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("issuerEdit"))->text(), QStringLiteral("Example"));
        EXPECT_EQ(
            dialog->findChild<QLineEdit*>(QStringLiteral("accountEdit"))->text(), QStringLiteral("bob@example.com"));
        click(dialog->findChild<QPushButton*>(QStringLiteral("addButton")));
        EXPECT_EQ(model().rowCount(), 1);
    }

    TEST_F(AppFlowTest, ChangesFromTesseraCliAppearWithoutARestart)
    {
        startWithAccounts();
        const QString passwordFile = directory.filePath(QStringLiteral("password.txt"));
        QFile file(passwordFile);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(Password.toUtf8() + '\n');
        file.close();
        const auto result = tessera::test::runProcess(tessera::test::executablePath(QStringLiteral("tessera-cli")),
            {QStringLiteral("--vault"), vaultPath(), QStringLiteral("--password-file"), passwordFile,
                QStringLiteral("add"), QStringLiteral("--issuer"), QStringLiteral("Dropbox"),
                QStringLiteral("--account"), QStringLiteral("alice"), QStringLiteral("--secret"),
                QStringLiteral("NBSWY3DPO5XXE3DE")});
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
        ASSERT_TRUE(waitFor([this] { return model().rowCount() == 3; }, 10000));
        EXPECT_EQ(model().index(2).data(AccountRoles::Issuer).toString(), QStringLiteral("Dropbox"));
    }

    TEST_F(AppFlowTest, TheRecoveryKeyUnlocksAndSetsANewPassword)
    {
        startApp();
        const QString key = createThroughWelcomePage();
        app().lock(AppController::LockReason::Idle);
        UnlockPage* page = window().unlockPage();
        ASSERT_TRUE(showing(page));
        click(page->recoveryButton());
        ASSERT_TRUE(page->isRecoveryMode());
        typeInto(page->recoveryKeyField(), key.toLower());
        const QString newPassword = QStringLiteral("a brand new passphrase");
        typeInto(page->newPasswordForm()->passwordField(), newPassword);
        typeInto(page->newPasswordForm()->repeatField(), newPassword);
        click(page->recoverButton());
        ASSERT_TRUE(waitFor([this] { return showing(accounts()); }));
        EXPECT_TRUE(accounts()->noticeText().contains(QStringLiteral("new password")))
            << accounts()->noticeText().toStdString();

        app().lock(AppController::LockReason::User);
        unlock(newPassword);
    }

    TEST_F(AppFlowTest, ShowsTheVaultsIntegrityProblems)
    {
        createVault();
        {
            Vault vault(vaultPath());
            ASSERT_TRUE(vault.unlock(Credential::password(Password)).ok());
            Account account(OtpParameters::create(OtpType::Totp, QByteArray(20, 'x')).value());
            account.issuer = QStringLiteral("Gone");
            ASSERT_TRUE(vault.add(account).ok());
        }
        {
            // Another program deletes the account's row behind Tessera's back.
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            database.setDatabaseName(vaultPath());
            ASSERT_TRUE(database.open());
            QSqlQuery query(database);
            ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM accounts")));
            query.finish();
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));

        startApp();
        unlock();
        Banner* banner = accounts()->issuesBanner();
        ASSERT_TRUE(banner->isVisible());
        EXPECT_TRUE(banner->text().startsWith(QStringLiteral("This vault has a problem and is read-only")))
            << banner->text().toStdString();
        EXPECT_TRUE(accounts()->statusText().contains(QStringLiteral("Read-only")));
    }

    TEST_F(AppFlowTest, RemembersWhyTheVaultLocked)
    {
        startWithAccounts();
        app().lock(AppController::LockReason::ScreenLocked);
        EXPECT_TRUE(window().unlockPage()->isVisible());
        EXPECT_NE(window().unlockPage()->findChild<QLabel*>(), nullptr);
        bool found = false;
        for (QLabel* label : window().unlockPage()->findChildren<QLabel*>()) {
            found = found || (label->isVisible() && label->text() == QStringLiteral("Locked with the screen."));
        }
        EXPECT_TRUE(found);
    }
}
