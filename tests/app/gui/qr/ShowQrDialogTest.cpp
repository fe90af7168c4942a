#include "qr/ShowQrDialog.h"
#include "Account.h"
#include "OtpUri.h"
#include "QrDecoder.h"
#include "QrGuiTestData.h"
#include "qr/QrCodeView.h"

#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using tessera::Account;
using tessera::OtpUri;
using tessera::QrDecoder;
using tessera::gui::QrCodeView;
using tessera::gui::ShowQrDialog;
using tessera::test::QrGuiTestData;

namespace
{
    Account account()
    {
        return Account::fromUri(*OtpUri::parse(QrGuiTestData::uri()), QDateTime::currentDateTimeUtc());
    }

    QPushButton* buttonWithText(QWidget& parent, const QString& text)
    {
        for (QPushButton* button : parent.findChildren<QPushButton*>()) {
            if (button->text() == text && button->isVisible()) {
                return button;
            }
        }
        return nullptr;
    }

    constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

TEST(ShowQrDialog, AsksBeforeShowingTheCode)
{
    ShowQrDialog dialog(account());
    dialog.show();
    EXPECT_FALSE(dialog.isRevealed());
    EXPECT_EQ(dialog.codeView()->modules(), 0); // nothing is even built before the user agrees
    QPushButton* show = buttonWithText(dialog, QStringLiteral("Show QR Code"));
    ASSERT_NE(show, nullptr);
    bool asked = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        asked = asked || label->text() == QStringLiteral("Anyone who sees this code can copy your account. Show it?");
    }
    EXPECT_TRUE(asked);

    QSignalSpy revealed(&dialog, &ShowQrDialog::revealed);
    show->click();
    EXPECT_TRUE(dialog.isRevealed());
    EXPECT_EQ(revealed.count(), 1);
    EXPECT_GT(dialog.codeView()->modules(), 21);
}

TEST(ShowQrDialog, CancellingTheQuestionShowsNothing)
{
    ShowQrDialog dialog(account());
    dialog.show();
    QPushButton* cancel = buttonWithText(dialog, QStringLiteral("&Cancel"));
    if (cancel == nullptr) {
        cancel = buttonWithText(dialog, QStringLiteral("Cancel"));
    }
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isRevealed());
}

TEST(ShowQrDialog, TheCodeOnScreenDecodesToTheAccountsUri)
{
    ShowQrDialog dialog(account());
    dialog.show();
    dialog.reveal();
    const QImage shown = dialog.codeView()->grab().toImage();
    ASSERT_FALSE(shown.isNull());
    const auto payloads = QrDecoder().decode(shown);
    ASSERT_TRUE(payloads);
    ASSERT_EQ(payloads->size(), 1);
    EXPECT_EQ(payloads->first().text(), account().toUri().toString());
    // Large enough for a phone: several device pixels per module, and the minimum keeps 0.6 mm.
    EXPECT_GE(dialog.codeView()->moduleDevicePixels(), 3);
    EXPECT_GE(dialog.codeView()->minimumSizeHint().width(), dialog.codeView()->modules() * 2);
}

TEST(ShowQrDialog, TheCodeGrowsWithTheDialog)
{
    ShowQrDialog dialog(account());
    dialog.show();
    dialog.reveal();
    const int before = dialog.codeView()->moduleDevicePixels();
    dialog.resize(dialog.size() * 2);
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.codeView()->moduleDevicePixels() > before; }, 5000));
    const auto payloads = QrDecoder().decode(dialog.codeView()->grab().toImage());
    ASSERT_TRUE(payloads);
    ASSERT_EQ(payloads->size(), 1);
}

TEST(ShowQrDialog, ShowsTheIssuerAndAccountUnderTheCode)
{
    ShowQrDialog dialog(*OtpUri::parse(QrGuiTestData::uri()));
    dialog.show();
    dialog.reveal();
    QStringList shown;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->isVisible()) {
            shown.append(label->text());
        }
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("ACME")));
    EXPECT_TRUE(shown.contains(QStringLiteral("alice@example.com")));
}

TEST(ShowQrDialog, SavesPngAndSvgReadableByTheOwnerOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ShowQrDialog dialog(account());
    const QString png = dir.filePath(QStringLiteral("code.png"));
    const QString svg = dir.filePath(QStringLiteral("code.svg"));
    ASSERT_TRUE(dialog.saveTo(png));
    ASSERT_TRUE(dialog.saveTo(svg));
    EXPECT_EQ(QFile(png).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), OwnerOnly);
    EXPECT_EQ(QFile(svg).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), OwnerOnly);

    const auto payloads = QrDecoder().decode(QImage(png));
    ASSERT_TRUE(payloads);
    ASSERT_EQ(payloads->size(), 1);
    EXPECT_EQ(payloads->first().text(), account().toUri().toString());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().startsWith("<?xml"));
}

TEST(ShowQrDialog, OverwritingAWorldReadableFileMakesItOwnerOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.png"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.close();
    ASSERT_TRUE(QFile::setPermissions(path, OwnerOnly | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    ShowQrDialog dialog(account());
    ASSERT_TRUE(dialog.saveTo(path));
    EXPECT_EQ(QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), OwnerOnly);
}

TEST(ShowQrDialog, PrintsToAnOwnerOnlyPdf)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("code.pdf")));
    ShowQrDialog dialog(account());
    ASSERT_TRUE(dialog.print(printer));
    QFile pdf(printer.outputFileName());
    ASSERT_TRUE(pdf.exists());
    EXPECT_GT(pdf.size(), 500);
    EXPECT_EQ(pdf.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), OwnerOnly);
}
