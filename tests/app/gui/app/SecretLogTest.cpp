// A whole session of the app (create the vault, add accounts by typing their secrets, copy a code, show
// a QR code, export, lock, unlock, quit) with every log line captured: Qt's message handler with every
// category's debug output switched on, and the process's standard error (file descriptor 2) redirected to
// a file. No secret may appear there in any spelling: the base32 text (any case), the raw bytes as hex or
// base64 (or raw), the vault password, the export password, the recovery key. The session also checks
// that locking returns every guarded allocation (SecureBytes) and clears the clipboard, and quitting too.
#include "../transfer/TransferFlowFixture.h"

#include "Base32.h"
#include "SecureBytes.h"
#include "app/VaultHolder.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/InlineMessage.h"
#include "dialogs/RecoveryKeyView.h"
#include "pages/AccountsPage.h"
#include "pages/CreateVaultPage.h"
#include "pages/RecoveryKeyPage.h"
#include "pages/WelcomePage.h"
#include "qr/ShowQrDialog.h"
#include "transfer/ExportDialog.h"
#include "widgets/NewPasswordForm.h"
#include "widgets/PasswordEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <iostream>

#include <unistd.h>

namespace tessera::gui::test
{
    namespace
    {
        /// Everything logged while it exists: Qt messages of every type and category, and whatever reaches
        /// file descriptor 2 (Qt's own fallback, libraries printing directly, std::cerr).
        class LogCapture
        {
        public:
            LogCapture()
            {
                QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
                s_lines.clear();
                m_previousHandler = qInstallMessageHandler(&LogCapture::handle);
                EXPECT_TRUE(m_stderrFile.open());
                std::fflush(stderr);
                m_savedStderr = ::dup(STDERR_FILENO);
                ::dup2(m_stderrFile.handle(), STDERR_FILENO);
            }

            ~LogCapture() { stop(); }
            LogCapture(const LogCapture&) = delete;
            LogCapture& operator=(const LogCapture&) = delete;

            /// Stops capturing; returns the Qt messages and the standard error bytes.
            void stop()
            {
                if (m_savedStderr < 0) {
                    return;
                }
                std::fflush(stderr);
                ::dup2(m_savedStderr, STDERR_FILENO);
                ::close(m_savedStderr);
                m_savedStderr = -1;
                qInstallMessageHandler(m_previousHandler);
                QLoggingCategory::setFilterRules(QString());
                m_stderrFile.seek(0);
                m_stderr = m_stderrFile.readAll();
                const QMutexLocker lock(&s_mutex);
                m_messages = s_lines;
            }

            [[nodiscard]] const QStringList& messages() const { return m_messages; }
            [[nodiscard]] const QByteArray& standardError() const { return m_stderr; }

        private:
            static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
            {
                const QMutexLocker lock(&s_mutex);
                s_lines.append(QString::fromLatin1(context.category != nullptr ? context.category : "default")
                    + QStringLiteral(": ") + message);
            }

            static inline QMutex s_mutex;
            static inline QStringList s_lines;
            QtMessageHandler m_previousHandler = nullptr;
            QTemporaryFile m_stderrFile;
            int m_savedStderr = -1;
            QStringList m_messages;
            QByteArray m_stderr;
        };

        const QString ExportPassword = QStringLiteral("export passphrase 7f3a9c");
        const QString FirstSecret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
        const QString SecondSecret = QStringLiteral("KRUGKIDROVUWG2ZAMJZG653OEBTG66BA");

        class SecretLogTest : public TransferFlowFixture
        {
        protected:
            AccountsPage* accounts() const { return window().accountsPage(); }
            bool showing(QWidget* page) const { return window().currentPage() == page; }

            /// Every spelling of a secret that a careless log line could contain.
            static QList<QByteArray> spellings(const QString& base32)
            {
                const QByteArray raw = Base32::decode(base32).value();
                return {base32.toUtf8(), base32.toLower().toUtf8(), raw.toHex(), raw.toHex().toUpper(), raw.toBase64(),
                    raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                    raw.toBase64().toPercentEncoding()};
            }

