#include "AppFixture.h"

#include "Vault.h"
#include "app/VaultHolder.h"
#include "readiness/ReadinessDialog.h"
#include "readiness/ReadinessMonitor.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

namespace tessera::gui::test
{
    namespace
    {
        class ReadinessTest : public AppFixture
        {
        protected:
            void SetUp() override
            {
                AppFixture::SetUp();
                createVault();
                startApp();
                unlock();
                aws = addAccount(QStringLiteral("AWS root"), QStringLiteral("billing@example.com"),
                    QStringLiteral("JBSWY3DPEHPK3PXP"));
                ASSERT_TRUE(app()
                                .holder()
                                .vault()
                                .modify(aws,
                                    [](Account& account) {
                                        account.recovery.email = QStringLiteral("billing@example.com");
                                        account.recovery.phone = QStringLiteral("07911 123456");
                                    })
                                .ok());
                monitor = std::make_unique<ReadinessMonitor>(app().holder(), clock);
                monitor->refresh();
            }

            void TearDown() override
            {
                monitor.reset();
                AppFixture::TearDown();
            }

            const ReadinessAudit::Finding* finding(const QString& code) const
            {
                for (const ReadinessAudit::Finding& found : monitor->findings()) {
                    if (found.code == code) {
                        return &found;
                    }
                }
                return nullptr;
            }

            QUuid aws;
            std::unique_ptr<ReadinessMonitor> monitor;
        };
    }

    TEST_F(ReadinessTest, TheStorysPhoneNumberWithoutItsPlusIsFlaggedWithAOneClickFix)
    {
        const ReadinessAudit::Finding* phone = finding(QStringLiteral("phone-not-e164"));
        ASSERT_NE(phone, nullptr);
        EXPECT_EQ(phone->accountId, aws);
        EXPECT_EQ(phone->fix, ReadinessAudit::Fix::CorrectPhone);
        EXPECT_NE(finding(QStringLiteral("no-backup")), nullptr);

        ReadinessDialog dialog(*monitor);
        ASSERT_EQ(dialog.list()->topLevelItemCount(), monitor->findings().size());
        // Worst first.
        EXPECT_EQ(dialog.list()->topLevelItem(0)->text(0), QStringLiteral("Critical"));
        QSignalSpy fixes(&dialog, &ReadinessDialog::fixRequested);
        for (int row = 0; row < dialog.list()->topLevelItemCount(); ++row) {
            auto* button = qobject_cast<QPushButton*>(dialog.list()->itemWidget(dialog.list()->topLevelItem(row), 3));
            ASSERT_NE(button, nullptr);
            if (button->text() == ReadinessDialog::fixLabel(ReadinessAudit::Fix::CorrectPhone)) {
                button->click();
            }
        }
        ASSERT_EQ(fixes.count(), 1);
        EXPECT_EQ(fixes.first().at(0).value<ReadinessAudit::Fix>(), ReadinessAudit::Fix::CorrectPhone);
        EXPECT_EQ(fixes.first().at(1).toUuid(), aws);
    }

    TEST_F(ReadinessTest, FixingTheNumberClearsTheFindingAfterTheNextChange)
    {
        ASSERT_NE(finding(QStringLiteral("phone-not-e164")), nullptr);
        QSignalSpy changed(monitor.get(), &ReadinessMonitor::changed);
        ASSERT_TRUE(app()
                        .holder()
                        .vault()
                        .modify(aws, [](Account& account) { account.recovery.phone = QStringLiteral("+447911123456"); })
                        .ok());
        monitor->refresh();
        EXPECT_GE(changed.count(), 1);
        EXPECT_EQ(finding(QStringLiteral("phone-not-e164")), nullptr);
    }

    TEST_F(ReadinessTest, LockingForgetsTheFindings)
    {
        ASSERT_FALSE(monitor->findings().isEmpty());
        app().lock(AppController::LockReason::User);
        EXPECT_TRUE(monitor->findings().isEmpty());
    }
}
