#include "TransferFlowFixture.h"

#include "BackupRecord.h"
#include "Base32.h"
#include "FormatDetector.h"
#include "ProcessRunner.h"
#include "TestPaths.h"
#include "Vault.h"
#include "dialogs/InlineMessage.h"
#include "pages/AccountsPage.h"
#include "transfer/ExportDialog.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PasswordEdit.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QTest>

namespace tessera::gui::test
{
    namespace
    {
        const QString ExportPassword = QStringLiteral("a long export password 42");

        /// Export… (Ctrl+Shift+E): every format written through the dialog, the file chosen in the save
        /// dialog, read back with core/transfer, owner-only, and noted in the vault's backup bookkeeping.
        class ExportFlowTest : public TransferFlowFixture
        {
        protected:
            void SetUp() override
            {
                TransferFlowFixture::SetUp();
                startUnlocked();
                github
                    = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("JBSWY3DPEHPK3PXP"));
                Account forge(OtpParameters::create(
                    OtpType::Totp, QByteArrayLiteral("abcdefghijklmnopqrst"), HashAlgorithm::Sha256, 8, 60)
                                  .value());
                forge.issuer = QStringLiteral("Forge");
                forge.accountName = QStringLiteral("bob");
                addAccount(std::move(forge));
                const QUuid old = addAccount(
                    QStringLiteral("Old Shop"), QStringLiteral("carol"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
                ASSERT_TRUE(vault().moveToTrash(old).ok());
            }

            ExportDialog* openExport()
            {
                window().activateWindow();
                QTest::keyClick(&window(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
                return waitForDialog<ExportDialog>();
            }

            /// Chooses `kind`, types the password when it needs one, agrees when asked, saves as `name`.
            QString exportAs(ExportDialog::Kind kind, const QString& name)
            {
                ExportDialog* dialog = openExport();
                EXPECT_NE(dialog, nullptr);
                if (dialog == nullptr) {
                    return {};
                }
                choose(dialog->kindButton(kind));
                EXPECT_EQ(dialog->kind(), kind);
                if (ExportDialog::isEncrypted(kind)) {
                    EXPECT_FALSE(dialog->exportButton()->isEnabled()) << "no password yet";
                    typeInto(dialog->passwordForm()->passwordField(), ExportPassword);
                    typeInto(dialog->passwordForm()->repeatField(), ExportPassword);
                } else {
                    answerMessageBox(QStringLiteral("Export Unencrypted"));
                }
                const QString path = directory.filePath(name);
                answerFileDialog(path);
                click(dialog->exportButton());
                EXPECT_TRUE(waitFor([&] { return window().dialogs()->current() == nullptr && QFile::exists(path); }))
                    << dialog->message()->text().toStdString();
                return path;
            }

            /// The accounts' issuers, read back from the file with core/transfer.
            QStringList readBack(const QString& path, const QString& formatId, bool encrypted)
            {
                const QByteArray bytes = readFile(path);
                const FormatDetector detector;
                auto detection = detector.detect(bytes);
                EXPECT_TRUE(detection.ok());
                if (!detection.ok()) {
                    return {};
                }
                EXPECT_EQ(detection->format->id(), formatId);
                EXPECT_EQ(detection->encrypted, encrypted);
                auto read = detector.read(bytes, encrypted ? std::optional<QString>(ExportPassword) : std::nullopt);
                EXPECT_TRUE(read.ok()) << (read.ok() ? std::string() : read.error().message().toStdString());
                QStringList issuers;
                if (read.ok()) {
                    for (const Account& account : read->accounts) {
                        issuers.append(account.issuer);
                    }
                    issuers.sort();
                }
                return issuers;
            }

            /// The newest backup record, which must be of `kind` at `location`.
            void expectRecorded(BackupKind kind, const QString& location, int accounts)
            {
                auto backups = vault().backups();
                ASSERT_TRUE(backups.ok());
                ASSERT_FALSE(backups->isEmpty());
                EXPECT_EQ(backups->first().kind, kind);
                EXPECT_EQ(backups->first().location, location);
                EXPECT_EQ(backups->first().accountRevisions.size(), accounts);
                EXPECT_TRUE(backups->first().contains(github));
            }

            QUuid github;
        };
    }

    TEST_F(ExportFlowTest, TheMenuOffersExportWithCtrlShiftE)
    {
        EXPECT_TRUE(window().mainMenu()->actions().contains(window().exportAction()));
        EXPECT_EQ(window().exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        window().lockAction()->trigger();
        EXPECT_FALSE(window().exportAction()->isEnabled());
    }

    TEST_F(ExportFlowTest, ATesseraBackupHasItsOwnPasswordAndKeepsTheTrash)
    {
        const QString path = exportAs(ExportDialog::Kind::TesseraBackup, QStringLiteral("backup.tessera-backup"));
        EXPECT_TRUE(isOwnerOnly(path));
        EXPECT_EQ(readBack(path, QStringLiteral("tessera"), true),
            (QStringList{QStringLiteral("Forge"), QStringLiteral("GitHub"), QStringLiteral("Old Shop")}));
        expectRecorded(BackupKind::TesseraBackup, path, 3);
        EXPECT_TRUE(window().accountsPage()->noticeText().contains(QStringLiteral("Exported 3 accounts")));
    }

    TEST_F(ExportFlowTest, AnEncryptedAegisFileLeavesTheTrashOut)
    {
        const QString path = exportAs(ExportDialog::Kind::AegisEncrypted, QStringLiteral("aegis.json"));
        EXPECT_TRUE(isOwnerOnly(path));
        EXPECT_EQ(readBack(path, QStringLiteral("aegis"), true),
            (QStringList{QStringLiteral("Forge"), QStringLiteral("GitHub")}));
        expectRecorded(BackupKind::AegisEncrypted, path, 2);
    }

    TEST_F(ExportFlowTest, APlainAegisFileIsWrittenOnlyAfterSayingWhatThatMeans)
    {
        const QString path = exportAs(ExportDialog::Kind::AegisPlain, QStringLiteral("aegis-plain.json"));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("Anyone who gets this file can copy every account")));
        EXPECT_TRUE(isOwnerOnly(path));
        EXPECT_EQ(readBack(path, QStringLiteral("aegis"), false),
            (QStringList{QStringLiteral("Forge"), QStringLiteral("GitHub")}));
        expectRecorded(BackupKind::AegisPlain, path, 2);
        EXPECT_TRUE(window().accountsPage()->noticeText().contains(QStringLiteral("not encrypted")));
    }

