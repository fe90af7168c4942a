#include "VaultFixture.h"

#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/InlineMessage.h"
#include "dialogs/PasswordStrengthMeter.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

namespace tessera::gui::test
{
    namespace
    {
        const QString NewPassword = QStringLiteral("plum-Orbit-candle-47-Fjord");

        class ChangePasswordDialogTest : public VaultFixture
        {
        protected:
            void SetUp() override
            {
                VaultFixture::SetUp();
                dialog = std::make_unique<ChangePasswordDialog>(*vault);
                dialog->show();
                ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
            }

            void TearDown() override
            {
                dialog.reset();
                VaultFixture::TearDown();
            }

            QLineEdit* field(const char* name) const
            {
                return child<QLineEdit>(dialog.get(), QString::fromLatin1(name));
            }
            QPushButton* changeButton() const
            {
                return child<QPushButton>(dialog.get(), QStringLiteral("changePasswordButton"));
            }

            void fill(const QString& current, const QString& next, const QString& repeat) const
            {
                typeInto(field("currentPassword"), current);
                typeInto(field("newPassword"), next);
                typeInto(field("repeatPassword"), repeat);
            }

            /// Locks and tries to unlock with `password`.
            [[nodiscard]] bool unlocksWith(const QString& password) const
            {
                vault->lock();
                return vault->unlock(Credential::password(password)).ok();
            }

            std::unique_ptr<ChangePasswordDialog> dialog;
        };
    }

    TEST_F(ChangePasswordDialogTest, ChangesThePasswordOffTheGuiThread)
    {
        QSignalSpy changed(dialog.get(), &ChangePasswordDialog::passwordChanged);
        EXPECT_FALSE(changeButton()->isEnabled());
        fill(Password, NewPassword, NewPassword);
        ASSERT_TRUE(changeButton()->isEnabled());
        EXPECT_GE(child<PasswordStrengthMeter>(dialog.get(), QStringLiteral("passwordStrength"))->level(),
            PasswordStrength::Level::Good);

        click(changeButton());
        // The derivation runs on a worker thread: the dialog shows that it is busy meanwhile.
        EXPECT_TRUE(dialog->isBusy());
        EXPECT_TRUE(child<QProgressBar>(dialog.get(), QStringLiteral("passwordBusy"))->isVisible());
        EXPECT_FALSE(field("newPassword")->isEnabled());
        ASSERT_TRUE(QTest::qWaitFor([this] { return dialog->result() == QDialog::Accepted; }, 30000))
            << child<InlineMessage>(dialog.get(), QStringLiteral("passwordError"))->text().toStdString();
        EXPECT_EQ(changed.count(), 1);
        EXPECT_TRUE(field("newPassword")->text().isEmpty());
        EXPECT_EQ(vault->passwordParameters(), PasswordKdf::minimum());

        EXPECT_FALSE(unlocksWith(Password));
        EXPECT_TRUE(unlocksWith(NewPassword));
        // The recovery key is untouched.
        vault->lock();
        EXPECT_TRUE(vault->unlock(Credential::recoveryKey(*recoveryKey)).ok());
    }

    TEST_F(ChangePasswordDialogTest, AWrongCurrentPasswordIsReportedAndNothingChanges)
    {
        fill(QStringLiteral("not the password"), NewPassword, NewPassword);
        click(changeButton());
        auto* error = child<InlineMessage>(dialog.get(), QStringLiteral("passwordError"));
        ASSERT_TRUE(QTest::qWaitFor([this] { return !dialog->isBusy(); }, 30000));
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(error->text(),
            QStringLiteral("The current password is not right. Check Caps Lock and the keyboard layout, then try "
                           "again."));
        EXPECT_TRUE(field("currentPassword")->hasFocus());
        EXPECT_TRUE(changeButton()->isEnabled());
        EXPECT_TRUE(unlocksWith(Password));
    }

    TEST_F(ChangePasswordDialogTest, DifferentOrShortNewPasswordsKeepTheButtonDisabled)
    {
        auto* check = child<InlineMessage>(dialog.get(), QStringLiteral("passwordCheck"));
        fill(Password, NewPassword, QStringLiteral("plum-Orbit"));
        EXPECT_FALSE(changeButton()->isEnabled());
        EXPECT_EQ(check->text(), QStringLiteral("The two new passwords are different. Type the new password again."));

        replaceText(field("newPassword"), QStringLiteral("short"));
        replaceText(field("repeatPassword"), QStringLiteral("short"));
        EXPECT_FALSE(changeButton()->isEnabled());
        EXPECT_EQ(check->text(), QStringLiteral("Use at least 8 characters."));
        EXPECT_EQ(child<PasswordStrengthMeter>(dialog.get(), QStringLiteral("passwordStrength"))->level(),
            PasswordStrength::Level::Weak);

        replaceText(field("newPassword"), Password);
        replaceText(field("repeatPassword"), Password);
        EXPECT_FALSE(changeButton()->isEnabled());
        EXPECT_EQ(check->text(), QStringLiteral("The new password is the same as the current one."));
    }

    TEST_F(ChangePasswordDialogTest, CancellingWhileBusyChangesNothing)
    {
        fill(Password, NewPassword, NewPassword);
        click(changeButton());
        dialog->reject();
        EXPECT_FALSE(dialog->isBusy());
        // Let the abandoned derivation finish: its result must be dropped.
        QTest::qWait(200);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        EXPECT_TRUE(unlocksWith(Password));
    }

    TEST_F(ChangePasswordDialogTest, ClosingWhenTheVaultLocksDropsTheResult)
    {
        fill(Password, NewPassword, NewPassword);
        click(changeButton());
        // What the main window does on lock: done(), not reject().
        dialog->done(QDialog::Rejected);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        EXPECT_NE(dialog->result(), QDialog::Accepted);
        EXPECT_TRUE(unlocksWith(Password));
    }
}
