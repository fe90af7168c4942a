#include "VaultFixture.h"

#include "Base32.h"
#include "OtpGenerator.h"
#include "OtpUri.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/InlineMessage.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

namespace tessera::gui::test
{
    namespace
    {
        constexpr qint64 FixedTimeMs = 1'700'000'025'000; // 15 s before a 30 s code changes

        class AddAccountDialogTest : public VaultFixture
        {
        protected:
            void SetUp() override
            {
                VaultFixture::SetUp();
                dialog = std::make_unique<AddAccountDialog>(*vault);
                dialog->setClock(Clock([] { return FixedTimeMs; }));
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
            InlineMessage* message(const char* name) const
            {
                return child<InlineMessage>(dialog.get(), QString::fromLatin1(name));
            }
            QPushButton* addButton() const { return child<QPushButton>(dialog.get(), QStringLiteral("addButton")); }

            std::unique_ptr<AddAccountDialog> dialog;
        };
    }

    TEST_F(AddAccountDialogTest, StartsWithAddDisabledAndAHintForTheSecret)
    {
        EXPECT_FALSE(addButton()->isEnabled());
        EXPECT_EQ(message("secretStatus")->severity(), InlineMessage::Severity::Info);
        EXPECT_TRUE(message("secretStatus")->text().contains(u"A to Z"));
        EXPECT_FALSE(child<QWidget>(dialog.get(), QStringLiteral("typeBox"))->isVisible());
    }

    TEST_F(AddAccountDialogTest, ABadSecretShowsTheExactProblemAndKeepsAddDisabled)
    {
        typeInto(field("issuerEdit"), QStringLiteral("GitHub"));
        typeInto(field("secretEdit"), QStringLiteral("JBSW1Y3DP"));
        EXPECT_EQ(message("secretStatus")->severity(), InlineMessage::Severity::Error);
        EXPECT_EQ(message("secretStatus")->text(),
            QStringLiteral("Character '1' at position 5 is not valid base32 (base32 uses the letters A to Z and the "
                           "digits 2 to 7)."));
        EXPECT_TRUE(message("secretStatus")->isVisible());
        EXPECT_FALSE(addButton()->isEnabled());
        EXPECT_FALSE(child<QLabel>(dialog.get(), QStringLiteral("preview"))->isVisible());

        // A missing character is reported as such.
        replaceText(field("secretEdit"), QStringLiteral("JBSWY3DPE"));
        EXPECT_TRUE(message("secretStatus")->text().contains(u"a character is probably missing or extra"));
        EXPECT_FALSE(addButton()->isEnabled());

        // Enter does not add anything while the secret is wrong.
        QTest::keyClick(field("secretEdit"), Qt::Key_Return);
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_EQ(vault->accountCount(), 0);
    }

    TEST_F(AddAccountDialogTest, AValidSecretEnablesAddAndAddingSavesTheAccount)
    {
        QSignalSpy added(dialog.get(), &AddAccountDialog::accountAdded);
        typeInto(field("issuerEdit"), QStringLiteral("GitHub"));
        typeInto(field("accountEdit"), QStringLiteral("alice"));
        // Lower case and spaces, as providers often show the key.
        typeInto(field("secretEdit"), QStringLiteral("jbsw y3dp ehpk 3pxp"));
        EXPECT_FALSE(message("secretStatus")->isVisible());
        ASSERT_TRUE(addButton()->isEnabled());

        const auto expected = OtpParameters::create(OtpType::Totp, Base32::decode(u"JBSWY3DPEHPK3PXP").value());
        const QString code = OtpGenerator::grouped(OtpGenerator::code(*expected, FixedTimeMs / 1000));
        auto* preview = child<QLabel>(dialog.get(), QStringLiteral("preview"));
        EXPECT_TRUE(preview->isVisible());
        EXPECT_TRUE(preview->text().contains(code)) << preview->text().toStdString();
        EXPECT_TRUE(preview->text().contains(u"changes in 15 s")) << preview->text().toStdString();

        click(addButton());
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
        ASSERT_EQ(added.count(), 1);
        ASSERT_EQ(vault->accountCount(), 1);
        const Account stored = account(dialog->addedId());
        EXPECT_EQ(stored.issuer, QStringLiteral("GitHub"));
        EXPECT_EQ(stored.accountName, QStringLiteral("alice"));
        EXPECT_EQ(stored.parameters, *expected);
        EXPECT_EQ(added.first().first().toUuid(), dialog->addedId());
        // The secret does not stay in the closed dialog.
        EXPECT_TRUE(field("secretEdit")->text().isEmpty());
    }

