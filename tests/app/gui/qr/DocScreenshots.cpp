#include "Account.h"
#include "OtpUri.h"
#include "QrGuiTestData.h"
#include "qr/RegionSelector.h"
#include "qr/ShowQrDialog.h"
#include "services/ThemeManager.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QScreen>
#include <QStyleFactory>
#include <QTest>

#include <gtest/gtest.h>

using tessera::Account;
using tessera::OtpUri;
using tessera::gui::RegionSelector;
using tessera::gui::ShowQrDialog;
using tessera::gui::ThemeManager;
using tessera::test::QrGuiTestData;

namespace
{
    /// The user guide's pictures of the QR flows, light and dark. Run on purpose only:
    /// TESSERA_DOC_SCREENSHOTS=DIR xvfb-run -a build/.../gui_screen_scan_tests --gtest_filter='DocScreenshots.*'
    class DocScreenshots : public ::testing::TestWithParam<bool>
    {
    protected:
        void SetUp() override
        {
            m_dir = qEnvironmentVariable("TESSERA_DOC_SCREENSHOTS");
            if (m_dir.isEmpty()) {
                GTEST_SKIP() << "Set TESSERA_DOC_SCREENSHOTS=DIR to write the user guide's screenshots there.";
            }
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
            QApplication::setPalette(GetParam() ? ThemeManager::darkPalette() : ThemeManager::lightPalette());
        }

        void TearDown() override { QApplication::setPalette(ThemeManager::lightPalette()); }

        [[nodiscard]] QString path(const QString& name) const
        {
            return QDir(m_dir).filePath(
                name + (GetParam() ? QStringLiteral("-dark.png") : QStringLiteral("-light.png")));
        }

        QString m_dir;
    };

    /// A pretend desktop: a web page showing an enrolment QR code among other things.
    QImage fakeDesktop(QSize size, bool dark)
    {
        QImage desktop(size, QImage::Format_RGB32);
        desktop.fill(dark ? QColor(0x2b, 0x30, 0x3b) : QColor(0x8f, 0xa8, 0xc8));
        QPainter painter(&desktop);
        const QRect page(size.width() / 8, size.height() / 10, size.width() * 3 / 4, size.height() * 8 / 10);
        painter.fillRect(page, Qt::white);
        painter.fillRect(QRect(page.topLeft(), QSize(page.width(), 36)), QColor(0xe8, 0xea, 0xed));
        QFont font = painter.font();
        font.setPixelSize(26);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(0x20, 0x21, 0x24));
        painter.drawText(page.adjusted(40, 60, -40, 0), QStringLiteral("Set up two-factor authentication"));
        font.setPixelSize(16);
        font.setBold(false);
        painter.setFont(font);
        painter.drawText(page.adjusted(40, 110, -40, 0), Qt::TextWordWrap,
            QStringLiteral("Scan this QR code with your authenticator app, then enter the six-digit code it shows."));
        const QImage code = QrGuiTestData::codeImage(QrGuiTestData::uri(), 4, QSize(260, 260));
        painter.drawImage(QPoint(page.left() + 40, page.top() + 170), code);
        painter.setPen(QColor(0x5f, 0x63, 0x68));
        painter.drawText(QRect(page.left() + 330, page.top() + 200, page.width() - 380, 200), Qt::TextWordWrap,
            QStringLiteral("Can't scan it? Enter this key instead:\nJBSW Y3DP EHPK 3PXP"));
        return desktop;
    }
}

TEST_P(DocScreenshots, ShowQrDialog)
{
    const Account account = Account::fromUri(*OtpUri::parse(QrGuiTestData::uri()), QDateTime::currentDateTimeUtc());
    ShowQrDialog dialog(account);
    dialog.show();
    dialog.reveal();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(200);
    EXPECT_TRUE(dialog.grab().save(path(QStringLiteral("show-qr"))));

    ShowQrDialog question(account);
    question.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&question));
    QTest::qWait(200);
    EXPECT_TRUE(question.grab().save(path(QStringLiteral("show-qr-confirm"))));
}

TEST_P(DocScreenshots, RegionSelector)
{
    const QSize size(1024, 640);
    RegionSelector selector(fakeDesktop(size, GetParam()), QRect(QPoint(0, 0), size));
    selector.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&selector));
    QTest::mousePress(&selector, Qt::LeftButton, Qt::NoModifier, QPoint(150, 220));
    QTest::mouseMove(&selector, QPoint(300, 380));
    QTest::mouseMove(&selector, QPoint(470, 520));
    QTest::qWait(200);
    EXPECT_TRUE(selector.grab().save(path(QStringLiteral("scan-region"))));
}

INSTANTIATE_TEST_SUITE_P(
    Palettes, DocScreenshots, ::testing::Values(false, true), [](const ::testing::TestParamInfo<bool>& info) {
        return info.param ? "Dark" : "Light";
    });
