#include "VaultFixture.h"

#include "dialogs/InlineMessage.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/RecoveryKeyView.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace tessera::gui::test
{
    namespace
    {
        class RecoveryKeyDialogTest : public VaultFixture
        {
        protected:
            void SetUp() override
            {
                VaultFixture::SetUp();
                dialog = std::make_unique<RecoveryKeyDialog>(*vault, *clipboard);
                dialog->show();
                ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
            }

            void TearDown() override
            {
                dialog.reset();
                VaultFixture::TearDown();
            }

            QPushButton* button(const char* name) const
            {
                return child<QPushButton>(dialog.get(), QString::fromLatin1(name));
            }

            [[nodiscard]] bool unlocksWith(const RecoveryKey& key) const
            {
                vault->lock();
                return vault->unlock(Credential::recoveryKey(key)).ok();
            }

            std::unique_ptr<RecoveryKeyDialog> dialog;
        };
    }

    TEST_F(RecoveryKeyDialogTest, RegeneratingShowsTheNewKeyOnceAndTheOldOneStopsWorking)
    {
        QSignalSpy regenerated(dialog.get(), &RecoveryKeyDialog::recoveryKeyRegenerated);
        click(button("regenerateRecoveryKey"));
        // A clear confirmation first: nothing has changed yet.
        EXPECT_TRUE(child<InlineMessage>(dialog.get(), QStringLiteral("regenerateWarning"))
                        ->text()
                        .contains(u"will stop working the moment the new one is made"));
        EXPECT_EQ(regenerated.count(), 0);
        click(button("confirmRegenerate"));
        ASSERT_EQ(regenerated.count(), 1);
        ASSERT_TRUE(dialog->isShowingNewKey());

        // Readable groups: two lines of seven groups of four.
        const QString shown = child<QLabel>(dialog.get(), QStringLiteral("recoveryKeyText"))->text();
        const QStringList lines = shown.split(QLatin1Char('\n'));
        ASSERT_EQ(lines.size(), 2);
        EXPECT_EQ(lines[0].split(QLatin1Char(' ')).size(), 7);
        auto parsed = RecoveryKey::parse(shown);
        ASSERT_TRUE(parsed.ok()) << parsed.error().message().toStdString();
        EXPECT_EQ(parsed->toString(), dialog->keyView()->keyText());

        click(button("copyRecoveryKey"));
        EXPECT_EQ(QApplication::clipboard()->text(), parsed->toString());
        EXPECT_TRUE(clipboard->holdsCopiedText());

        // Done waits for the confirmation that the key was kept.
        auto* done = button("doneButton");
        EXPECT_FALSE(done->isEnabled());
        click(child<QCheckBox>(dialog.get(), QStringLiteral("recoveryKeyKept")));
        ASSERT_TRUE(done->isEnabled());
        click(done);
        EXPECT_EQ(dialog->result(), QDialog::Accepted);
        EXPECT_TRUE(dialog->keyView()->keyText().isEmpty());

        EXPECT_FALSE(unlocksWith(*recoveryKey));
        EXPECT_TRUE(unlocksWith(*parsed));
    }

    TEST_F(RecoveryKeyDialogTest, GoingBackKeepsTheOldKey)
    {
        click(button("regenerateRecoveryKey"));
        click(button("regenerateBack"));
        EXPECT_FALSE(dialog->isShowingNewKey());
        click(button("closeButton"));
        EXPECT_EQ(dialog->result(), QDialog::Rejected);
        EXPECT_TRUE(unlocksWith(*recoveryKey));
    }

    TEST_F(RecoveryKeyDialogTest, SavesTheKeyInAFileOnlyTheOwnerCanRead)
    {
        click(button("regenerateRecoveryKey"));
        click(button("confirmRegenerate"));
        const QString path = directory.filePath(QStringLiteral("recovery-key.txt"));
        // An existing, world-readable file is tightened before the key goes in.
        {
            QFile existing(path);
            ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
            existing.write("old");
            existing.setPermissions(
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        }
        const auto saved = dialog->keyView()->saveTo(path);
        ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
        EXPECT_EQ(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        EXPECT_TRUE(content.startsWith(u"Tessera recovery key"));
        EXPECT_TRUE(content.contains(vault->path()));
        auto parsed = RecoveryKey::parse(child<QLabel>(dialog.get(), QStringLiteral("recoveryKeyText"))->text());
        ASSERT_TRUE(parsed.ok());
        EXPECT_TRUE(content.contains(child<QLabel>(dialog.get(), QStringLiteral("recoveryKeyText"))->text()));
        EXPECT_FALSE(content.contains(u"old"));
    }

    TEST_F(RecoveryKeyDialogTest, AFailureIsExplainedAndTheOldKeyStays)
    {
        click(button("regenerateRecoveryKey"));
        vault->lock();
        click(button("confirmRegenerate"));
        EXPECT_FALSE(dialog->isShowingNewKey());
        EXPECT_TRUE(child<InlineMessage>(dialog.get(), QStringLiteral("regenerateError"))
                        ->text()
                        .startsWith(u"The recovery key was not changed:"));
        EXPECT_TRUE(unlocksWith(*recoveryKey));
    }
}
