#include "qr/RegionSelector.h"
#include "QrGuiTestData.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using tessera::gui::RegionSelector;
using tessera::test::QrGuiTestData;

namespace
{
    // A screenshot at twice the widget's size, as on a 200 % screen.
    const QImage Screenshot = QrGuiTestData::codeImage(QrGuiTestData::uri(), 6, QSize(800, 600));
    const QRect Area(0, 0, 400, 300);
}

TEST(RegionSelector, ADragSelectsTheRectangleInImagePixels)
{
    RegionSelector selector(Screenshot, Area);
    selector.show();
    ASSERT_EQ(selector.size(), Area.size());
    QSignalSpy selected(&selector, &RegionSelector::selected);
    QTest::mousePress(&selector, Qt::LeftButton, Qt::NoModifier, QPoint(50, 40));
    QTest::mouseMove(&selector, QPoint(120, 90));
    EXPECT_EQ(selector.selection(), QRect(QPoint(50, 40), QPoint(120, 90)));
    QTest::mouseRelease(&selector, Qt::LeftButton, Qt::NoModifier, QPoint(150, 110));
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.first().first().toRect(), QRect(100, 80, 202, 142));
}

TEST(RegionSelector, AStrayClickSelectsNothing)
{
    RegionSelector selector(Screenshot, Area);
    selector.show();
    QSignalSpy selected(&selector, &RegionSelector::selected);
    QTest::mouseClick(&selector, Qt::LeftButton, Qt::NoModifier, QPoint(50, 40));
    EXPECT_EQ(selected.count(), 0);
}

TEST(RegionSelector, EscapeCancelsAndEnterTakesTheWholeScreen)
{
    RegionSelector selector(Screenshot, Area);
    selector.show();
    QSignalSpy cancelled(&selector, &RegionSelector::cancelled);
    QTest::keyClick(&selector, Qt::Key_Escape);
    EXPECT_EQ(cancelled.count(), 1);

    RegionSelector whole(Screenshot, Area);
    whole.show();
    QSignalSpy selected(&whole, &RegionSelector::selected);
    QTest::keyClick(&whole, Qt::Key_Return);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.first().first().toRect(), Screenshot.rect());
}
