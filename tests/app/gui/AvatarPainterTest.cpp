#include "list/AvatarPainter.h"
#include "list/ColorContrast.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QSet>

#include <gtest/gtest.h>

using tessera::gui::AvatarPainter;
namespace contrast = tessera::gui::contrast;

namespace
{
    TEST(AvatarPainterTest, TheInitialIsTheFirstLetterOrDigit)
    {
        EXPECT_EQ(AvatarPainter::initial(QStringLiteral("github")), QStringLiteral("G"));
        EXPECT_EQ(AvatarPainter::initial(QStringLiteral("  1Password")), QStringLiteral("1"));
        EXPECT_EQ(AvatarPainter::initial(QStringLiteral("@work mail")), QStringLiteral("W"));
        EXPECT_EQ(AvatarPainter::initial(QString::fromUtf8("ärztekammer")), QString::fromUtf8("Ä"));
        EXPECT_EQ(AvatarPainter::initial(QString::fromUtf8("яндекс")), QString::fromUtf8("Я"));
        EXPECT_EQ(AvatarPainter::initial(QString()), QStringLiteral("?"));
        EXPECT_EQ(AvatarPainter::initial(QStringLiteral("!!!")), QStringLiteral("?"));
    }

    TEST(AvatarPainterTest, TheHueDependsOnTheNameOnly)
    {
        EXPECT_EQ(AvatarPainter::hueIndex(QStringLiteral("GitHub")), AvatarPainter::hueIndex(QStringLiteral("github")));
        EXPECT_EQ(
            AvatarPainter::hueIndex(QStringLiteral("GitHub")), AvatarPainter::hueIndex(QStringLiteral(" GitHub ")));
        EXPECT_EQ(AvatarPainter::hueIndex(QStringLiteral("Amazon  Web Services")),
            AvatarPainter::hueIndex(QStringLiteral("amazon web services")));
    }

    TEST(AvatarPainterTest, TheHueIsTheSameOnEveryRun)
    {
        // Pinned: a change here changes every user's avatars. (qHash would differ per process.)
        EXPECT_EQ(AvatarPainter::hueCount(), 13);
        EXPECT_EQ(AvatarPainter::hueIndex(QStringLiteral("GitHub")), 0);
        EXPECT_EQ(AvatarPainter::hueIndex(QStringLiteral("Google")), 10);
        EXPECT_EQ(AvatarPainter::hueIndex(QStringLiteral("Amazon Web Services")), 1);
        EXPECT_EQ(AvatarPainter::colors(QStringLiteral("GitHub"), false).background.name(), QStringLiteral("#c72e23"));
    }

    TEST(AvatarPainterTest, NamesSpreadOverTheHues)
    {
        const QStringList issuers{QStringLiteral("GitHub"), QStringLiteral("GitLab"), QStringLiteral("Google"),
            QStringLiteral("Microsoft"), QStringLiteral("Amazon Web Services"), QStringLiteral("Apple"),
            QStringLiteral("Dropbox"), QStringLiteral("Slack"), QStringLiteral("Discord"), QStringLiteral("Twitter"),
            QStringLiteral("Facebook"), QStringLiteral("Reddit"), QStringLiteral("Bitwarden"), QStringLiteral("Proton"),
            QStringLiteral("Fastmail"), QStringLiteral("Cloudflare"), QStringLiteral("DigitalOcean"),
            QStringLiteral("Hetzner"), QStringLiteral("PayPal"), QStringLiteral("Stripe"), QStringLiteral("Coinbase"),
            QStringLiteral("Kraken"), QStringLiteral("Binance"), QStringLiteral("npm"), QStringLiteral("PyPI"),
            QStringLiteral("Docker Hub"), QStringLiteral("Atlassian"), QStringLiteral("Zoom"), QStringLiteral("Okta"),
            QStringLiteral("Salesforce")};
        QSet<int> used;
        for (const QString& issuer : issuers) {
            used.insert(AvatarPainter::hueIndex(issuer));
        }
        EXPECT_GE(used.size(), 10);
    }

    TEST(AvatarPainterTest, TheLetterIsLegibleOnEveryHueInBothPalettes)
    {
        for (int hue = 0; hue < AvatarPainter::hueCount(); ++hue) {
            for (const bool dark : {false, true}) {
                SCOPED_TRACE(testing::Message() << "hue " << hue << (dark ? " dark" : " light"));
                const auto colors = AvatarPainter::colorsForHue(hue, dark);
                EXPECT_GE(contrast::ratio(colors.foreground, colors.background), 4.5);
            }
        }
    }

    TEST(AvatarPainterTest, TheCircleStandsOutFromTheList)
    {
        // Against a white list and a near-black one, each avatar is a visible shape (3:1).
        for (int hue = 0; hue < AvatarPainter::hueCount(); ++hue) {
            SCOPED_TRACE(hue);
            EXPECT_GE(contrast::ratio(AvatarPainter::colorsForHue(hue, false).background, Qt::white), 3.0);
            EXPECT_GE(
                contrast::ratio(AvatarPainter::colorsForHue(hue, true).background, QColor(0x1a, 0x1c, 0x1f)), 3.0);
        }
    }

    TEST(AvatarPainterTest, PaintsTheCircleInItsColour)
    {
        for (const qreal ratio : {1.0, 2.0}) {
            SCOPED_TRACE(ratio);
            QImage image(QSize(40, 40) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                AvatarPainter::paint(&painter, QRectF(0, 0, 40, 40), QStringLiteral("GitHub"), false, QFont());
            }
            const QColor expected = AvatarPainter::colors(QStringLiteral("GitHub"), false).background;
            // Left of the letter, inside the circle; corners stay transparent.
            EXPECT_EQ(image.pixelColor(QPoint(6, 20) * ratio).rgb(), expected.rgb());
            EXPECT_EQ(image.pixelColor(QPoint(0, 0)).alpha(), 0);
            // The letter is there: some pixel in the middle has the letter's colour.
            const QColor letter = AvatarPainter::colors(QStringLiteral("GitHub"), false).foreground;
            bool found = false;
            for (int y = 14; y < 26 && !found; ++y) {
                for (int x = 14; x < 26 && !found; ++x) {
                    found = image.pixelColor(QPoint(x, y) * ratio).rgb() == letter.rgb();
                }
            }
            EXPECT_TRUE(found);
        }
    }
}
