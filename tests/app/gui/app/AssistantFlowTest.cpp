#include "AppFixture.h"

#include "MainWindow.h"
#include "Vault.h"
#include "app/AssistantLauncher.h"
#include "app/VaultHolder.h"
#include "backup/AutomaticBackupService.h"
#include "pages/AccountsPage.h"
#include "pages/WelcomePage.h"
#include "readiness/ReadinessMonitor.h"
#include "recovery/RecoveryWizard.h"
#include "swap/PhoneSwapWizard.h"
#include "widgets/Banner.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDir>
#include <QMenu>
#include <QToolButton>

namespace tessera::gui::test
{
    namespace
    {
        class AssistantFlowTest : public AppFixture
        {
        protected:
            MainWindow& window() const { return app().mainWindow(); }
            AssistantLauncher& assistants() const { return app().assistants(); }

            void startUnlocked()
            {
                createVault();
                startApp();
                unlock();
                aws = addAccount(QStringLiteral("AWS root"), QStringLiteral("billing@example.com"),
                    QStringLiteral("JBSWY3DPEHPK3PXP"));
                ASSERT_TRUE(
                    app()
                        .holder()
                        .vault()
                        .modify(aws, [](Account& account) { account.recovery.phone = QStringLiteral("07911 123456"); })
                        .ok());
                assistants().readiness()->refresh();
            }

            QUuid aws;
        };
    }

    TEST_F(AssistantFlowTest, TheWelcomePageOffersRecoveryWithoutAVault)
    {
        startApp();
        QCommandLinkButton* lostSeed = nullptr;
        for (auto* button : window().welcomePage()->findChildren<QCommandLinkButton*>()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("I lost a seed")) {
                lostSeed = button;
            }
        }
        ASSERT_NE(lostSeed, nullptr);
        click(lostSeed);
        ASSERT_NE(assistants().recoveryWizard(), nullptr);
        EXPECT_TRUE(assistants().recoveryWizard()->isVisible());
        assistants().recoveryWizard()->reject();
    }

    TEST_F(AssistantFlowTest, ACriticalFindingShowsTheBadgeAndNoBackupTheBanner)
    {
        startUnlocked();
        EXPECT_TRUE(assistants().readinessBadge()->isVisibleTo(window().accountsPage()));
        EXPECT_GE(assistants().readinessBadge()->text().toInt(), 1);
        EXPECT_TRUE(assistants().backupBanner()->isVisibleTo(window().accountsPage()));
        EXPECT_TRUE(assistants().backupBanner()->text().contains(QStringLiteral("no backup")));
        const QList<QAction*> menu = window().mainMenu()->actions();
        for (QAction* action :
            {assistants().phoneSwapAction(), assistants().recoveryAction(), assistants().readinessAction()}) {
            EXPECT_TRUE(menu.contains(action)) << action->text().toStdString();
            EXPECT_TRUE(action->isEnabled());
        }
    }

    TEST_F(AssistantFlowTest, AutomaticBackupsWriteACopyAndTheBannerGoes)
    {
        startUnlocked();
        const QString folder = directory.filePath(QStringLiteral("backups"));
        ASSERT_TRUE(QDir().mkpath(folder));
        settings->setAutomaticBackupFolder(folder);
        ASSERT_TRUE(assistants().automaticBackups()->isActive());
        const QStringList copies = QDir(folder).entryList({QStringLiteral("tessera-*.tessera")}, QDir::Files);
        ASSERT_EQ(copies.size(), 1);
        EXPECT_EQ(QFile::permissions(QDir(folder).filePath(copies.first()))
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        assistants().readiness()->refresh();
        EXPECT_FALSE(assistants().backupBanner()->isVisibleTo(window().accountsPage()))
            << assistants().backupBanner()->text().toStdString();
    }

    TEST_F(AssistantFlowTest, LockingClosesTheAssistants)
    {
        startUnlocked();
        assistants().openPhoneSwap();
        ASSERT_NE(assistants().phoneSwapWizard(), nullptr);
        window().lockAction()->trigger();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        EXPECT_TRUE(assistants().phoneSwapWizard() == nullptr || !assistants().phoneSwapWizard()->isVisible());
        EXPECT_FALSE(assistants().phoneSwapAction()->isEnabled());
    }
}
