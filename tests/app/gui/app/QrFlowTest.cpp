#include "AppFixture.h"

#include "MainWindow.h"
#include "QrGuiTestData.h"
#include "TestPaths.h"
#include "Vault.h"
#include "app/DialogLauncher.h"
#include "app/VaultHolder.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/ImportReviewDialog.h"
#include "dialogs/InlineMessage.h"
#include "model/AccountListModel.h"
#include "pages/AccountsPage.h"
#include "qr/ShowQrDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

namespace tessera::gui::test
{
    namespace
    {
        /// The main window with an unlocked vault, and QR codes arriving by drop, paste and the add menu.
        class QrFlowTest : public AppFixture
        {
        protected:
            void SetUp() override
            {
                AppFixture::SetUp();
                createVault();
                startApp();
                unlock();
            }

            void TearDown() override
            {
                QGuiApplication::clipboard()->clear();
                AppFixture::TearDown();
            }

            MainWindow& window() const { return app().mainWindow(); }
            AccountsPage* accounts() const { return window().accountsPage(); }
            AccountListModel& model() const { return app().model(); }

            template <typename Dialog> Dialog* waitForDialog()
            {
                Dialog* found = nullptr;
                waitFor([&] {
                    found = qobject_cast<Dialog*>(window().dialogs()->current());
                    return found != nullptr;
                });
                return found;
            }

            /// Clicks the button with this text in the next modal message box, and remembers its text.
            void answerNextMessageBox(const QString& buttonText) { QTimer::singleShot(0, answerer(buttonText)); }

            std::function<void()> answerer(const QString& buttonText)
            {
                return [this, buttonText] {
                    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                    if (box == nullptr) {
                        // Not open yet: try again on the next pass of the event loop.
                        QTimer::singleShot(10, answerer(buttonText));
                        return;
                    }
                    messageBoxText = box->text();
                    messageBoxDetails = box->detailedText();
                    for (QAbstractButton* button : box->buttons()) {
                        if (button->text().remove(QLatin1Char('&')) == buttonText) {
                            button->click();
                            return;
                        }
                    }
                    ADD_FAILURE() << "no button " << buttonText.toStdString() << " in " << box->text().toStdString();
                    box->reject();
                };
            }

            /// Drops `mime` on the middle of the window, as a file manager would.
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

            void clickAdd(AddAccountDialog* dialog)
            {
                click(dialog->findChild<QPushButton*>(QStringLiteral("addButton")));
            }

            QString messageBoxText;
            QString messageBoxDetails;
        };
    }

