#include "TransferFlowFixture.h"

#include "ImportPlan.h"
#include "Vault.h"
#include "dialogs/ImportReviewDialog.h"
#include "dialogs/InlineMessage.h"
#include "model/AccountListModel.h"
#include "pages/AccountsPage.h"
#include "transfer/ImportFileReader.h"
#include "transfer/ImportPasswordDialog.h"
#include "widgets/PasswordEdit.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <algorithm>

namespace tessera::gui::test
{
    namespace
    {
        /// Import from File (Ctrl+I) and dropped files: the format found from the content, the password asked
        /// only for encrypted files, the review, and nothing written when the file cannot be read.
        class ImportFileFlowTest : public TransferFlowFixture
        {
        protected:
            void SetUp() override
            {
                TransferFlowFixture::SetUp();
                startUnlocked();
            }

            AccountListModel& model() const { return app().model(); }

            /// Ctrl+I, then the file dialog chooses `path`.
            void importThroughTheMenu(const QString& path)
            {
                answerFileDialog(path);
                // Shortcuts reach the active window only: after a closed dialog, make it active again.
                window().activateWindow();
                ASSERT_TRUE(QTest::qWaitForWindowActive(&window()));
                QTest::keyClick(&window(), Qt::Key_I, Qt::ControlModifier);
            }

            /// Ticks nothing new: imports what the review proposes, and waits for the list.
            void importEverythingProposed(ImportReviewDialog* review)
            {
                ASSERT_NE(review, nullptr);
                const qsizetype before = model().rowCount();
                const qsizetype toAdd = review->plan().addCount();
                ASSERT_GT(toAdd, 0);
                click(review->importButton());
                ASSERT_TRUE(waitFor([&] { return model().rowCount() == before + toAdd; }));
            }

            QByteArray vaultFileHash() const
            {
                return QCryptographicHash::hash(readFile(vaultPath()), QCryptographicHash::Sha256);
            }

            void drop(QMimeData* mime)
            {
                const QPoint at = window().rect().center();
                QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(&window(), &enter);
                ASSERT_TRUE(enter.isAccepted());
                QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(&window(), &dropped);
                ASSERT_TRUE(dropped.isAccepted());
            }
        };
    }

    TEST_F(ImportFileFlowTest, TheMenuOffersImportWithCtrlIOnlyWhileUnlocked)
    {
        QAction* action = window().importAction();
        EXPECT_TRUE(window().mainMenu()->actions().contains(action));
        EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        EXPECT_TRUE(action->isEnabled());
        window().trashAction()->trigger();
        EXPECT_FALSE(action->isEnabled()) << "only on the accounts page";
        window().lockAction()->trigger();
        EXPECT_FALSE(action->isEnabled());
    }

    TEST_F(ImportFileFlowTest, APlainFileOpensTheReviewWithoutAskingForAPassword)
    {
        importThroughTheMenu(fixture(QStringLiteral("aegis_plain.json")));
        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        EXPECT_EQ(window().importer()->passwordDialog(), nullptr);
        EXPECT_EQ(review->plan().count(ImportPlan::Status::New), 5);
        EXPECT_EQ(review->plan().count(ImportPlan::Status::Unreadable), 2) << "the Yandex and mOTP entries";
        EXPECT_EQ(review->entryList()->topLevelItemCount(), 7);
        importEverythingProposed(review);
        EXPECT_EQ(vault().accountCount(), 5);
        EXPECT_TRUE(window().accountsPage()->noticeText().contains(QStringLiteral("imported")));
    }

    TEST_F(ImportFileFlowTest, AnEncryptedFileAsksForItsPasswordAndAWrongOneCanBeRetried)
    {
        importThroughTheMenu(fixture(QStringLiteral("aegis_encrypted.json")));
        auto* ask = waitForDialog<ImportPasswordDialog>();
        ASSERT_NE(ask, nullptr);
        EXPECT_FALSE(ask->openButton()->isEnabled()) << "nothing typed yet";

        typeInto(ask->passwordField(), QStringLiteral("not the password"));
        click(ask->openButton());
        ASSERT_TRUE(waitFor([&] { return !ask->isBusy() && !ask->message()->text().isEmpty(); }));
        EXPECT_TRUE(ask->message()->text().contains(QStringLiteral("does not open")));
        EXPECT_TRUE(ask->isVisible()) << "a wrong password lets the user try again";
        EXPECT_EQ(vault().accountCount(), 0);

        ask->passwordField()->selectAll();
        typeInto(ask->passwordField(), FixturePassword);
        QTest::keyClick(ask->passwordField(), Qt::Key_Return);
        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        EXPECT_EQ(review->plan().count(ImportPlan::Status::New), 5);
        importEverythingProposed(review);
        auto names = QStringList();
        for (const AccountSummary& summary : vault().accounts()) {
            names.append(summary.issuer);
        }
        EXPECT_TRUE(names.contains(QStringLiteral("Ünïcode Ltd")));
        EXPECT_TRUE(names.contains(QStringLiteral("Steam")));
    }

