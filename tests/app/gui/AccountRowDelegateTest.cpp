#include "list/AccountRowDelegate.h"
#include "list/AccountRoles.h"
#include "list/AccountRow.h"
#include "services/ThemeManager.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionViewItem>

#include <gtest/gtest.h>

using tessera::gui::AccountRow;
using tessera::gui::AccountRowDelegate;
using tessera::gui::ThemeManager;
namespace AccountRoles = tessera::gui::AccountRoles;

namespace
{
    AccountRow totp()
    {
        AccountRow row;
        row.issuer = QStringLiteral("GitHub");
        row.accountName = QStringLiteral("alice");
        row.code = QStringLiteral("090 127");
        row.secondsLeft = 12;
        row.period = 30;
        return row;
    }

    AccountRow hotp()
    {
        AccountRow row;
        row.issuer = QStringLiteral("Bank");
        row.accountName = QStringLiteral("4417 1234");
        row.code = QStringLiteral("482 913");
        row.hotp = true;
        row.revealed = false;
        return row;
    }

    QStyleOptionViewItem optionFor(const QRect& rect, const QPalette& palette, const QFont& font = QFont())
    {
        QStyleOptionViewItem option;
        option.rect = rect;
        option.palette = palette;
        option.font = font;
        option.fontMetrics = QFontMetrics(font);
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        option.direction = Qt::LeftToRight;
        option.features = QStyleOptionViewItem::HasDisplay;
        return option;
    }

    QList<AccountRow> sampleRows()
    {
        QList<AccountRow> rows;
        rows << totp();
        AccountRow next = totp();
        next.nextCode = QStringLiteral("105 337");
        next.secondsLeft = 3;
        rows << next;
        rows << hotp();
        AccountRow copied = totp();
        copied.copyFeedback = 30;
        rows << copied;
        AccountRow longNames = totp();
        longNames.issuer = QStringLiteral("Amazon Web Services (production account for the payments team)");
        longNames.accountName = QStringLiteral("root-user-with-a-very-long-address@payments.example.com");
        longNames.favorite = true;
        longNames.code = QStringLiteral("1234 5678");
        rows << longNames;
        AccountRow hidden = totp();
        hidden.revealed = false;
        rows << hidden;
        AccountRow noIssuer = totp();
        noIssuer.issuer.clear();
        rows << noIssuer;
        AccountRow empty;
        rows << empty;
        return rows;
    }

