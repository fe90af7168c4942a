#include "AppFixture.h"

#include "Base32.h"
#include "OtpGenerator.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "qr/QrCodeView.h"
#include "swap/AccountQrSlideshow.h"
#include "swap/PhoneSwapWizard.h"
#include "swap/SwapAppsPage.h"
#include "swap/SwapDirectionPage.h"
#include "swap/SwapDonePage.h"
#include "swap/SwapGivePage.h"
#include "swap/SwapReEnrolPage.h"
#include "swap/SwapReceivePage.h"
#include "swap/SwapVerifyPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace tessera::gui::test
{
    namespace
    {
        const QString GitHubSecret = QStringLiteral("JBSWY3DPEHPK3PXP");
        const QString GoogleSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        /// The assistant over the running application's unlocked vault, driven through its pages.
        class PhoneSwapWizardTest : public AppFixture
        {
        protected:
            void SetUp() override
            {
                AppFixture::SetUp();
                createVault();
                startApp();
                unlock();
                wizard = std::make_unique<PhoneSwapWizard>(app().holder(), clock);
                wizard->show();
            }

            void TearDown() override
            {
                wizard.reset();
                AppFixture::TearDown();
            }

            void chooseApp(QComboBox* box, const QString& name)
            {
                const int index = box->findText(name);
                ASSERT_GE(index, 0) << name.toStdString();
                box->setCurrentIndex(index);
            }

            void next() { wizard->next(); }

            QString codeOf(const QUuid& id, int periodsFromNow = 0) const
            {
                auto account = app().holder().vault().account(id);
                return OtpGenerator::code(account->parameters, clock.nowSeconds() + periodsFromNow * 30);
            }

            std::unique_ptr<PhoneSwapWizard> wizard;
        };
    }

    TEST_F(PhoneSwapWizardTest, GoogleToTesseraToAegisChecksBothSidesBeforeSayingTheOldPhoneCanBeCleared)
    {
        EXPECT_EQ(wizard->currentId(), PhoneSwapWizard::DirectionPage);
        EXPECT_TRUE(wizard->directionPage()->bothButton()->isChecked());
        next();
        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::AppsPage);
        chooseApp(wizard->appsPage()->sourceBox(), QStringLiteral("Google Authenticator"));
        chooseApp(wizard->appsPage()->targetBox(), QStringLiteral("Aegis"));
        EXPECT_TRUE(wizard->appsPage()->sourceSteps().contains(QStringLiteral("Transfer accounts")));
        EXPECT_TRUE(wizard->appsPage()->sourceSteps().contains(QStringLiteral("\"+\"")));
        next();
        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::ReceivePage);
        EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

        QSignalSpy fileRequests(wizard.get(), &PhoneSwapWizard::importFileRequested);
        click(wizard->receivePage()->fileButton());
        EXPECT_EQ(fileRequests.count(), 1);
        // What the window does after an import: tell the assistant which accounts arrived.
        const QUuid github = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
        const QUuid google = addAccount(QStringLiteral("Google"), QStringLiteral("alice@gmail.com"), GoogleSecret);
        wizard->noteAccountsArrived({github, google});
        EXPECT_EQ(wizard->receivePage()->receivedList()->count(), 2);
        EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
        next();

        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::VerifyReceivedPage);
        SwapVerifyPage* verify = wizard->verifyReceivedPage();
        ASSERT_EQ(verify->table()->rowCount(), 2);
        typeInto(verify->codeField(0), QStringLiteral("000000"));
        EXPECT_TRUE(verify->table()->item(0, 2)->text().contains(QStringLiteral("Different"))
            || codeOf(verify->accountAt(0)) == QStringLiteral("000000"));
        verify->codeField(0)->clear();
        // The phone's clock is a little behind: the previous code still counts.
        typeInto(verify->codeField(0), OtpGenerator::grouped(codeOf(verify->accountAt(0), -1)));
        EXPECT_TRUE(verify->isVerified(verify->accountAt(0)));
        EXPECT_TRUE(app().holder().vault().account(verify->accountAt(0))->lastVerifiedAt.isValid());
        next();

        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::GivePage);
        QSignalSpy handovers(wizard.get(), &PhoneSwapWizard::handoverRequested);
        click(wizard->givePage()->handoverButton());
        ASSERT_EQ(handovers.count(), 1);
        EXPECT_EQ(handovers.first().first().value<PeerApp::Handover>(), PeerApp::Handover::AegisFile);
        next();

        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::VerifyGivenPage);
        SwapVerifyPage* onPhone = wizard->verifyGivenPage();
        ASSERT_EQ(onPhone->table()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            typeInto(onPhone->codeField(row), codeOf(onPhone->accountAt(row)));
        }
        EXPECT_EQ(onPhone->verifiedCount(), 2);
        next();

        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::DonePage);
        const QString summary = wizard->donePage()->summary();
        EXPECT_TRUE(summary.contains(QStringLiteral("1 of 2 accounts from the old phone"))) << summary.toStdString();
        EXPECT_TRUE(summary.contains(QStringLiteral("2 of 2 accounts checked on the new phone")));
        EXPECT_TRUE(summary.contains(QStringLiteral("Keep them on the old phone")));
        EXPECT_FALSE(summary.contains(QStringLiteral("You can remove them")));
    }

    TEST_F(PhoneSwapWizardTest, EveryAccountCheckedMeansTheOldPhoneCanBeCleared)
    {
        wizard->directionPage()->toTesseraButton()->setChecked(true);
        next();
        EXPECT_FALSE(wizard->appsPage()->targetBox()->isVisibleTo(wizard->appsPage()));
        next();
        const QUuid github = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
        wizard->noteAccountsArrived({github});
        next();
        typeInto(wizard->verifyReceivedPage()->codeField(0), codeOf(github));
        next();
        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::DonePage);
        EXPECT_TRUE(wizard->donePage()->summary().contains(QStringLiteral("You can remove them")));
        QSignalSpy backups(wizard.get(), &PhoneSwapWizard::backupRequested);
        click(wizard->donePage()->backupButton());
        EXPECT_EQ(backups.count(), 1);
    }

    TEST_F(PhoneSwapWizardTest, AppsThatCannotExportLeadToAReEnrolmentChecklistTickedAsAccountsArrive)
    {
        wizard->directionPage()->toTesseraButton()->setChecked(true);
        next();
        chooseApp(wizard->appsPage()->sourceBox(), QStringLiteral("Microsoft Authenticator"));
        EXPECT_TRUE(wizard->appsPage()->sourceSteps().contains(QStringLiteral("cannot export")));
        next();
        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::ReEnrolPage);
        SwapReEnrolPage* page = wizard->reEnrolPage();
        typeInto(page->nameField(), QStringLiteral("GitHub"));
        QTest::keyClick(page->nameField(), Qt::Key_Return);
        page->addEntry(QStringLiteral("AWS"));
        ASSERT_EQ(page->checklist()->topLevelItemCount(), 2);
        EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());

        const QUuid github = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
        wizard->noteAccountsArrived({github});
        EXPECT_EQ(page->checklist()->topLevelItem(0)->checkState(0), Qt::Checked);
        EXPECT_EQ(page->checklist()->topLevelItem(1)->checkState(0), Qt::Unchecked);
        EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
        // Ticked by hand (set up under another name).
        page->checklist()->topLevelItem(1)->setCheckState(0, Qt::Checked);
        EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
    }

    TEST_F(PhoneSwapWizardTest, AppsThatScanOneCodeAtATimeGetASlideshowAfterAConfirmation)
    {
        addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), GitHubSecret);
        addAccount(QStringLiteral("Google"), QStringLiteral("alice@gmail.com"), GoogleSecret);
        wizard->directionPage()->toPhoneButton()->setChecked(true);
        next();
        EXPECT_FALSE(wizard->appsPage()->sourceBox()->isVisibleTo(wizard->appsPage()));
        chooseApp(wizard->appsPage()->targetBox(), QStringLiteral("Microsoft Authenticator"));
        next();
        ASSERT_EQ(wizard->currentId(), PhoneSwapWizard::GivePage);
        AccountQrSlideshow* slideshow = wizard->givePage()->slideshow();
        EXPECT_FALSE(slideshow->isVisible());

        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            box->button(QMessageBox::Yes)->click();
        });
        click(wizard->givePage()->handoverButton());
        ASSERT_TRUE(slideshow->isVisible());
        EXPECT_EQ(slideshow->count(), 2);
        EXPECT_GT(slideshow->codeView()->modules(), 0);
        EXPECT_TRUE(slideshow->caption().endsWith(QStringLiteral("1 of 2")));
        QTest::keyClick(slideshow, Qt::Key_Right);
        EXPECT_TRUE(slideshow->caption().endsWith(QStringLiteral("2 of 2")));
        QTest::keyClick(slideshow, Qt::Key_Right);
        EXPECT_EQ(slideshow->currentIndex(), 1);
        // Leaving the page wipes the code on screen.
        wizard->back();
        EXPECT_EQ(slideshow->codeView()->modules(), 0);
    }
}