    TEST_F(AddAccountDialogTest, NeedsAnIssuerOrAnAccountName)
    {
        typeInto(field("secretEdit"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        EXPECT_FALSE(addButton()->isEnabled());
        EXPECT_TRUE(message("nameStatus")->text().contains(u"issuer or the account name"));
        typeInto(field("accountEdit"), QStringLiteral("alice"));
        EXPECT_TRUE(addButton()->isEnabled());
    }

    TEST_F(AddAccountDialogTest, PastingALinkFillsTheFieldsForConfirmation)
    {
        const QString link
            = QStringLiteral("otpauth://totp/ACME%20Co:john@example.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                             "&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60");
        QApplication::clipboard()->setText(link);
        field("linkEdit")->setFocus(Qt::TabFocusReason);
        QTest::keySequence(field("linkEdit"), QKeySequence::Paste);

        EXPECT_EQ(field("issuerEdit")->text(), QStringLiteral("ACME Co"));
        EXPECT_EQ(field("accountEdit")->text(), QStringLiteral("john@example.com"));
        EXPECT_EQ(field("secretEdit")->text(), QStringLiteral("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"));
        // The link (with the secret in it) is not kept on screen twice.
        EXPECT_TRUE(field("linkEdit")->text().isEmpty());
        EXPECT_TRUE(message("linkStatus")->text().contains(u"Filled in from the link"));
        // Unusual settings open the advanced section so they can be seen.
        auto* algorithm = child<QComboBox>(dialog.get(), QStringLiteral("algorithmBox"));
        EXPECT_TRUE(algorithm->isVisible());
        EXPECT_EQ(algorithm->currentData().toInt(), static_cast<int>(HashAlgorithm::Sha256));
        EXPECT_EQ(child<QComboBox>(dialog.get(), QStringLiteral("digitsBox"))->currentData().toInt(), 8);
        EXPECT_EQ(child<QSpinBox>(dialog.get(), QStringLiteral("periodBox"))->value(), 60);
        ASSERT_TRUE(addButton()->isEnabled());

        click(addButton());
        const Account stored = account(dialog->addedId());
        EXPECT_EQ(stored.toUri(), OtpUri::parse(link).value());
    }

    TEST_F(AddAccountDialogTest, ABrokenLinkSaysWhatIsWrong)
    {
        typeInto(field("linkEdit"), QStringLiteral("https://example.com/setup"));
        EXPECT_EQ(message("linkStatus")->severity(), InlineMessage::Severity::Error);
        EXPECT_EQ(message("linkStatus")->text(), QStringLiteral("This is not an otpauth:// link."));
        EXPECT_TRUE(field("issuerEdit")->text().isEmpty());
        EXPECT_FALSE(addButton()->isEnabled());
    }

    TEST_F(AddAccountDialogTest, SetUriPrefillsTheDialog)
    {
        const auto uri = OtpUri::parse(u"otpauth://hotp/Bank:bob?secret=JBSWY3DPEHPK3PXP&issuer=Bank&counter=42");
        ASSERT_TRUE(uri.ok());
        dialog->setUri(*uri);
        EXPECT_EQ(field("issuerEdit")->text(), QStringLiteral("Bank"));
        EXPECT_EQ(field("accountEdit")->text(), QStringLiteral("bob"));
        EXPECT_EQ(child<QComboBox>(dialog.get(), QStringLiteral("typeBox"))->currentData().toInt(),
            static_cast<int>(OtpType::Hotp));
        EXPECT_EQ(field("counterEdit")->text(), QStringLiteral("42"));
        EXPECT_TRUE(field("counterEdit")->isVisible());
        EXPECT_TRUE(addButton()->isEnabled());
        const auto parameters = dialog->parameters();
        ASSERT_TRUE(parameters.ok());
        EXPECT_EQ(*parameters, uri->parameters());
    }

    TEST_F(AddAccountDialogTest, AdvancedFieldsMakeACounterBasedAccount)
    {
        auto* toggle = child<QToolButton>(dialog.get(), QStringLiteral("advancedToggle"));
        auto* type = child<QComboBox>(dialog.get(), QStringLiteral("typeBox"));
        auto* digits = child<QComboBox>(dialog.get(), QStringLiteral("digitsBox"));
        auto* period = child<QSpinBox>(dialog.get(), QStringLiteral("periodBox"));
        auto* counter = field("counterEdit");
        EXPECT_FALSE(type->isVisible());
        click(toggle);
        ASSERT_TRUE(type->isVisible());
        EXPECT_FALSE(counter->isEnabled()); // time-based by default

        type->setFocus(Qt::TabFocusReason);
        QTest::keyClick(type, Qt::Key_Down); // Counter-based (HOTP)
        EXPECT_EQ(type->currentData().toInt(), static_cast<int>(OtpType::Hotp));
        EXPECT_FALSE(period->isEnabled());
        EXPECT_TRUE(counter->isEnabled());
        digits->setFocus(Qt::TabFocusReason);
        QTest::keyClick(digits, Qt::Key_Down);
        QTest::keyClick(digits, Qt::Key_Down);
        EXPECT_EQ(digits->currentData().toInt(), 8);
        replaceText(counter, QStringLiteral("5"));

        typeInto(field("issuerEdit"), QStringLiteral("Bank"));
        typeInto(field("secretEdit"), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        ASSERT_TRUE(addButton()->isEnabled());
        const auto expected
            = OtpParameters::create(OtpType::Hotp, QByteArray("12345678901234567890"), HashAlgorithm::Sha1, 8, 30, 5);
        EXPECT_EQ(child<QLabel>(dialog.get(), QStringLiteral("preview"))->text(),
            QStringLiteral("Code for counter 5: %1").arg(OtpGenerator::grouped(OtpGenerator::code(*expected, 0))));

        click(addButton());
        EXPECT_EQ(account(dialog->addedId()).parameters, *expected);
    }

    TEST_F(AddAccountDialogTest, SteamFixesItsOwnSettings)
    {
        click(child<QToolButton>(dialog.get(), QStringLiteral("advancedToggle")));
        auto* type = child<QComboBox>(dialog.get(), QStringLiteral("typeBox"));
        type->setFocus(Qt::TabFocusReason);
        QTest::keyClick(type, Qt::Key_End);
        EXPECT_EQ(type->currentData().toInt(), static_cast<int>(OtpType::Steam));
        EXPECT_FALSE(child<QWidget>(dialog.get(), QStringLiteral("algorithmBox"))->isEnabled());
        EXPECT_FALSE(child<QWidget>(dialog.get(), QStringLiteral("digitsBox"))->isEnabled());
        EXPECT_FALSE(child<QWidget>(dialog.get(), QStringLiteral("periodBox"))->isEnabled());
        EXPECT_TRUE(message("typeNote")->text().contains(u"five characters"));
    }

    TEST_F(AddAccountDialogTest, WarnsAboutAnAccountWithTheSameName)
    {
        addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        typeInto(field("issuerEdit"), QStringLiteral("github"));
        typeInto(field("accountEdit"), QStringLiteral("Alice"));
        typeInto(field("secretEdit"), QStringLiteral("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"));
        EXPECT_EQ(message("nameStatus")->severity(), InlineMessage::Severity::Warning);
        EXPECT_TRUE(message("nameStatus")->text().contains(u"You already have \u201cGitHub (alice)\u201d"))
            << message("nameStatus")->text().toStdString();
        // A warning, not a refusal.
        EXPECT_TRUE(addButton()->isEnabled());
        click(addButton());
        EXPECT_EQ(vault->accountCount(), 2);
    }

    TEST_F(AddAccountDialogTest, AVaultErrorIsShownAndTheDialogStaysOpen)
    {
        typeInto(field("issuerEdit"), QStringLiteral("GitHub"));
        typeInto(field("secretEdit"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        vault->lock();
        click(addButton());
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_NE(dialog->result(), QDialog::Accepted);
        EXPECT_TRUE(message("addError")->text().startsWith(u"The account was not added."))
            << message("addError")->text().toStdString();
    }

    TEST_F(AddAccountDialogTest, TabFollowsTheFormFromTopToBottom)
    {
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        typeInto(field("secretEdit"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        typeInto(field("issuerEdit"), QStringLiteral("GitHub"));
        click(child<QToolButton>(dialog.get(), QStringLiteral("advancedToggle")));
        field("linkEdit")->setFocus(Qt::TabFocusReason);
        QStringList order;
        for (int i = 0; i < 10; ++i) {
            order.append(QApplication::focusWidget()->objectName());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        EXPECT_EQ(order,
            (QStringList{QStringLiteral("linkEdit"), QStringLiteral("issuerEdit"), QStringLiteral("accountEdit"),
                QStringLiteral("secretEdit"), QStringLiteral("advancedToggle"), QStringLiteral("typeBox"),
                QStringLiteral("algorithmBox"), QStringLiteral("digitsBox"), QStringLiteral("periodBox"),
                QStringLiteral("addButton")}))
            << order.join(u' ').toStdString();
    }

    TEST_F(AddAccountDialogTest, EveryControlHasAnAccessibleName)
    {
        click(child<QToolButton>(dialog.get(), QStringLiteral("advancedToggle")));
        for (QWidget* widget : dialog->findChildren<QWidget*>()) {
            // Qt's own inner widgets ("qt_spinbox_lineedit") take their name from their owner.
            if (widget->isVisible() && widget->focusPolicy() != Qt::NoFocus && !widget->objectName().startsWith(u"qt_")
                && (qobject_cast<QLineEdit*>(widget) != nullptr || qobject_cast<QComboBox*>(widget) != nullptr
                    || qobject_cast<QAbstractSpinBox*>(widget) != nullptr)) {
                EXPECT_FALSE(widget->accessibleName().isEmpty()) << widget->objectName().toStdString();
            }
        }
    }
}