    /// Whether any pixel inside rect differs from the colour at its top-left corner.
    bool hasInk(const QImage& image, const QRect& rect, qreal ratio)
    {
        const QRect device(rect.topLeft() * ratio, rect.size() * ratio);
        const QRect area = device.intersected(image.rect());
        const QRgb background = image.pixel(area.topLeft());
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                if (image.pixel(x, y) != background) {
                    return true;
                }
            }
        }
        return false;
    }

    class AccountRowDelegatePaintTest : public ::testing::TestWithParam<qreal>
    {
    };

    TEST_P(AccountRowDelegatePaintTest, PaintsEveryKindOfRow)
    {
        const qreal ratio = GetParam();
        AccountRowDelegate delegate;
        for (const QPalette& palette : {QApplication::style()->standardPalette(), ThemeManager::darkPalette()}) {
            for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
                for (const bool selected : {false, true}) {
                    const QStyleOptionViewItem probe = optionFor(QRect(), palette);
                    const QSize rowSize(520, delegate.rowSizeHint(probe).height());
                    const QList<AccountRow> rows = sampleRows();
                    QImage image(QSize(rowSize.width(), rowSize.height() * static_cast<int>(rows.size())) * ratio,
                        QImage::Format_ARGB32_Premultiplied);
                    image.setDevicePixelRatio(ratio);
                    image.fill(palette.color(QPalette::Base));
                    QPainter painter(&image);
                    for (int i = 0; i < rows.size(); ++i) {
                        QStyleOptionViewItem option
                            = optionFor(QRect(QPoint(0, i * rowSize.height()), rowSize), palette);
                        option.direction = direction;
                        if (selected) {
                            option.state |= QStyle::State_Selected | QStyle::State_HasFocus;
                        }
                        delegate.paintRow(&painter, option, rows.at(i));
                        const auto layout = delegate.layout(option, rows.at(i));
                        if (!rows.at(i).code.isEmpty()) {
                            painter.end();
                            EXPECT_TRUE(hasInk(image, layout.code, ratio)) << "row " << i;
                            EXPECT_TRUE(hasInk(image, layout.avatar, ratio)) << "row " << i;
                            painter.begin(&image);
                        }
                    }
                }
            }
        }
    }

    INSTANTIATE_TEST_SUITE_P(PixelRatios, AccountRowDelegatePaintTest, ::testing::Values(1.0, 2.0));

    TEST(AccountRowDelegateTest, RowsGrowWithTheFont)
    {
        AccountRowDelegate delegate;
        QFont small;
        small.setPointSizeF(9);
        QFont large;
        large.setPointSizeF(18);
        const QPalette palette = QApplication::palette();
        const QSize smallHint = delegate.rowSizeHint(optionFor(QRect(), palette, small));
        const QSize largeHint = delegate.rowSizeHint(optionFor(QRect(), palette, large));
        EXPECT_GT(largeHint.height(), smallHint.height() * 3 / 2);
        EXPECT_GT(largeHint.width(), smallHint.width() * 3 / 2);
        // sizeHint() for any index is the same (uniform rows).
        EXPECT_EQ(delegate.sizeHint(optionFor(QRect(), palette, large), QModelIndex()), largeHint);
    }

    TEST(AccountRowDelegateTest, TheCodeIsTheLargestText)
    {
        const QFont base;
        EXPECT_GT(QFontMetrics(AccountRowDelegate::codeFont(base)).height(), QFontMetrics(base).height() * 4 / 3);
        EXPECT_TRUE(QFontInfo(AccountRowDelegate::codeFont(base)).fixedPitch());
    }

    TEST(AccountRowDelegateTest, PartsDoNotOverlapAndStayInTheRow)
    {
        AccountRowDelegate delegate;
        const QPalette palette = QApplication::palette();
        const QStyleOptionViewItem probe = optionFor(QRect(), palette);
        const QRect rect(0, 40, 480, delegate.rowSizeHint(probe).height());
        for (const AccountRow& row : sampleRows()) {
            SCOPED_TRACE(row.title().toStdString());
            const auto l = delegate.layout(optionFor(rect, palette), row);
            EXPECT_TRUE(rect.contains(l.avatar));
            EXPECT_TRUE(rect.contains(l.code));
            EXPECT_LT(l.avatar.right(), l.title.left());
            EXPECT_LT(l.title.right(), l.code.left());
            // The account name may run under the code, never past it.
            EXPECT_LE(l.subtitle.right(), l.code.right());
            if (row.period > 0) {
                EXPECT_TRUE(rect.contains(l.countdown));
                EXPECT_LT(l.code.right(), l.countdown.left());
                EXPECT_TRUE(l.nextButton.isNull());
            } else if (row.hotp) {
                EXPECT_TRUE(rect.contains(l.nextButton));
                EXPECT_LT(l.code.right(), l.nextButton.left());
                EXPECT_TRUE(l.countdown.isNull());
            }
            if (!l.secondLine.isNull()) {
                EXPECT_LT(l.subtitle.right(), l.secondLine.left());
                EXPECT_EQ(l.secondLine.right(), l.code.right());
                EXPECT_GT(l.secondBaseline, l.firstBaseline);
            }
            if (!l.favorite.isNull()) {
                EXPECT_LT(l.title.right(), l.favorite.left());
                EXPECT_LT(l.favorite.right(), l.code.left());
            }
        }
    }

    TEST(AccountRowDelegateTest, CodesOfTheSameLengthLineUpAcrossRows)
    {
        AccountRowDelegate delegate;
        const QPalette palette = QApplication::palette();
        const QRect rect(0, 0, 480, 60);
        const auto totpLayout = delegate.layout(optionFor(rect, palette), totp());
        AccountRow counter = hotp();
        counter.revealed = true;
        const auto hotpLayout = delegate.layout(optionFor(rect, palette), counter);
        EXPECT_EQ(totpLayout.code.right(), hotpLayout.code.right());
    }

    TEST(AccountRowDelegateTest, LongNamesAreElidedInTheMiddle)
    {
        AccountRowDelegate delegate;
        const AccountRow row = sampleRows().at(4);
        const auto l = delegate.layout(optionFor(QRect(0, 0, 420, 60), QApplication::palette()), row);
        const QChar ellipsis(0x2026);
        ASSERT_TRUE(l.titleText.contains(ellipsis));
        EXPECT_TRUE(l.titleText.startsWith(QStringLiteral("Amaz")));
        EXPECT_TRUE(l.titleText.endsWith(QStringLiteral("team)")));
        ASSERT_TRUE(l.subtitleText.contains(ellipsis));
        EXPECT_TRUE(l.subtitleText.endsWith(QStringLiteral(".com")));
    }

    TEST(AccountRowDelegateTest, HiddenCodesAreBulletsOfTheSameShape)
    {
        AccountRowDelegate delegate;
        AccountRow row = totp();
        row.revealed = false;
        row.code = QStringLiteral("1234 5678");
        const auto l = delegate.layout(optionFor(QRect(0, 0, 480, 60), QApplication::palette()), row);
        EXPECT_EQ(l.codeText, QString::fromUtf8("•••• ••••"));

        const auto unused = delegate.layout(optionFor(QRect(0, 0, 480, 60), QApplication::palette()), AccountRow{});
        EXPECT_TRUE(unused.codeText.isEmpty() || !unused.codeText.contains(QLatin1Char('0')));
    }

    TEST(AccountRowDelegateTest, TheSecondLineShowsFeedbackBeforeTheNextCode)
    {
        AccountRowDelegate delegate;
        const QStyleOptionViewItem option = optionFor(QRect(0, 0, 560, 60), QApplication::palette());
        AccountRow row = totp();
        row.nextCode = QStringLiteral("105 337");
        EXPECT_EQ(delegate.layout(option, row).secondLineText, QStringLiteral("next 105 337"));
        row.copyFeedback = 29;
        EXPECT_EQ(delegate.layout(option, row).secondLineText, QString::fromUtf8("Copied · clears in 29 s"));
        row.copyFeedback = 0;
        EXPECT_EQ(delegate.layout(option, row).secondLineText, QStringLiteral("Copied"));
        row.copyFeedback = -1;
        row.revealed = false; // a hidden code does not give its successor away
        EXPECT_TRUE(delegate.layout(option, row).secondLineText.isEmpty());
    }

    TEST(AccountRowDelegateTest, RightToLeftRowsAreMirrored)
    {
        AccountRowDelegate delegate;
        QStyleOptionViewItem option = optionFor(QRect(0, 0, 480, 60), QApplication::palette());
        const auto ltr = delegate.layout(option, totp());
        option.direction = Qt::RightToLeft;
        const auto rtl = delegate.layout(option, totp());
        EXPECT_EQ(rtl.avatar.right(), 479 - ltr.avatar.left());
        EXPECT_GT(rtl.avatar.left(), rtl.code.right());
        EXPECT_LT(rtl.countdown.right(), rtl.code.left());
    }

    // The once-a-second tick repaints the rings: a row asked to paint only there paints only the ring and the
    // seconds, the same pixels there as a whole paint, and lays out none of its other text.
    TEST(AccountRowDelegateTest, ATickPaintsOnlyTheCountdown)
    {
        AccountRowDelegate delegate;
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QStyleOptionViewItem option = optionFor(QRect(0, 0, 480, 60), QApplication::palette());
            option.direction = direction;
            const QColor base = option.palette.color(QPalette::Base);
            const QRect area = delegate.countdownArea(option, totp());
            const auto layout = delegate.layout(option, totp());
            EXPECT_EQ(area, layout.countdown.united(layout.seconds));

            QImage whole(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            whole.fill(base);
            QPainter painter(&whole);
            delegate.paintRow(&painter, option, totp());
            painter.end();
            ASSERT_TRUE(hasInk(whole, layout.title, 1.0));

            QImage tick(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            tick.fill(base);
            delegate.setExposedRegion(QRegion(area));
            painter.begin(&tick);
            delegate.paintRow(&painter, option, totp());
            painter.end();
            delegate.setExposedRegion(QRegion());
            EXPECT_EQ(tick.copy(area), whole.copy(area));
            for (const QRect& text : {layout.title, layout.subtitle, layout.code}) {
                EXPECT_FALSE(hasInk(tick, text, 1.0)) << "only the countdown is painted";
            }

            // A paint that reaches beyond the ring is a whole paint.
            delegate.setExposedRegion(QRegion(area.adjusted(0, 0, 0, 20)));
            tick.fill(base);
            painter.begin(&tick);
            delegate.paintRow(&painter, option, totp());
            painter.end();
            delegate.setExposedRegion(QRegion());
            EXPECT_EQ(tick, whole);
        }
        EXPECT_TRUE(delegate.countdownArea(optionFor(QRect(0, 0, 480, 60), QApplication::palette()), hotp()).isNull());
    }

    TEST(AccountRowDelegateTest, ReadsTheRowFromTheModelRoles)
    {
        QStandardItemModel model;
        auto* item = new QStandardItem;
        item->setData(QStringLiteral("GitHub"), AccountRoles::Issuer);
        item->setData(QStringLiteral("alice"), AccountRoles::AccountName);
        item->setData(QStringLiteral("090 127"), AccountRoles::Code);
        item->setData(QStringLiteral("105 337"), AccountRoles::NextCode);
        item->setData(12, AccountRoles::SecondsLeft);
        item->setData(30, AccountRoles::Period);
        item->setData(true, AccountRoles::IsFavorite);
        model.appendRow(item);

        const AccountRow row = AccountRow::fromIndex(model.index(0, 0));
        EXPECT_EQ(row.issuer, QStringLiteral("GitHub"));
        EXPECT_EQ(row.accountName, QStringLiteral("alice"));
        EXPECT_EQ(row.code, QStringLiteral("090 127"));
        EXPECT_EQ(row.nextCode, QStringLiteral("105 337"));
        EXPECT_EQ(row.secondsLeft, 12);
        EXPECT_EQ(row.period, 30);
        EXPECT_TRUE(row.favorite);
        EXPECT_FALSE(row.hotp);
        EXPECT_TRUE(row.revealed); // absent means shown
        EXPECT_EQ(row.copyFeedback, -1);

        item->setData(false, AccountRoles::IsRevealed);
        item->setData(0, AccountRoles::CopyFeedback);
        const AccountRow changed = AccountRow::fromIndex(model.index(0, 0));
        EXPECT_FALSE(changed.revealed);
        EXPECT_EQ(changed.copyFeedback, 0);

        EXPECT_EQ(AccountRoles::names().value(AccountRoles::Code), QByteArrayLiteral("code"));
    }

    TEST(AccountRowDelegateTest, ClickingNextOrAHiddenCodeAsksForIt)
    {
        QStandardItemModel model;
        auto* counter = new QStandardItem;
        counter->setData(QStringLiteral("Bank"), AccountRoles::Issuer);
        counter->setData(true, AccountRoles::IsHotp);
        counter->setData(false, AccountRoles::IsRevealed);
        auto* hidden = new QStandardItem;
        hidden->setData(QStringLiteral("GitHub"), AccountRoles::Issuer);
        hidden->setData(QStringLiteral("090 127"), AccountRoles::Code);
        hidden->setData(30, AccountRoles::Period);
        hidden->setData(false, AccountRoles::IsRevealed);
        model.appendRow(counter);
        model.appendRow(hidden);

        AccountRowDelegate delegate;
        QAbstractItemDelegate& base = delegate;
        QSignalSpy next(&delegate, &AccountRowDelegate::nextCodeRequested);
        QSignalSpy reveal(&delegate, &AccountRowDelegate::revealRequested);
        const QStyleOptionViewItem option = optionFor(QRect(0, 0, 480, 60), QApplication::palette());

        const auto click = [&](const QModelIndex& index, const QPoint& at) {
            QMouseEvent press(QEvent::MouseButtonPress, at, at, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
            QMouseEvent release(QEvent::MouseButtonRelease, at, at, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
            base.editorEvent(&press, &model, option, index);
            return base.editorEvent(&release, &model, option, index);
        };

        const auto counterLayout = delegate.layout(option, AccountRow::fromIndex(model.index(0, 0)));
        EXPECT_TRUE(click(model.index(0, 0), counterLayout.nextButton.center()));
        ASSERT_EQ(next.count(), 1);
        EXPECT_EQ(next.at(0).at(0).value<QModelIndex>(), model.index(0, 0));

        const auto hiddenLayout = delegate.layout(option, AccountRow::fromIndex(model.index(1, 0)));
        EXPECT_TRUE(click(model.index(1, 0), hiddenLayout.code.center()));
        ASSERT_EQ(reveal.count(), 1);
        EXPECT_EQ(reveal.at(0).at(0).value<QModelIndex>(), model.index(1, 0));

        // Elsewhere on the row a click is the view's (selection, copy on double click).
        EXPECT_FALSE(click(model.index(1, 0), hiddenLayout.title.center()));
        EXPECT_EQ(next.count() + reveal.count(), 2);
    }
}