    TEST_F(ImportFileFlowTest, ATesseraBackupOpensWithItsPassword)
    {
        importThroughTheMenu(fixture(QStringLiteral("tessera_backup.tessera-backup")));
        auto* ask = waitForDialog<ImportPasswordDialog>();
        ASSERT_NE(ask, nullptr);
        typeInto(ask->passwordField(), FixturePassword);
        click(ask->openButton());
        EXPECT_TRUE(ask->busyIndicator()->isVisibleTo(ask)) << "the key derivation runs behind a busy indicator";
        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        EXPECT_GE(review->plan().count(ImportPlan::Status::New), 5);
        importEverythingProposed(review);
    }

    TEST_F(ImportFileFlowTest, AnUnreadableFileIsExplainedAndLeavesTheVaultAsItWas)
    {
        addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        const QByteArray before = vaultFileHash();

        const QString damaged = directory.filePath(QStringLiteral("cut-off.json"));
        QFile file(damaged);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(readFile(fixture(QStringLiteral("aegis_plain.json"))).left(200));
        file.close();
        answerMessageBox(QStringLiteral("OK"));
        importThroughTheMenu(damaged);
        ASSERT_TRUE(waitFor([&] { return messageBoxes == 1; }));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("cut-off.json")));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("malformed"))) << messageBoxText.toStdString();
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("export the accounts again")));
        EXPECT_TRUE(messageBoxInformation.contains(QStringLiteral("Nothing was added")));

        // Another app's file Tessera cannot read is named, with what to do instead.
        const QString zip = directory.filePath(QStringLiteral("export.zip"));
        QFile archive(zip);
        ASSERT_TRUE(archive.open(QIODevice::WriteOnly));
        archive.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
        archive.close();
        answerMessageBox(QStringLiteral("OK"));
        importThroughTheMenu(zip);
        ASSERT_TRUE(waitFor([&] { return messageBoxes == 2; }));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("ZIP archive")));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("Unpack it")));

        // A file that is gone.
        answerMessageBox(QStringLiteral("OK"));
        window().importFile(directory.filePath(QStringLiteral("missing.json")));
        ASSERT_TRUE(waitFor([&] { return messageBoxes == 3; }));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("cannot open")));

        EXPECT_EQ(window().dialogs()->current(), nullptr);
        EXPECT_EQ(vault().accountCount(), 1);
        EXPECT_EQ(vaultFileHash(), before) << "nothing was written";
    }

    TEST_F(ImportFileFlowTest, CancellingThePasswordOrTheReviewAddsNothing)
    {
        const QByteArray before = vaultFileHash();
        importThroughTheMenu(fixture(QStringLiteral("2fas_encrypted_v4.2fas")));
        auto* ask = waitForDialog<ImportPasswordDialog>();
        ASSERT_NE(ask, nullptr);
        ask->reject();
        ASSERT_TRUE(waitFor([&] { return window().importer()->passwordDialog() == nullptr; }));

        importThroughTheMenu(fixture(QStringLiteral("2fas_plain_v4.2fas")));
        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        review->reject();
        QTest::qWait(20);
        EXPECT_EQ(vault().accountCount(), 0);
        EXPECT_EQ(vaultFileHash(), before);
    }

    TEST_F(ImportFileFlowTest, LockingClosesThePasswordQuestion)
    {
        importThroughTheMenu(fixture(QStringLiteral("aegis_encrypted.json")));
        auto* ask = waitForDialog<ImportPasswordDialog>();
        ASSERT_NE(ask, nullptr);
        app().lock(AppController::LockReason::User);
        ASSERT_TRUE(waitFor([&] { return window().importer()->passwordDialog() == nullptr; }));
    }

    TEST_F(ImportFileFlowTest, ADroppedExportIsImportedAndADroppedImageStillReadsQrCodes)
    {
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("uris.txt")))});
        drop(mime);
        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        const QList<QLabel*> labels = review->findChildren<QLabel*>();
        EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
            return label->text().contains(QStringLiteral("uris.txt"));
        })) << "the review names the file";
        importEverythingProposed(review);
        delete mime;

        // An image is judged by its content, whatever its name: it goes to the QR reader, not the import.
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::white);
        const QString image = directory.filePath(QStringLiteral("photo.dat"));
        ASSERT_TRUE(picture.save(image, "PNG"));
        QMimeData imageDrop;
        imageDrop.setUrls({QUrl::fromLocalFile(image)});
        EXPECT_TRUE(ImportFileReader::importableFile(&imageDrop).isEmpty());
        QMimeData exportDrop;
        exportDrop.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("aegis_plain.json")))});
        EXPECT_EQ(ImportFileReader::importableFile(&exportDrop), fixture(QStringLiteral("aegis_plain.json")));
    }
}
