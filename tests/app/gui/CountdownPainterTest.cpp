#include "list/CountdownPainter.h"
#include "list/ColorContrast.h"
#include "services/ThemeManager.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyle>

#include <gtest/gtest.h>

using tessera::gui::CountdownPainter;
using tessera::gui::ThemeManager;
namespace contrast = tessera::gui::contrast;

namespace
{
    QPalette lightPalette()
    {
        return QApplication::style()->standardPalette();
    }

    TEST(CountdownPainterTest, TheRingHasTheAccentColourUntilTheLastFiveSeconds)
    {
        const QPalette palette = lightPalette();
        EXPECT_EQ(CountdownPainter::ringColor(30, palette, false), CountdownPainter::accentColor(palette));
        EXPECT_EQ(CountdownPainter::ringColor(6, palette, false), CountdownPainter::accentColor(palette));
        EXPECT_EQ(CountdownPainter::ringColor(5, palette, false), CountdownPainter::warningColor(palette));
        EXPECT_EQ(CountdownPainter::ringColor(1, palette, false), CountdownPainter::warningColor(palette));
    }

    TEST(CountdownPainterTest, TheAccentIsTheHighlightHueMadeLegible)
    {
        for (const QPalette& palette : {lightPalette(), ThemeManager::darkPalette()}) {
            const QColor accent = CountdownPainter::accentColor(palette);
            const QColor highlight = palette.color(QPalette::Highlight);
            EXPECT_GE(contrast::ratio(accent, palette.color(QPalette::Base)), 4.5);
            EXPECT_NEAR(accent.hslHueF(), highlight.hslHueF(), 0.02);
        }
    }

    TEST(CountdownPainterTest, TheWarningColourIsVisibleInBothPalettes)
    {
        for (const QPalette& palette : {lightPalette(), ThemeManager::darkPalette()}) {
            const QColor warning = CountdownPainter::warningColor(palette);
            EXPECT_GE(contrast::ratio(warning, palette.color(QPalette::Base)), 3.0);
            EXPECT_GT(warning.red(), warning.green()); // still a red
        }
    }

    TEST(CountdownPainterTest, SelectedRowsKeepTheRingVisible)
    {
        for (const QPalette& palette : {lightPalette(), ThemeManager::darkPalette()}) {
            for (const int seconds : {20, 3}) {
                const QColor ring = CountdownPainter::ringColor(seconds, palette, true);
                EXPECT_GE(contrast::ratio(ring, palette.color(QPalette::Highlight)), 3.0);
            }
        }
    }

    TEST(CountdownPainterTest, TheArcEmptiesClockwiseFromTwelve)
    {
        const QPalette palette = lightPalette();
        for (const qreal ratio : {1.0, 2.0}) {
            SCOPED_TRACE(ratio);
            QImage image(QSize(40, 40) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                CountdownPainter::paint(&painter, QRectF(0, 0, 40, 40), 15, 30, palette, false);
            }
            const QColor ring = CountdownPainter::ringColor(15, palette, false);
            const QColor track = CountdownPainter::trackColor(palette, false);
            // Half the time left: the left half of the ring is the arc, the right half the track.
            EXPECT_EQ(image.pixelColor(QPoint(2, 20) * ratio).rgb(), ring.rgb());
            EXPECT_EQ(image.pixelColor(QPoint(37, 20) * ratio).rgb(), track.rgb());
            // The centre stays empty.
            EXPECT_EQ(image.pixelColor(QPoint(20, 20) * ratio).rgb(), QColor(Qt::white).rgb());
        }
    }

    TEST(CountdownPainterTest, NoPeriodPaintsNothing)
    {
        QImage image(20, 20, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            CountdownPainter::paint(&painter, QRectF(0, 0, 20, 20), 0, 0, lightPalette(), false);
        }
        for (int y = 0; y < 20; ++y) {
            for (int x = 0; x < 20; ++x) {
                ASSERT_EQ(image.pixelColor(x, y).rgb(), QColor(Qt::white).rgb());
            }
        }
    }
}
