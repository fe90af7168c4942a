#include "VaultFixture.h"

#include "dialogs/EditAccountDialog.h"
#include "dialogs/InlineMessage.h"
#include "dialogs/PhoneNumberEditor.h"
#include "dialogs/RecoveryCodesEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace tessera::gui::test
{
    namespace
    {
        // 2024-03-05 10:00 UTC: "today" for "I checked it today" and for codes marked used.
        constexpr qint64 FixedTimeMs = 1'709'632'800'000;

        class EditAccountDialogTest : public VaultFixture
        {
        protected:
            void SetUp() override
            {
                VaultFixture::SetUp();
                id = addAccount(
                    QStringLiteral("AWS"), QStringLiteral("root@example.com"), QStringLiteral("JBSWY3DPEHPK3PXP"));
            }

            void TearDown() override
            {
                dialog.reset();
                VaultFixture::TearDown();
            }

            void open()
            {
                dialog = std::make_unique<EditAccountDialog>(*vault, id, *clipboard);
                dialog->setClock(Clock([] { return FixedTimeMs; }));
                dialog->show();
                ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
            }

            void showTab(int index) const
            {
                auto* tabs = child<QTabWidget>(dialog.get(), QStringLiteral("editTabs"));
                tabs->setCurrentIndex(index);
            }

            template <typename T> T* get(const char* name) const
            {
                return child<T>(dialog.get(), QString::fromLatin1(name));
            }

            /// Picks a country in the phone editor's picker by typing its name, as a keyboard user would.
            void chooseRegion(const QString& name) const { replaceText(get<QComboBox>("phoneRegion"), name); }

            [[nodiscard]] static QDate fixedToday()
            {
                return QDateTime::fromMSecsSinceEpoch(FixedTimeMs, Qt::UTC).toLocalTime().date();
            }

            QUuid id;
            std::unique_ptr<EditAccountDialog> dialog;
        };
    }

    TEST_F(EditAccountDialogTest, RoundTripsEveryField)
    {
        open();
        replaceText(get<QLineEdit>("issuerEdit"), QStringLiteral("Amazon Web Services"));
        replaceText(get<QLineEdit>("accountEdit"), QStringLiteral("root user"));
        click(get<QCheckBox>("favoriteBox"));
        typeInto(get<QLineEdit>("tagsEdit"), QStringLiteral("work, cloud ,, work"));
        typeInto(get<QPlainTextEdit>("noteEdit"), QStringLiteral("Billing account"));
        EXPECT_TRUE(get<QLabel>("parametersSummary")->text().contains(u"Time-based (TOTP), SHA1, 6 digits"));

        showTab(1);
        typeInto(get<QLineEdit>("emailEdit"), QStringLiteral("root@example.com"));
        chooseRegion(QStringLiteral("United Kingdom"));
        typeInto(get<QLineEdit>("phoneEdit"), QStringLiteral("+447911123456"));
        EXPECT_TRUE(get<QLabel>("checkedOnLabel")->text().startsWith(u"Not yet compared"));
        click(get<QPushButton>("checkedTodayButton"));
        auto* secondFactor = get<QComboBox>("secondFactorBox");
        secondFactor->setFocus(Qt::TabFocusReason);
        QTest::keyClick(secondFactor, Qt::Key_End); // a security key
        typeInto(get<QLineEdit>("recoveryUrlEdit"), QStringLiteral("https://aws.amazon.com/premiumsupport/"));
        typeInto(get<QPlainTextEdit>("recoveryNoteEdit"), QStringLiteral("Support case 123"));

        showTab(2);
        pasteInto(get<QPlainTextEdit>("recoveryCodesPaste"), QStringLiteral("aaaa-1111\nbbbb-2222\n\ncccc-3333\n"));
        click(get<QPushButton>("addRecoveryCodes"));
        EXPECT_EQ(get<QLabel>("recoveryCodesAddResult")->text(), QStringLiteral("Added 3 codes."));
        click(get<QCheckBox>("recoveryCodeUsed2"));

        auto* save = get<QPushButton>("saveButton");
        ASSERT_TRUE(save->isEnabled()) << get<InlineMessage>("editError")->text().toStdString();
        QSignalSpy saved(dialog.get(), &EditAccountDialog::accountSaved);
        click(save);
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
        EXPECT_EQ(saved.count(), 1);

        const Account stored = account(id);
        EXPECT_EQ(stored.issuer, QStringLiteral("Amazon Web Services"));
        EXPECT_EQ(stored.accountName, QStringLiteral("root user"));
        EXPECT_TRUE(stored.favorite);
        EXPECT_EQ(stored.tags, (QStringList{QStringLiteral("work"), QStringLiteral("cloud")}));
        EXPECT_EQ(stored.note, QStringLiteral("Billing account"));
        EXPECT_EQ(stored.recovery.email, QStringLiteral("root@example.com"));
        EXPECT_EQ(stored.recovery.phone, QStringLiteral("+447911123456"));
        EXPECT_EQ(stored.recovery.phoneCheckedOn, fixedToday());
        EXPECT_EQ(stored.recovery.secondFactor, SecondFactor::SecurityKey);
        EXPECT_EQ(stored.recovery.recoveryUrl, QStringLiteral("https://aws.amazon.com/premiumsupport/"));
        EXPECT_EQ(stored.recovery.note, QStringLiteral("Support case 123"));
        ASSERT_EQ(stored.recovery.recoveryCodes.size(), 3);
        EXPECT_EQ(stored.recovery.recoveryCodes[0], (RecoveryCode{QStringLiteral("aaaa-1111"), false, QDateTime()}));
        EXPECT_EQ(stored.recovery.recoveryCodes[1].code, QStringLiteral("bbbb-2222"));
        EXPECT_TRUE(stored.recovery.recoveryCodes[1].used);
        EXPECT_EQ(stored.recovery.recoveryCodes[1].usedAt, QDateTime::fromMSecsSinceEpoch(FixedTimeMs, Qt::UTC));
        EXPECT_EQ(stored.recovery.recoveryCodes[2].code, QStringLiteral("cccc-3333"));

        // Opened again, the dialog shows what was saved, and saving unchanged changes nothing.
        open();
        EXPECT_EQ(get<QLineEdit>("issuerEdit")->text(), QStringLiteral("Amazon Web Services"));
        EXPECT_EQ(get<QLineEdit>("accountEdit")->text(), QStringLiteral("root user"));
        EXPECT_TRUE(get<QCheckBox>("favoriteBox")->isChecked());
        EXPECT_EQ(get<QLineEdit>("tagsEdit")->text(), QStringLiteral("work, cloud"));
        EXPECT_EQ(get<QPlainTextEdit>("noteEdit")->toPlainText(), QStringLiteral("Billing account"));
        EXPECT_EQ(get<QLineEdit>("emailEdit")->text(), QStringLiteral("root@example.com"));
        EXPECT_EQ(get<QLineEdit>("phoneEdit")->text(), QStringLiteral("+447911123456"));
        EXPECT_TRUE(get<QLabel>("checkedOnLabel")->text().startsWith(u"Compared with the provider's records on"));
        EXPECT_EQ(
            get<QComboBox>("secondFactorBox")->currentData().toInt(), static_cast<int>(SecondFactor::SecurityKey));
        EXPECT_EQ(get<QLineEdit>("recoveryUrlEdit")->text(), QStringLiteral("https://aws.amazon.com/premiumsupport/"));
        EXPECT_EQ(get<QPlainTextEdit>("recoveryNoteEdit")->toPlainText(), QStringLiteral("Support case 123"));
        EXPECT_EQ(get<RecoveryCodesEditor>("recoveryCodes")->codes(), stored.recovery.recoveryCodes);
        EXPECT_TRUE(get<QCheckBox>("recoveryCodeUsed2")->isChecked());
        EXPECT_FALSE(get<QCheckBox>("recoveryCodeUsed1")->isChecked());
        click(get<QPushButton>("saveButton"));
        const Account again = account(id);
        EXPECT_EQ(again.issuer, stored.issuer);
        EXPECT_EQ(again.tags, stored.tags);
        EXPECT_EQ(again.note, stored.note);
        EXPECT_EQ(again.recovery, stored.recovery);
    }

    TEST_F(EditAccountDialogTest, ShowsThePhoneNumberInE164AndFlagsAMissingPlus)
    {
        open();
        showTab(1);
        chooseRegion(QStringLiteral("United Kingdom"));
        ASSERT_EQ(get<PhoneNumberEditor>("phoneEditor")->region(), QStringLiteral("GB"));
        typeInto(get<QLineEdit>("phoneEdit"), QStringLiteral("07911 123456"));

        auto* e164 = get<QLabel>("phoneE164");
        EXPECT_TRUE(e164->isVisible());
        EXPECT_TRUE(e164->text().contains(u"+447911123456")) << e164->text().toStdString();
        auto* findings = get<InlineMessage>("phoneFindings");
        EXPECT_EQ(findings->severity(), InlineMessage::Severity::Warning);
        EXPECT_TRUE(findings->isVisible());
        EXPECT_TRUE(findings->text().contains(u"no country code")) << findings->text().toStdString();
        EXPECT_TRUE(findings->text().contains(u"+447911123456"));
        // The missing '+' is a warning: the number is stored as the provider shows it.
        auto* useE164 = get<QPushButton>("phoneUseE164");
        EXPECT_TRUE(useE164->isVisible());
        EXPECT_TRUE(get<QPushButton>("saveButton")->isEnabled());
        click(get<QPushButton>("saveButton"));
        EXPECT_EQ(account(id).recovery.phone, QStringLiteral("07911 123456"));

        // "Use This Form" rewrites it in E.164 form; then nothing is flagged.
        open();
        showTab(1);
        chooseRegion(QStringLiteral("United Kingdom"));
        click(get<QPushButton>("phoneUseE164"));
        EXPECT_EQ(get<QLineEdit>("phoneEdit")->text(), QStringLiteral("+447911123456"));
        EXPECT_FALSE(get<InlineMessage>("phoneFindings")->text().contains(u"country code"));
        EXPECT_FALSE(get<QPushButton>("phoneUseE164")->isVisible());
    }

    TEST_F(EditAccountDialogTest, AMissingPlusIsFlaggedWhateverTheCountry)
    {
        open();
        showTab(1);
        chooseRegion(QStringLiteral("us")); // the code works too
        ASSERT_EQ(get<PhoneNumberEditor>("phoneEditor")->region(), QStringLiteral("US"));
        typeInto(get<QLineEdit>("phoneEdit"), QStringLiteral("201 555 0123"));
        EXPECT_TRUE(get<QLabel>("phoneE164")->text().contains(u"+12015550123"));
        EXPECT_TRUE(get<InlineMessage>("phoneFindings")->text().contains(u"no country code"));

        // Without a country, a number without '+' cannot be read at all: saving waits for a fix.
        chooseRegion(QStringLiteral("No default country"));
        EXPECT_TRUE(get<PhoneNumberEditor>("phoneEditor")->region().isEmpty());
        EXPECT_EQ(get<InlineMessage>("phoneFindings")->severity(), InlineMessage::Severity::Error);
        EXPECT_TRUE(get<InlineMessage>("phoneFindings")->text().contains(u"has no country code"));
        EXPECT_FALSE(get<QPushButton>("saveButton")->isEnabled());
        EXPECT_TRUE(get<InlineMessage>("editError")->text().startsWith(u"Phone number:"));
    }

    TEST_F(EditAccountDialogTest, ANumberTheMetadataCallsInvalidCanBeKeptOnPurpose)
    {
        open();
        showTab(1);
        typeInto(get<QLineEdit>("phoneEdit"), QStringLiteral("+44 1000 000000"));
        auto* editor = get<PhoneNumberEditor>("phoneEditor");
        ASSERT_TRUE(editor->number().has_value());
        ASSERT_TRUE(editor->number()->hasIssue(PhoneNumber::IssueKind::NotValid));
        EXPECT_FALSE(get<QPushButton>("saveButton")->isEnabled());
        auto* keep = get<QCheckBox>("phoneOverride");
        EXPECT_TRUE(keep->isVisible());
        click(keep);
        EXPECT_TRUE(get<QPushButton>("saveButton")->isEnabled());
        click(get<QPushButton>("saveButton"));
        EXPECT_EQ(account(id).recovery.phone, QStringLiteral("+44 1000 000000"));
    }

    TEST_F(EditAccountDialogTest, AStoredNumberThatCannotBeReadDoesNotBlockOtherEdits)
    {
        ASSERT_TRUE(vault->modify(id, [](Account& a) { a.recovery.phone = QStringLiteral("07911 123456"); }).ok());
        open();
        showTab(1);
        chooseRegion(QStringLiteral("No default country"));
        EXPECT_EQ(get<InlineMessage>("phoneFindings")->severity(), InlineMessage::Severity::Error);
        showTab(0);
        replaceText(get<QLineEdit>("issuerEdit"), QStringLiteral("Amazon"));
        ASSERT_TRUE(get<QPushButton>("saveButton")->isEnabled());
        click(get<QPushButton>("saveButton"));
        EXPECT_EQ(account(id).issuer, QStringLiteral("Amazon"));
        EXPECT_EQ(account(id).recovery.phone, QStringLiteral("07911 123456"));
    }

    TEST_F(EditAccountDialogTest, ChangingThePhoneClearsTheCheckedDate)
    {
        ASSERT_TRUE(vault
                        ->modify(id,
                            [](Account& a) {
                                a.recovery.phone = QStringLiteral("+447911123456");
                                a.recovery.phoneCheckedOn = QDate(2023, 1, 2);
                            })
                        .ok());
        open();
        showTab(1);
        EXPECT_TRUE(get<QLabel>("checkedOnLabel")->text().startsWith(u"Compared"));
        replaceText(get<QLineEdit>("phoneEdit"), QStringLiteral("+447911123457"));
        EXPECT_TRUE(get<QLabel>("checkedOnLabel")->text().startsWith(u"Not yet compared"));
        click(get<QPushButton>("saveButton"));
        EXPECT_FALSE(account(id).recovery.phoneCheckedOn.isValid());
    }

    TEST_F(EditAccountDialogTest, CopyingARecoveryCodeMarksItUsedAtOnce)
    {
        ASSERT_TRUE(vault
                        ->modify(id,
                            [](Account& a) {
                                a.recovery.recoveryCodes = {{QStringLiteral("1111-aaaa"), false, QDateTime()},
                                    {QStringLiteral("2222-bbbb"), false, QDateTime()}};
                            })
                        .ok());
        open();
        showTab(2);
        click(get<QPushButton>("recoveryCodeCopy2"));
        EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("2222-bbbb"));
        EXPECT_TRUE(clipboard->holdsCopiedText());
        EXPECT_TRUE(get<QCheckBox>("recoveryCodeUsed2")->isChecked());
        EXPECT_TRUE(get<InlineMessage>("codesStatus")->text().startsWith(u"Copied and marked used."));
        // Saved already: cancelling the dialog does not bring the spent code back.
        dialog->reject();
        const Account stored = account(id);
        EXPECT_FALSE(stored.recovery.recoveryCodes[0].used);
        EXPECT_TRUE(stored.recovery.recoveryCodes[1].used);
        EXPECT_EQ(stored.recovery.recoveryCodes[1].usedAt, QDateTime::fromMSecsSinceEpoch(FixedTimeMs, Qt::UTC));
    }

    TEST_F(EditAccountDialogTest, SavingKeepsChangesMadeMeanwhileElsewhere)
    {
        open();
        // Another process (tessera-cli edit) changes the note and adds a code while the dialog is open.
        Vault other(vault->path());
        ASSERT_TRUE(other.unlock(Credential::password(Password)).ok());
        ASSERT_TRUE(other
                        .modify(id,
                            [](Account& a) {
                                a.note = QStringLiteral("from the command line");
                                a.recovery.recoveryCodes.append({QStringLiteral("9999-zzzz"), false, QDateTime()});
                            })
                        .ok());
        other.lock();

        replaceText(get<QLineEdit>("issuerEdit"), QStringLiteral("Amazon"));
        click(get<QPushButton>("saveButton"));
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
        const Account stored = account(id);
        EXPECT_EQ(stored.issuer, QStringLiteral("Amazon"));
        EXPECT_EQ(stored.note, QStringLiteral("from the command line"));
        ASSERT_EQ(stored.recovery.recoveryCodes.size(), 1);
        EXPECT_EQ(stored.recovery.recoveryCodes[0].code, QStringLiteral("9999-zzzz"));
    }

    TEST_F(EditAccountDialogTest, RemovingCodesAndRepeatedPastes)
    {
        open();
        showTab(2);
        pasteInto(get<QPlainTextEdit>("recoveryCodesPaste"), QStringLiteral("one\ntwo\n"));
        click(get<QPushButton>("addRecoveryCodes"));
        pasteInto(get<QPlainTextEdit>("recoveryCodesPaste"), QStringLiteral("two\nthree"));
        click(get<QPushButton>("addRecoveryCodes"));
        EXPECT_EQ(get<QLabel>("recoveryCodesAddResult")->text(),
            QStringLiteral("Added 1 code. 1 line already stored or repeated."));
        EXPECT_EQ(get<RecoveryCodesEditor>("recoveryCodes")->codes().size(), 3);
        click(get<QCheckBox>("recoveryCodeUsed1"));
        click(get<QPushButton>("removeUsedCodes"));
        ASSERT_EQ(get<RecoveryCodesEditor>("recoveryCodes")->codes().size(), 2);
        click(get<QPushButton>("saveButton"));
        const Account stored = account(id);
        ASSERT_EQ(stored.recovery.recoveryCodes.size(), 2);
        EXPECT_EQ(stored.recovery.recoveryCodes[0].code, QStringLiteral("two"));
        EXPECT_EQ(stored.recovery.recoveryCodes[1].code, QStringLiteral("three"));
    }

    TEST_F(EditAccountDialogTest, AnAccountThatCannotBeReadOnlyOffersCancel)
    {
        id = QUuid::createUuid();
        open();
        EXPECT_FALSE(dialog->isLoaded());
        EXPECT_FALSE(get<QPushButton>("saveButton")->isEnabled());
        EXPECT_TRUE(get<InlineMessage>("editError")->text().startsWith(u"This account could not be opened."));
    }

    TEST_F(EditAccountDialogTest, EmailAndAddressWarningsDoNotBlockSaving)
    {
        open();
        showTab(1);
        typeInto(get<QLineEdit>("emailEdit"), QStringLiteral("root-at-example"));
        typeInto(get<QLineEdit>("recoveryUrlEdit"), QStringLiteral("aws recovery"));
        EXPECT_EQ(get<InlineMessage>("emailStatus")->severity(), InlineMessage::Severity::Warning);
        EXPECT_TRUE(get<InlineMessage>("emailStatus")->isVisible());
        EXPECT_TRUE(get<InlineMessage>("urlStatus")->isVisible());
        EXPECT_TRUE(get<QPushButton>("saveButton")->isEnabled());
    }
}
