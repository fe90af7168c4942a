#include "TransferFlowFixture.h"

#include "BackupRecord.h"
#include "GoogleMigration.h"
#include "GoogleMigrationImport.h"
#include "QrDecoder.h"
#include "Vault.h"
#include "dialogs/InlineMessage.h"
#include "qr/QrCodeView.h"
#include "transfer/ExportDialog.h"
#include "transfer/TransferCodesDialog.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace tessera::gui::test
{
    namespace
    {
        /// Google Authenticator transfer codes from Export…: a full-screen slideshow "Code 1 of 3" with Next and
        /// Previous (and the arrow keys), the accounts left out and those with a warning, PNG files.
        class TransferCodesTest : public TransferFlowFixture
        {
        protected:
            static constexpr int Carried = 23;

            void SetUp() override
            {
                TransferFlowFixture::SetUp();
                startUnlocked();
                // 21 ordinary accounts, one Google Authenticator may show wrong codes for, one it cannot hold.
                QList<Account> accounts;
                for (int i = 0; i < Carried - 2; ++i) {
                    Account account(OtpParameters::create(OtpType::Totp, QByteArray(20, char('a' + i))).value());
                    account.issuer = QStringLiteral("Service %1").arg(i + 1);
                    account.accountName = QStringLiteral("user%1").arg(i + 1);
                    accounts.append(account);
                }
                Account forge(OtpParameters::create(
                    OtpType::Totp, QByteArrayLiteral("abcdefghijklmnopqrst"), HashAlgorithm::Sha256)
                                  .value());
                forge.issuer = QStringLiteral("Forge");
                forge.accountName = QStringLiteral("bob");
                accounts.append(forge);
                Account wide(OtpParameters::create(
                    OtpType::Totp, QByteArrayLiteral("12345678901234567890"), HashAlgorithm::Sha1, 7)
                                 .value());
                wide.issuer = QStringLiteral("Seven");
                wide.accountName = QStringLiteral("dave");
                accounts.append(wide);
                Account steam(OtpParameters::create(OtpType::Steam, QByteArrayLiteral("Test Steam key!!")).value());
                steam.issuer = QStringLiteral("Steam");
                steam.accountName = QStringLiteral("erin");
                accounts.append(steam);
                ASSERT_TRUE(vault().addAll(accounts).ok());
            }

            /// Export… → Google Authenticator transfer codes → Show Codes, agreeing to the warning.
            TransferCodesDialog* showCodes()
            {
                window().exportAction()->trigger();
                auto* exporter = waitForDialog<ExportDialog>();
                EXPECT_NE(exporter, nullptr);
                if (exporter == nullptr) {
                    return nullptr;
                }
                choose(exporter->kindButton(ExportDialog::Kind::GoogleCodes));
                EXPECT_EQ(exporter->exportButton()->text().remove(QLatin1Char('&')), QStringLiteral("Show Codes…"));
                answerMessageBox(QStringLiteral("Show Codes"));
                click(exporter->exportButton());
                auto* codes = waitForDialog<TransferCodesDialog>();
                if (codes != nullptr) {
                    codes->activateWindow();
                    EXPECT_TRUE(QTest::qWaitForWindowActive(codes));
                }
                return codes;
            }

            /// The payload of the code the slideshow shows now, read from the screen.
            static QString shownPayload(TransferCodesDialog* dialog)
            {
                const QImage shown = dialog->codeView()->grab().toImage();
                auto payloads = QrDecoder().decode(shown);
                EXPECT_TRUE(payloads.ok());
                if (!payloads.ok() || payloads->size() != 1) {
                    ADD_FAILURE() << "one code expected on screen";
                    return {};
                }
                return payloads->first().text();
            }

            static int shownBatchIndex(TransferCodesDialog* dialog)
            {
                auto payload = GoogleMigration::decodeUri(shownPayload(dialog));
                EXPECT_TRUE(payload.ok());
                return payload.ok() ? payload->batchIndex : -1;
            }
        };
    }

    TEST_F(TransferCodesTest, TheSlideshowFillsTheScreenAndAsksFirst)
    {
        TransferCodesDialog* dialog = showCodes();
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(messageBoxText.contains(QStringLiteral("Anyone who sees these codes can copy every account")));
        EXPECT_TRUE(dialog->isFullScreen());
        EXPECT_EQ(dialog->count(), 3) << "22 accounts, at most ten a code";
        EXPECT_EQ(dialog->positionLabel()->text(), QStringLiteral("Code 1 of 3"));
        EXPECT_EQ(shownBatchIndex(dialog), 0);
        dialog->reject();
    }

    TEST_F(TransferCodesTest, NextPreviousAndTheArrowKeysMoveThroughTheCodesAndEscCloses)
    {
        TransferCodesDialog* dialog = showCodes();
        ASSERT_NE(dialog, nullptr);
        EXPECT_FALSE(dialog->previousButton()->isEnabled());
        click(dialog->nextButton());
        EXPECT_EQ(dialog->positionLabel()->text(), QStringLiteral("Code 2 of 3"));
        EXPECT_EQ(shownBatchIndex(dialog), 1);
        QTest::keyClick(dialog, Qt::Key_Right);
        EXPECT_EQ(dialog->positionLabel()->text(), QStringLiteral("Code 3 of 3"));
        EXPECT_EQ(shownBatchIndex(dialog), 2);
        EXPECT_FALSE(dialog->nextButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Right);
        EXPECT_EQ(dialog->currentIndex(), 2) << "the last code stays";
        QTest::keyClick(dialog, Qt::Key_Left);
        EXPECT_EQ(dialog->positionLabel()->text(), QStringLiteral("Code 2 of 3"));
        QTest::keyClick(dialog, Qt::Key_PageUp);
        EXPECT_EQ(dialog->currentIndex(), 0);
        QTest::keyClick(dialog, Qt::Key_PageDown);
        EXPECT_EQ(dialog->currentIndex(), 1);
        click(dialog->previousButton());
        EXPECT_EQ(dialog->currentIndex(), 0);

        QTest::keyClick(dialog, Qt::Key_Escape);
        ASSERT_TRUE(waitFor([&] { return window().dialogs()->current() == nullptr; }));
        // Every code was on the screen: a phone may hold the accounts now, so the copy is noted.
        auto backups = vault().backups();
        ASSERT_TRUE(backups.ok());
        ASSERT_EQ(backups->size(), 1);
        EXPECT_EQ(backups->first().kind, BackupKind::GoogleMigration);
        EXPECT_EQ(backups->first().accountRevisions.size(), 22);
    }

    TEST_F(TransferCodesTest, AccountsLeftOutAndThoseWithAWarningAreListed)
    {
        TransferCodesDialog* dialog = showCodes();
        ASSERT_NE(dialog, nullptr);
        const QString leftOut = dialog->leftOutMessage()->text();
        EXPECT_TRUE(dialog->leftOutMessage()->isVisible());
        EXPECT_TRUE(leftOut.contains(QStringLiteral("Steam (erin)"))) << leftOut.toStdString();
        EXPECT_TRUE(leftOut.contains(QStringLiteral("Seven (dave)"))) << leftOut.toStdString();
        EXPECT_FALSE(leftOut.contains(QStringLiteral("Forge")));
        const QString warnings = dialog->warningsMessage()->text();
        EXPECT_TRUE(dialog->warningsMessage()->isVisible());
        EXPECT_TRUE(warnings.contains(QStringLiteral("Forge (bob)"))) << warnings.toStdString();
        EXPECT_TRUE(warnings.contains(QStringLiteral("SHA256")));
        dialog->reject();
        auto backups = vault().backups();
        ASSERT_TRUE(backups.ok());
        EXPECT_TRUE(backups->isEmpty()) << "closed before the last code: nothing noted";
    }

    TEST_F(TransferCodesTest, TheCodesCanBeSavedAsOwnerOnlyPngFiles)
    {
        TransferCodesDialog* dialog = showCodes();
        ASSERT_NE(dialog, nullptr);
        const QString folder = directory.filePath(QStringLiteral("codes"));
        ASSERT_TRUE(QDir().mkpath(folder));
        answerFileDialog(folder);
        click(dialog->saveButton());
        ASSERT_TRUE(waitFor([&] { return !dialog->savedMessage()->text().isEmpty(); }));
        EXPECT_TRUE(dialog->savedMessage()->text().contains(QStringLiteral("3 images")))
            << dialog->savedMessage()->text().toStdString();

        GoogleMigrationImport migration;
        for (int i = 0; i < 3; ++i) {
            const QString path = QDir(folder).filePath(GoogleMigration::imageFileName(i, 3));
            ASSERT_TRUE(QFile::exists(path)) << path.toStdString();
            EXPECT_TRUE(isOwnerOnly(path));
            auto payloads = QrDecoder().decode(QImage(path));
            ASSERT_TRUE(payloads.ok());
            ASSERT_EQ(payloads->size(), 1);
            ASSERT_TRUE(migration.addUri(payloads->first().text()).ok());
        }
        EXPECT_TRUE(migration.isComplete());
        EXPECT_EQ(migration.result().accounts.size(), 22);
        auto backups = vault().backups();
        ASSERT_TRUE(backups.ok());
        ASSERT_EQ(backups->size(), 1);
        EXPECT_EQ(backups->first().location, folder);
        dialog->reject();
    }
}
