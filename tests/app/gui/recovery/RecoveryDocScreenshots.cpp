#include "AppFixture.h"

#include "OtpGenerator.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "readiness/ReadinessDialog.h"
#include "readiness/ReadinessMonitor.h"
#include "recovery/RecoveryAccountPage.h"
#include "recovery/RecoveryChecklist.h"
#include "recovery/RecoveryFactorsPage.h"
#include "recovery/RecoveryReEnrolPage.h"
#include "recovery/RecoveryTroubleshootPage.h"
#include "recovery/RecoveryWizard.h"
#include "services/ThemeManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

namespace tessera::gui::test
{
    namespace
    {
        /// The pictures of the "Lost a seed?" guide (docs/user-guide-recovery.md): each step of the recovery
        /// assistant for the story's AWS root user, and the readiness view, light and dark. Run on purpose only:
        ///   TESSERA_DOC_SCREENSHOTS=docs/images xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb
        ///     build/dev/tests/app/gui/gui_app_tests --gtest_filter='Palettes/RecoveryDocScreenshots.*'
        /// (one command line).
        class RecoveryDocScreenshots : public AppFixture, public ::testing::WithParamInterface<bool>
        {
        protected:
            void SetUp() override
            {
                m_dir = qEnvironmentVariable("TESSERA_DOC_SCREENSHOTS");
                if (m_dir.isEmpty()) {
                    GTEST_SKIP() << "Set TESSERA_DOC_SCREENSHOTS=DIR to write the user guide's screenshots there.";
                }
                AppFixture::SetUp();
                QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
                QApplication::setPalette(GetParam() ? ThemeManager::darkPalette() : ThemeManager::lightPalette());
                createVault();
                startApp();
                unlock();
                m_aws = addAccount(QStringLiteral("AWS root"), QStringLiteral("billing@example.com"),
                    QStringLiteral("JBSWY3DPEHPK3PXP"));
                ASSERT_TRUE(app()
                                .holder()
                                .vault()
                                .modify(m_aws,
                                    [](Account& account) {
                                        account.recovery.email = QStringLiteral("billing@example.com");
                                        account.recovery.phone = QStringLiteral("07911 123456");
                                    })
                                .ok());
                addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
            }

            void TearDown() override
            {
                if (!m_dir.isEmpty()) {
                    AppFixture::TearDown();
                    QApplication::setPalette(ThemeManager::lightPalette());
                }
            }

            void save(QWidget* widget, const QString& name) const
            {
                QTest::qWait(150);
                const QString file
                    = QDir(m_dir).filePath(name + (GetParam() ? QStringLiteral("-dark.png") : QStringLiteral(".png")));
                EXPECT_TRUE(widget->grab().save(file)) << file.toStdString();
            }

            QString currentCode() const
            {
                auto account = app().holder().vault().account(m_aws);
                return OtpGenerator::code(account->parameters, app().context().clock.nowSeconds());
            }

            QString m_dir;
            QUuid m_aws;
        };
    }

    TEST_P(RecoveryDocScreenshots, EveryStepOfTheAssistant)
    {
        RecoveryWizard wizard(app().holder(), app().context().clock, app().clipboard(), *settings);
        wizard.resize(760, 640);
        wizard.show();
        wizard.startWith(m_aws);
        wizard.restart();
        save(&wizard, QStringLiteral("recovery-account"));

        wizard.next();
        RecoveryTroubleshootPage* troubleshoot = wizard.troubleshootPage();
        typeInto(troubleshoot->resyncField(), currentCode());
        click(troubleshoot->resyncButton());
        save(&wizard, QStringLiteral("recovery-troubleshoot"));

        wizard.next();
        RecoveryFactorsPage* factors = wizard.factorsPage();
        for (int i = 0; i < 3; ++i) {
            click(factors->doneButton());
        }
        ASSERT_TRUE(factors->phoneBox()->isVisible());
        save(&wizard, QStringLiteral("recovery-phone"));

        const int failure = factors->failureBox()->findData(QStringLiteral("phone-verification-failed"));
        ASSERT_GE(failure, 0);
        factors->failureBox()->setCurrentIndex(failure);
        click(factors->failedButton());
        save(&wizard, QStringLiteral("recovery-failure"));
        const QList<QPushButton*> options = factors->optionButtons()->findChildren<QPushButton*>();
        ASSERT_FALSE(options.isEmpty());
        click(options.first());
        factors->phoneField()->clear();
        typeInto(factors->phoneField(), QStringLiteral("+44 7911 123456"));
        while (wizard.flow().currentStep() != nullptr && factors->doneButton()->isEnabled()) {
            click(factors->doneButton());
        }
        ASSERT_TRUE(wizard.flow().isPathComplete());
        wizard.next();

        const QUuid fresh = addAccount(QStringLiteral("AWS root"), QStringLiteral("billing@example.com"),
            QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        wizard.noteAccountAdded(fresh);
        save(&wizard, QStringLiteral("recovery-reenrol"));
        click(wizard.reEnrolPage()->trashOldButton());
        const QList<QCheckBox*> items = wizard.reEnrolPage()->checklist()->findChildren<QCheckBox*>();
        ASSERT_FALSE(items.isEmpty());
        items.first()->setChecked(true);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), RecoveryWizard::PreventPage);
        save(&wizard, QStringLiteral("recovery-prevent"));
        wizard.reject();
    }

    TEST_P(RecoveryDocScreenshots, TheReadinessView)
    {
        ReadinessMonitor monitor(app().holder(), clock);
        monitor.refresh();
        ReadinessDialog dialog(monitor);
        dialog.resize(760, 520);
        dialog.show();
        save(&dialog, QStringLiteral("readiness"));
    }

    INSTANTIATE_TEST_SUITE_P(Palettes,
        RecoveryDocScreenshots,
        ::testing::Values(false, true),
        [](const ::testing::TestParamInfo<bool>& info) { return info.param ? "Dark" : "Light"; });
}
