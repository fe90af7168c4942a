// import and export through the real tessera-cli executable, as scripts run them; the PDF export needs the
// process to set up fonts by itself (a QGuiApplication on the offscreen platform), without a display.
#include "ProcessRunner.h"
#include "TestPaths.h"
#include "TransferTestSupport.h"
#include "VaultCliFixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::VaultCliFixture;

TEST(ImportExportProcess, ImportsAnEncryptedAegisFileWithBothPasswordsOnStandardInput)
{
    VaultCliFixture f;
    f.init();
    const QString file = tessera::test::dataPath(QStringLiteral("transfer/aegis_encrypted.json"));
    const auto run
        = tessera::test::runCliProcess({QStringLiteral("--vault"), f.vaultPath(), QStringLiteral("import"), file},
            VaultCliFixture::password().toUtf8() + "\nfixture-password\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Added 5 accounts"))) << run.out.toStdString();
    EXPECT_EQ(tessera::test::compareAccounts(tessera::test::fixtureAccounts(), f.vaultAccounts()), QString());

    const QByteArray before = f.vaultBytes();
    const auto wrong = tessera::test::runCliProcess({QStringLiteral("--vault"), f.vaultPath(), QStringLiteral("import"),
                                                        file, QStringLiteral("--duplicates"), QStringLiteral("import")},
        VaultCliFixture::password().toUtf8() + "\nnot it\n");
    EXPECT_EQ(wrong.exitCode, 2) << wrong.err.toStdString();
    EXPECT_EQ(f.vaultBytes(), before);
}

TEST(ImportExportProcess, ExportsAPdfWithoutADisplayThatScansBackToTheAccounts)
{
    tessera::test::requireTool(QStringLiteral("pdftotext"));
    tessera::test::requireTool(QStringLiteral("pdftoppm"));
    VaultCliFixture f;
    f.init();
    ASSERT_EQ(f.run({QStringLiteral("import"), tessera::test::dataPath(QStringLiteral("transfer/aegis_plain.json"))})
                  .exitCode,
        0);
    const QString pdf = f.file(QStringLiteral("accounts.pdf"));

    // No platform chosen and no display: tessera-cli must pick the offscreen platform itself.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        environment.remove(QString::fromLatin1(name));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(tessera::test::executablePath(QStringLiteral("tessera-cli")),
        {QStringLiteral("--vault"), f.vaultPath(), QStringLiteral("--password-file"), f.passwordFile(),
            QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
    ASSERT_TRUE(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    ASSERT_EQ(process.exitStatus(), QProcess::NormalExit) << err.toStdString();
    ASSERT_EQ(process.exitCode(), 0) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("Exported 5 accounts to %1 (a printable PDF)").arg(pdf)))
        << err.toStdString();
    EXPECT_TRUE(tessera::test::readFile(pdf).startsWith("%PDF-"));
    EXPECT_EQ(QFile(pdf).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const auto text = tessera::test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const Account& account : tessera::test::fixtureAccounts()) {
        EXPECT_TRUE(QString::fromUtf8(text.out).contains(account.issuer)) << account.issuer.toStdString();
    }

    // The sheet's QR codes, scanned by tessera-cli into a new vault, are the same accounts.
    const auto rendered = tessera::test::runProcess(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf, f.file(QStringLiteral("page"))});
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    QStringList pages;
    for (const QString& page : QDir(f.file(QString())).entryList({QStringLiteral("page*.png")}, QDir::Files)) {
        pages.append(f.file(page));
    }
    ASSERT_FALSE(pages.isEmpty());
    VaultCliFixture other;
    other.init();
    const auto scanned = other.runProcess(QStringList{QStringLiteral("scan"), QStringLiteral("--add")} + pages);
    ASSERT_EQ(scanned.exitCode, 0) << scanned.err.toStdString();
    EXPECT_EQ(tessera::test::compareAccounts(tessera::test::fixtureAccounts(), other.vaultAccounts()), QString());
}
