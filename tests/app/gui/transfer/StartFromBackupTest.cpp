#include "TransferFlowFixture.h"

#include "Credential.h"
#include "ImportPlan.h"
#include "Vault.h"
#include "dialogs/ImportReviewDialog.h"
#include "dialogs/InlineMessage.h"
#include "dialogs/RecoveryKeyView.h"
#include "model/AccountListModel.h"
#include "pages/AccountsPage.h"
#include "pages/CreateVaultPage.h"
#include "pages/RecoveryKeyPage.h"
#include "pages/WelcomePage.h"
#include "transfer/ImportPasswordDialog.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PasswordEdit.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QUrl>

namespace tessera::gui::test
{
    namespace
    {
        /// The welcome page's "Start from a backup or phone export": the file first, then a new vault (the
        /// create and recovery key pages), then the review of that file's accounts.
        class StartFromBackupTest : public TransferFlowFixture
        {
        protected:
            void SetUp() override
            {
                TransferFlowFixture::SetUp();
                startApp();
                ASSERT_TRUE(showing(window().welcomePage()));
            }

            bool showing(QWidget* page) const { return window().currentPage() == page; }

            /// Types the password twice, creates the vault and confirms the recovery key.
            void createVaultThroughThePages()
            {
                CreateVaultPage* create = window().createVaultPage();
                ASSERT_TRUE(showing(create));
                typeInto(create->passwordForm()->passwordField(), Password);
                typeInto(create->passwordForm()->repeatField(), Password);
                click(create->createButton());
                ASSERT_TRUE(waitFor([this] { return showing(window().recoveryKeyPage()); }));
                RecoveryKeyPage* keyPage = window().recoveryKeyPage();
                const QString key = keyPage->keyView()->keyText();
                click(keyPage->keyView()->findChild<QCheckBox*>(QStringLiteral("recoveryKeyKept")));
                typeInto(keyPage->confirmField(), key.section(QLatin1Char('-'), -1));
                click(keyPage->continueButton());
                ASSERT_TRUE(showing(window().accountsPage()));
            }
        };
    }

    TEST_F(StartFromBackupTest, TheWelcomePageOffersItBesideCreateAndOpen)
    {
        WelcomePage* welcome = window().welcomePage();
        ASSERT_NE(welcome->importButton(), nullptr);
        EXPECT_TRUE(welcome->importButton()->isVisible());
        EXPECT_TRUE(welcome->importButton()->text().contains(QStringLiteral("backup or phone export")));
        EXPECT_GT(welcome->importButton()->y(), welcome->openButton()->y());
        EXPECT_EQ(welcome->importButton()->width(), welcome->createButton()->width()) << "the same column";
    }

    TEST_F(StartFromBackupTest, AnEncryptedExportEndsAsTheNewVaultsAccounts)
    {
        answerFileDialog(fixture(QStringLiteral("aegis_encrypted.json")));
        click(window().welcomePage()->importButton());
        auto* ask = waitForDialog<ImportPasswordDialog>();
        ASSERT_NE(ask, nullptr);
        typeInto(ask->passwordField(), QStringLiteral("wrong"));
        click(ask->openButton());
        ASSERT_TRUE(waitFor([&] { return !ask->isBusy() && !ask->message()->isHidden(); }));
        EXPECT_TRUE(showing(window().welcomePage())) << "no vault before the file is read";
        ask->passwordField()->selectAll();
        typeInto(ask->passwordField(), FixturePassword);
        click(ask->openButton());

        ASSERT_TRUE(waitFor([this] { return showing(window().createVaultPage()); }));
        EXPECT_FALSE(QFile::exists(vaultPath()));
        EXPECT_TRUE(window().createVaultPage()->followUp().contains(QStringLiteral("aegis_encrypted.json")));
        createVaultThroughThePages();

        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        EXPECT_EQ(review->plan().count(ImportPlan::Status::New), 5);
        click(review->importButton());
        ASSERT_TRUE(waitFor([this] { return app().model().rowCount() == 5; }));

        // The accounts are in the new vault file, under the new password.
        Vault reopened(vaultPath());
        ASSERT_TRUE(reopened.unlock(Credential::password(Password)).ok());
        EXPECT_EQ(reopened.accountCount(), 5);
    }

    TEST_F(StartFromBackupTest, AnUnreadableFileStaysOnTheWelcomePageWithoutAVault)
    {
        const QString path = directory.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("shopping list\nmilk\n");
        file.close();
        answerFileDialog(path);
        answerMessageBox(QStringLiteral("OK"));
        click(window().welcomePage()->importButton());
        ASSERT_TRUE(waitFor([&] { return messageBoxes == 1; }));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("notes.txt")));
        EXPECT_TRUE(messageBoxInformation.contains(QStringLiteral("No vault was created")));
        EXPECT_TRUE(showing(window().welcomePage()));
        EXPECT_FALSE(QFile::exists(vaultPath()));
    }

    TEST_F(StartFromBackupTest, GoingBackForgetsTheFileAndADropStartsTheSameWay)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("aegis_plain.json")))});
        window().addFromMimeData(&mime);
        ASSERT_TRUE(waitFor([this] { return showing(window().createVaultPage()); }));
        EXPECT_FALSE(window().createVaultPage()->followUp().isEmpty());

        click(window().createVaultPage()->backButton());
        ASSERT_TRUE(showing(window().welcomePage()));
        click(window().welcomePage()->createButton());
        EXPECT_TRUE(window().createVaultPage()->followUp().isEmpty());
        createVaultThroughThePages();
        QTest::qWait(50);
        EXPECT_EQ(window().dialogs()->current(), nullptr) << "no import after going back";
        EXPECT_EQ(app().model().rowCount(), 0);
    }
}
