// The printable PDF read back by poppler: pdftotext for the names and keys, pdftoppm + zbarimg for the QR codes.
#include "PdfExporter.h"
#include "OtpUri.h"
#include "ProcessRunner.h"
#include "TestPaths.h"
#include "TransferTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

TEST(PdfExporter, PrintsEveryAccountWithItsQrCode)
{
    requireTool(QStringLiteral("pdftotext"));
    requireTool(QStringLiteral("pdftoppm"));
    requireTool(QStringLiteral("zbarimg"));
    QList<Account> accounts = richAccounts(); // one is in the trash
    accounts.append(manyAccounts(4));         // 8 printed accounts: two pages
    ExportOptions options;
    options.now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    auto written = PdfExporter::write(accounts, options);
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    EXPECT_TRUE(written->data.startsWith("%PDF-"));
    ASSERT_EQ(written->leftOut.size(), 1);
    EXPECT_EQ(written->leftOut.first().name, u"Steam (dave)");

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("accounts.pdf"));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(written->data);
    file.close();

    const auto text = runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString content = QString::fromUtf8(text.out);
    for (const Account& account : accounts) {
        if (account.isTrashed()) {
            EXPECT_FALSE(content.contains(account.accountName)) << account.accountName.toStdString();
            continue;
        }
        EXPECT_TRUE(content.contains(account.issuer)) << account.issuer.toStdString();
        EXPECT_TRUE(content.contains(account.accountName)) << account.accountName.toStdString();
    }
    EXPECT_TRUE(content.contains(u"Key: GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"));
    EXPECT_TRUE(content.contains(u"TOTP, SHA256, 8 digits, 60 s"));
    EXPECT_TRUE(content.contains(u"HOTP, SHA512, 7 digits, counter 42"));
    EXPECT_TRUE(content.contains(u"Page 2 of 2"));
    EXPECT_TRUE(content.contains(u"printed 2026-06-01"));

    const auto rendered = runProcess(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf,
            dir.filePath(QStringLiteral("page"))});
    ASSERT_EQ(rendered.exitCode, 0) << rendered.err.toStdString();
    QStringList scannedUris;
    for (const QString& page : QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name)) {
        const auto scanned = runProcess(QStringLiteral("zbarimg"),
            {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
                QStringLiteral("-Sqrcode.enable"), dir.filePath(page)});
        ASSERT_EQ(scanned.exitCode, 0) << scanned.err.toStdString();
        for (const QString& line : QString::fromUtf8(scanned.out).split(u'\n', Qt::SkipEmptyParts)) {
            scannedUris.append(line.trimmed());
        }
    }
    QList<Account> expected;
    for (const Account& account : accounts) {
        if (!account.isTrashed()) {
            expected.append(account);
        }
    }
    ASSERT_EQ(scannedUris.size(), expected.size()) << scannedUris.join(u'\n').toStdString();
    QList<Account> decoded;
    for (const QString& uri : scannedUris) {
        decoded.append(accountFromUri(uri));
    }
    EXPECT_EQ(compareAccounts(expected, decoded), QString());
}

TEST(PdfExporter, NothingToPrintIsAnError)
{
    QList<Account> trashed = {richAccounts()[3]};
    auto written = PdfExporter::write(trashed, {});
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind(), Error::Kind::InvalidInput);
}
