#include "TransferFlowFixture.h"

#include "Vault.h"
#include "dialogs/ImportReviewDialog.h"
#include "pages/CreateVaultPage.h"
#include "pages/WelcomePage.h"
#include "services/ThemeManager.h"
#include "transfer/ExportDialog.h"
#include "transfer/ImportPasswordDialog.h"
#include "transfer/TransferCodesDialog.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PasswordEdit.h"

#include <QDir>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>

namespace tessera::gui::test
{
    namespace
    {
        /// The user guide's pictures of imports and exports (docs/user-guide-backups.md), light and dark, taken
        /// from the running app. Run on purpose only, under Xvfb:
        ///   TESSERA_DOC_SCREENSHOTS=docs/images xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb
        ///     build/dev/tests/app/gui/gui_app_tests --gtest_filter='Palettes/TransferDocScreenshots.*'
        /// (one command line).
        class TransferDocScreenshots : public TransferFlowFixture, public ::testing::WithParamInterface<bool>
        {
        protected:
            void SetUp() override
            {
                m_dir = qEnvironmentVariable("TESSERA_DOC_SCREENSHOTS");
                if (m_dir.isEmpty()) {
                    GTEST_SKIP() << "Set TESSERA_DOC_SCREENSHOTS=DIR to write the user guide's screenshots there.";
                }
                TransferFlowFixture::SetUp();
                QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
                QApplication::setPalette(GetParam() ? ThemeManager::darkPalette() : ThemeManager::lightPalette());
            }

            void TearDown() override
            {
                if (!m_dir.isEmpty()) {
                    TransferFlowFixture::TearDown();
                    QApplication::setPalette(ThemeManager::lightPalette());
                }
            }

            /// The main window at the size of the other pictures of the guide.
            void startAtGuideSize()
            {
                startApp();
                window().resize(540, 588);
                QTest::qWait(100);
            }

            void save(QWidget* widget, const QString& name) const
            {
                QTest::qWait(150);
                const QString file
                    = QDir(m_dir).filePath(name + (GetParam() ? QStringLiteral("-dark.png") : QStringLiteral(".png")));
                EXPECT_TRUE(widget->grab().save(file)) << file.toStdString();
            }

            QString m_dir;
        };
    }

    TEST_P(TransferDocScreenshots, WelcomeAndStartFromABackup)
    {
        startAtGuideSize();
        window().welcomePage()->setVaultPath(QStringLiteral("/home/alice/.local/share/tessera/vault.tessera"));
        save(&window(), QStringLiteral("welcome"));
        window().startFromFile(fixture(QStringLiteral("aegis_plain.json")));
        ASSERT_TRUE(waitFor([this] { return window().currentPage() == window().createVaultPage(); }));
        typeInto(window().createVaultPage()->passwordForm()->passwordField(), QStringLiteral("four random words here"));
        save(&window(), QStringLiteral("start-from-backup"));
    }

    TEST_P(TransferDocScreenshots, ImportPasswordAndReview)
    {
        createVault();
        startAtGuideSize();
        unlock();
        window().importFile(fixture(QStringLiteral("aegis_encrypted.json")));
        auto* ask = waitForDialog<ImportPasswordDialog>();
        ASSERT_NE(ask, nullptr);
        typeInto(ask->passwordField(), QStringLiteral("guess"));
        click(ask->openButton());
        ASSERT_TRUE(waitFor([&] { return !ask->isBusy(); }));
        ask->resize(ask->fontMetrics().averageCharWidth() * 64, ask->sizeHint().height());
        save(ask, QStringLiteral("import-password"));
        ask->passwordField()->selectAll();
        typeInto(ask->passwordField(), FixturePassword);
        click(ask->openButton());
        auto* review = waitForDialog<ImportReviewDialog>();
        ASSERT_NE(review, nullptr);
        save(review, QStringLiteral("import-review"));
        review->reject();
    }

    TEST_P(TransferDocScreenshots, ExportAndTransferCodes)
    {
        createVault();
        startAtGuideSize();
        unlock();
        QList<Account> accounts;
        const QStringList issuers{QStringLiteral("GitHub"), QStringLiteral("Mailbox"), QStringLiteral("Cloud Storage"),
            QStringLiteral("Bank"), QStringLiteral("Forum"), QStringLiteral("Shop"), QStringLiteral("Chat"),
            QStringLiteral("Hosting"), QStringLiteral("News"), QStringLiteral("Photos"), QStringLiteral("Games"),
            QStringLiteral("Notes")};
        for (qsizetype i = 0; i < issuers.size(); ++i) {
            Account account(OtpParameters::create(OtpType::Totp, QByteArray(20, char('a' + i))).value());
            account.issuer = issuers.at(i);
            account.accountName = QStringLiteral("alice@example.com");
            accounts.append(account);
        }
        Account steam(OtpParameters::create(OtpType::Steam, QByteArrayLiteral("Test Steam key!!")).value());
        steam.issuer = QStringLiteral("Steam");
        steam.accountName = QStringLiteral("alice");
        accounts.append(steam);
        ASSERT_TRUE(vault().addAll(accounts).ok());

        window().exportAction()->trigger();
        auto* exporter = waitForDialog<ExportDialog>();
        ASSERT_NE(exporter, nullptr);
        typeInto(exporter->passwordForm()->passwordField(), QStringLiteral("four random words here"));
        typeInto(exporter->passwordForm()->repeatField(), QStringLiteral("four random words here"));
        save(exporter, QStringLiteral("export"));
        choose(exporter->kindButton(ExportDialog::Kind::UriList));
        save(exporter, QStringLiteral("export-plain"));

        choose(exporter->kindButton(ExportDialog::Kind::GoogleCodes));
        answerMessageBox(QStringLiteral("Show Codes"));
        click(exporter->exportButton());
        auto* codes = waitForDialog<TransferCodesDialog>();
        ASSERT_NE(codes, nullptr);
        // A window of a readable size rather than the whole screen: the same layout, a smaller picture.
        codes->setWindowState(Qt::WindowNoState);
        codes->resize(1000, 620);
        QTest::qWait(200);
        save(codes, QStringLiteral("transfer-codes"));
        codes->reject();
    }

    INSTANTIATE_TEST_SUITE_P(Palettes,
        TransferDocScreenshots,
        ::testing::Values(false, true),
        [](const ::testing::TestParamInfo<bool>& info) { return info.param ? "Dark" : "Light"; });
}