    TEST_F(QrFlowTest, DroppingAnImageFileOpensTheFilledAddDialogThenOffersToDeleteTheFile)
    {
        const QString path = directory.filePath(QStringLiteral("enrol.png"));
        ASSERT_TRUE(tessera::test::QrGuiTestData::codeImage(tessera::test::QrGuiTestData::uri()).save(path));
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        drop(mime);

        auto* dialog = waitForDialog<AddAccountDialog>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("issuerEdit"))->text(), QStringLiteral("ACME"));
        answerNextMessageBox(QStringLiteral("Delete File"));
        clickAdd(dialog);
        ASSERT_TRUE(waitFor([&] { return !QFile::exists(path); }));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("enrol.png")));
        EXPECT_EQ(model().rowCount(), 1);
        delete mime;
    }

    TEST_F(QrFlowTest, KeepingTheImageLeavesTheFileAndCancellingAddsNothing)
    {
        const QString path = directory.filePath(QStringLiteral("keep.png"));
        ASSERT_TRUE(tessera::test::QrGuiTestData::codeImage(tessera::test::QrGuiTestData::uri()).save(path));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        window().addFromMimeData(&mime);
        auto* dialog = waitForDialog<AddAccountDialog>();
        ASSERT_NE(dialog, nullptr);
        dialog->reject();
        QTest::qWait(50);
        EXPECT_TRUE(QFile::exists(path));
        EXPECT_EQ(model().rowCount(), 0);

        window().addFromMimeData(&mime);
        dialog = waitForDialog<AddAccountDialog>();
        ASSERT_NE(dialog, nullptr);
        answerNextMessageBox(QStringLiteral("Keep"));
        clickAdd(dialog);
        ASSERT_TRUE(waitFor([&] { return !messageBoxText.isEmpty(); }));
        EXPECT_TRUE(QFile::exists(path));
        EXPECT_EQ(model().rowCount(), 1);
    }

    TEST_F(QrFlowTest, CtrlVWithAnImageInTheClipboardAddsFromItEvenInTheSearchField)
    {
        QGuiApplication::clipboard()->setImage(
            tessera::test::QrGuiTestData::codeImage(tessera::test::QrGuiTestData::uri()));
        accounts()->searchField()->setFocus();
        QTest::keyClick(accounts()->searchField(), Qt::Key_V, Qt::ControlModifier);
        auto* dialog = waitForDialog<AddAccountDialog>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(accounts()->searchField()->text().isEmpty());
        EXPECT_EQ(
            dialog->findChild<QLineEdit*>(QStringLiteral("accountEdit"))->text(), QStringLiteral("alice@example.com"));
        clickAdd(dialog);
        // Pasted image data has no file to delete: no question.
        ASSERT_TRUE(waitFor([&] { return model().rowCount() == 1; }));
        EXPECT_EQ(window().dialogs()->current(), nullptr);
    }

    TEST_F(QrFlowTest, CtrlVWithOrdinaryTextStillPastesIntoTheSearchField)
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("github"));
        accounts()->searchField()->setFocus();
        QTest::keyClick(accounts()->searchField(), Qt::Key_V, Qt::ControlModifier);
        QTest::qWait(20);
        EXPECT_EQ(accounts()->searchField()->text(), QStringLiteral("github"));
        EXPECT_EQ(window().dialogs()->current(), nullptr);
    }

    TEST_F(QrFlowTest, PastedTransferLinksOpenTheImportReviewWhichAddsTheTickedAccounts)
    {
        QFile file(tessera::test::dataPath(QStringLiteral("transfer/google_migration.txt")));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QStringList links;
        for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("otpauth-migration://"))) {
                links.append(line);
            }
        }
        ASSERT_FALSE(links.isEmpty());
        QGuiApplication::clipboard()->setText(links.join(QLatin1Char('\n')));
        window().pasteAction()->trigger();

        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        const qsizetype toAdd = review->plan().addCount();
        ASSERT_GT(toAdd, 0);
        EXPECT_EQ(review->entryList()->topLevelItemCount(), review->plan().items().size());
        // Untick the first entry: one account fewer.
        review->entryList()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        EXPECT_EQ(review->plan().addCount(), toAdd - 1);
        click(review->importButton());
        ASSERT_TRUE(waitFor([&] { return model().rowCount() == toAdd - 1; }));
        EXPECT_EQ(window().dialogs()->current(), nullptr);
        EXPECT_TRUE(accounts()->noticeText().contains(QStringLiteral("imported")));

        // The same links again: everything is a duplicate now, so nothing is ticked.
        window().pasteAction()->trigger();
        review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        EXPECT_EQ(review->plan().count(ImportPlan::Status::Duplicate), toAdd - 1);
        EXPECT_EQ(review->plan().addCount(), 1);
        EXPECT_TRUE(review->duplicatesBox()->isVisibleTo(review));
        review->reject();
    }

    TEST_F(QrFlowTest, AnImageWithoutAnAuthenticatorCodeShowsItsTextAndAddsNothing)
    {
        QGuiApplication::clipboard()->setImage(
            tessera::test::QrGuiTestData::codeImage(QStringLiteral("https://example.com/menu")));
        answerNextMessageBox(QStringLiteral("OK"));
        window().pasteAction()->trigger();
        ASSERT_TRUE(waitFor([&] { return !messageBoxText.isEmpty(); }));
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("not an authenticator code")));
        EXPECT_EQ(messageBoxDetails, QStringLiteral("https://example.com/menu"));
        EXPECT_EQ(model().rowCount(), 0);
    }

    TEST_F(QrFlowTest, AnEmptyClipboardSaysSoInTheStatusLine)
    {
        QGuiApplication::clipboard()->clear();
        window().pasteAction()->trigger();
        EXPECT_TRUE(accounts()->noticeText().contains(QStringLiteral("no QR code image")));
        EXPECT_EQ(window().dialogs()->current(), nullptr);
    }

    TEST_F(QrFlowTest, TheAddMenuOffersEveryQrSourceWithItsShortcut)
    {
        const QList<QAction*> actions = window().addMenu()->actions();
        for (QAction* action : {window().scanScreenAction(), window().scanRegionAction(), window().scanFileAction(),
                 window().scanCameraAction(), window().pasteAction()}) {
            EXPECT_TRUE(actions.contains(action)) << action->text().toStdString();
            EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
            EXPECT_TRUE(action->isEnabled());
        }
        window().lockAction()->trigger();
        EXPECT_FALSE(window().scanScreenAction()->isEnabled());
        EXPECT_FALSE(window().pasteAction()->isEnabled());
    }

    TEST_F(QrFlowTest, ShowQrCodeFromTheListAsksFirst)
    {
        const QUuid id
            = addAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        accounts()->selectAccount(id);
        accounts()->showQrCurrent();
        auto* dialog = waitForDialog<ShowQrDialog>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_FALSE(dialog->isRevealed());
        dialog->reveal();
        EXPECT_TRUE(dialog->isRevealed());
        dialog->reject();
    }
}