            void addByTyping(const QString& issuer, const QString& name, const QString& secret)
            {
                QTest::keyClick(&window(), Qt::Key_N, Qt::ControlModifier);
                auto* dialog = qobject_cast<AddAccountDialog*>(window().dialogs()->current());
                ASSERT_NE(dialog, nullptr);
                typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("issuerEdit")), issuer);
                typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("accountEdit")), name);
                typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("secretEdit")), secret);
                click(dialog->findChild<QPushButton*>(QStringLiteral("addButton")));
                ASSERT_EQ(window().dialogs()->current(), nullptr);
            }

            QString exportAs(ExportDialog::Kind kind, const QString& name)
            {
                window().exportAction()->trigger();
                auto* dialog = waitForDialog<ExportDialog>();
                EXPECT_NE(dialog, nullptr);
                if (dialog == nullptr) {
                    return {};
                }
                choose(dialog->kindButton(kind));
                if (ExportDialog::isEncrypted(kind)) {
                    typeInto(dialog->passwordForm()->passwordField(), ExportPassword);
                    typeInto(dialog->passwordForm()->repeatField(), ExportPassword);
                } else {
                    answerMessageBox(QStringLiteral("Export Unencrypted"));
                }
                const QString path = directory.filePath(name);
                answerFileDialog(path);
                click(dialog->exportButton());
                EXPECT_TRUE(waitFor([&] { return window().dialogs()->current() == nullptr && QFile::exists(path); }))
                    << "the export did not finish: " << dialog->message()->text().toStdString();
                return path;
            }
        };
    }

    TEST_F(SecretLogTest, AWholeSessionLogsNoSecretAndLockingReleasesThem)
    {
        settings->setClipboardTimeout(std::chrono::seconds(0)); // kept until lock or quit
        LogCapture capture;
        qWarning("log capture canary (Qt)");
        std::fputs("log capture canary (stderr)\n", stderr);

        startApp();
        const auto guardedAtStart = SecureBytes::liveAllocations();

        // Create the vault through the welcome page.
        ASSERT_TRUE(showing(window().welcomePage()));
        click(window().welcomePage()->createButton());
        NewPasswordForm* form = window().createVaultPage()->passwordForm();
        typeInto(form->passwordField(), Password);
        typeInto(form->repeatField(), Password);
        click(window().createVaultPage()->createButton());
        ASSERT_TRUE(waitFor([this] { return showing(window().recoveryKeyPage()); }));
        const QString recoveryKey = window().recoveryKeyPage()->keyView()->keyText();
        ASSERT_FALSE(recoveryKey.isEmpty());
        click(window().recoveryKeyPage()->keyView()->findChild<QCheckBox*>(QStringLiteral("recoveryKeyKept")));
        typeInto(window().recoveryKeyPage()->confirmField(), recoveryKey.section(QLatin1Char('-'), -1));
        click(window().recoveryKeyPage()->continueButton());
        ASSERT_TRUE(showing(accounts()));

        // Add two accounts by typing their secrets, copy a code, show a QR code.
        addByTyping(QStringLiteral("GitHub"), QStringLiteral("alice"), FirstSecret);
        addByTyping(QStringLiteral("Example Bank"), QStringLiteral("bob"), SecondSecret);
        QTest::keyClicks(accounts()->searchField(), QStringLiteral("git"));
        QTest::keyClick(accounts()->searchField(), Qt::Key_Return);
        ASSERT_FALSE(clipboardText().isEmpty());
        const QString copied = clipboardText();
        QTest::keyClick(accounts()->searchField(), Qt::Key_Escape);
        accounts()->showQrCurrent();
        auto* qr = waitForDialog<ShowQrDialog>();
        ASSERT_NE(qr, nullptr);
        qr->reveal();
        ASSERT_TRUE(qr->isRevealed());
        qr->reject();

        // Export: a Tessera backup (its own password) and an unencrypted list of links.
        const QString backup = exportAs(ExportDialog::Kind::TesseraBackup, QStringLiteral("session.tessera-backup"));
        const QString links = exportAs(ExportDialog::Kind::UriList, QStringLiteral("session-links.txt"));
        EXPECT_TRUE(QFile::exists(backup));
        EXPECT_TRUE(QFile::exists(links));

        // Lock: the clipboard is cleared and every guarded allocation is given back (wiped when freed).
        window().lockAction()->trigger();
        EXPECT_FALSE(app().holder().isUnlocked());
        EXPECT_NE(clipboardText(), copied);
        EXPECT_TRUE(clipboardText().isEmpty()) << "the code stayed on the clipboard after locking";
        EXPECT_EQ(SecureBytes::liveAllocations(), guardedAtStart) << "locking kept guarded memory";

        // Unlock, copy again, quit: the clipboard is cleared on the way out.
        unlock();
        QTest::keyClicks(accounts()->searchField(), QStringLiteral("bank"));
        QTest::keyClick(accounts()->searchField(), Qt::Key_Return);
        ASSERT_FALSE(clipboardText().isEmpty());
        app().quit();
        EXPECT_TRUE(clipboardText().isEmpty()) << "the code stayed on the clipboard after quitting";
        EXPECT_FALSE(app().holder().isUnlocked());
        EXPECT_EQ(SecureBytes::liveAllocations(), guardedAtStart) << "quitting kept guarded memory";

        capture.stop();
        const QByteArray messages = capture.messages().join(u'\n').toUtf8();
        const QByteArray& standardError = capture.standardError();
        ASSERT_TRUE(messages.contains("log capture canary (Qt)")) << "the message handler saw nothing";
        ASSERT_TRUE(standardError.contains("log capture canary (stderr)")) << "standard error was not captured";

        QList<QPair<QString, QByteArray>> secrets;
        for (const QString& secret : {FirstSecret, SecondSecret}) {
            for (const QByteArray& spelling : spellings(secret)) {
                secrets.append({QStringLiteral("an account secret"), spelling});
            }
            secrets.append({QStringLiteral("an account secret (raw bytes)"), Base32::decode(secret).value()});
        }
        secrets.append({QStringLiteral("the vault password"), Password.toUtf8()});
        secrets.append({QStringLiteral("the export password"), ExportPassword.toUtf8()});
        secrets.append({QStringLiteral("the recovery key"), recoveryKey.toUtf8()});
        secrets.append({QStringLiteral("the recovery key"), recoveryKey.toUtf8().replace('-', "")});
        for (const auto& [what, bytes] : std::as_const(secrets)) {
            EXPECT_FALSE(messages.contains(bytes)) << what.toStdString() << " is in a Qt log message";
            EXPECT_FALSE(standardError.contains(bytes)) << what.toStdString() << " is on standard error";
        }
        std::cout << "secret log check: " << capture.messages().size() << " Qt messages and " << standardError.size()
                  << " bytes of standard error captured; " << secrets.size()
                  << " spellings of secrets searched, none found" << std::endl;
    }
}