    TEST_F(ExportFlowTest, AListOfOtpauthLinks)
    {
        const QString path = exportAs(ExportDialog::Kind::UriList, QStringLiteral("links.txt"));
        EXPECT_TRUE(isOwnerOnly(path));
        EXPECT_EQ(readBack(path, QStringLiteral("uris"), false),
            (QStringList{QStringLiteral("Forge"), QStringLiteral("GitHub")}));
        expectRecorded(BackupKind::UriList, path, 2);
    }

    TEST_F(ExportFlowTest, APrintableSheetThroughThePdfExporter)
    {
        const QString path = exportAs(ExportDialog::Kind::Pdf, QStringLiteral("sheet.pdf"));
        EXPECT_TRUE(isOwnerOnly(path));
        EXPECT_TRUE(readFile(path).startsWith("%PDF"));
        expectRecorded(BackupKind::Pdf, path, 2);
        // Read back by something that is not Tessera.
        tessera::test::requireTool(QStringLiteral("pdftotext"));
        const auto text = tessera::test::runProcess(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        ASSERT_EQ(text.exitCode, 0);
        const QString words = QString::fromUtf8(text.out);
        EXPECT_TRUE(words.contains(QStringLiteral("GitHub")));
        EXPECT_TRUE(words.contains(QStringLiteral("Forge")));
        EXPECT_FALSE(words.contains(QStringLiteral("Old Shop"))) << "the trash is left out";
    }

    TEST_F(ExportFlowTest, CancellingTheWarningOrTheFileWritesNothing)
    {
        ExportDialog* dialog = openExport();
        ASSERT_NE(dialog, nullptr);
        choose(dialog->kindButton(ExportDialog::Kind::UriList));
        EXPECT_FALSE(dialog->message()->isVisible());
        answerMessageBox(QStringLiteral("Cancel"));
        click(dialog->exportButton());
        ASSERT_TRUE(waitFor([&] { return messageBoxes == 1; }));
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(QDir(directory.path()).entryList({QStringLiteral("*.txt")}).isEmpty());
        auto backups = vault().backups();
        ASSERT_TRUE(backups.ok());
        EXPECT_TRUE(backups->isEmpty());
        dialog->reject();
    }

    TEST_F(ExportFlowTest, TheBackupPasswordIsTypedTwiceWithAStrengthHint)
    {
        ExportDialog* dialog = openExport();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->kind(), ExportDialog::Kind::TesseraBackup) << "the recommended choice comes first";
        EXPECT_TRUE(dialog->passwordForm()->isVisible());
        typeInto(dialog->passwordForm()->passwordField(), ExportPassword);
        typeInto(dialog->passwordForm()->repeatField(), ExportPassword + QLatin1Char('x'));
        EXPECT_FALSE(dialog->exportButton()->isEnabled());
        dialog->passwordForm()->repeatField()->backspace();
        EXPECT_TRUE(dialog->exportButton()->isEnabled());
        // A plain format needs no password and says what it means instead.
        choose(dialog->kindButton(ExportDialog::Kind::AegisPlain));
        EXPECT_FALSE(dialog->passwordForm()->isVisible());
        EXPECT_TRUE(dialog->exportButton()->isEnabled());
        dialog->reject();
    }
}
