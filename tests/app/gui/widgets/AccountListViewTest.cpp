#include "../model/ModelFixture.h"

#include "list/AccountRoles.h"
#include "list/AccountRow.h"
#include "list/AccountRowDelegate.h"
#include "model/AccountFilterModel.h"
#include "model/AccountListModel.h"
#include "widgets/AccountListView.h"

#include <QCoreApplication>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace tessera::gui::test
{
    namespace
    {
        /// Records the regions the viewport paints.
        class PaintRecorder : public QObject
        {
        public:
            QRegion painted;
            int events = 0;

        protected:
            bool eventFilter(QObject* watched, QEvent* event) override
            {
                if (event->type() == QEvent::Paint) {
                    painted += static_cast<QPaintEvent*>(event)->region();
                    ++events;
                }
                return QObject::eventFilter(watched, event);
            }
        };

        class AccountListViewTest : public ModelFixture
        {
        protected:
            void SetUp() override
            {
                ModelFixture::SetUp();
                ids.append(addTotp(QStringLiteral("GitHub"), QStringLiteral("alice")));
                ids.append(addTotp(QStringLiteral("Google"), QStringLiteral("alice@gmail.com")));
                ids.append(addTotp(QStringLiteral("Cloudflare"), QStringLiteral("ops"), 60));
                ids.append(addHotp(QStringLiteral("Bank"), QStringLiteral("4711")));
                model = std::make_unique<AccountListModel>(*holder, clock, time);
                filter = std::make_unique<AccountFilterModel>();
                filter->setSourceModel(model.get());
                view = std::make_unique<AccountListView>();
                view->setModel(filter.get());
                view->resize(560, 420);
                view->show();
                ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
            }

            void TearDown() override
            {
                view.reset();
                filter.reset();
                model.reset();
                ModelFixture::TearDown();
            }

            QRect rowRect(const QUuid& id) const { return view->visualRect(filter->mapFromSource(model->indexOf(id))); }

            /// Where the ring and the seconds of every time-based row are painted.
            QRegion countdownArea() const
            {
                QRegion area;
                for (int row = 0; row < filter->rowCount(); ++row) {
                    const QModelIndex index = filter->index(row, 0);
                    if (index.data(AccountRoles::Period).toInt() <= 0) {
                        continue;
                    }
                    QStyleOptionViewItem option;
                    option.initFrom(view.get());
                    option.font = view->font();
                    option.widget = view.get();
                    option.rect = view->visualRect(index);
                    const auto layout = view->rowDelegate()->layout(option, AccountRow::fromIndex(index));
                    area += layout.countdown.united(layout.seconds);
                }
                return area;
            }

            QList<QUuid> ids;
            std::unique_ptr<AccountListModel> model;
            std::unique_ptr<AccountFilterModel> filter;
            std::unique_ptr<AccountListView> view;
        };
    }

    TEST_F(AccountListViewTest, RepaintsOnlyTheCountdownsBetweenPeriodBoundaries)
    {
        PaintRecorder recorder;
        view->viewport()->installEventFilter(&recorder);
        QCoreApplication::processEvents();
        const QRegion countdowns = countdownArea();
        ASSERT_FALSE(countdowns.isEmpty());

        for (int second = 1; second <= 60; ++second) {
            recorder.painted = QRegion();
            time.advance(1s);
            view->repaintCountdowns(); // what the page's one-second tick does
            QCoreApplication::processEvents();
            EXPECT_EQ(view->lastCountdownRepaints(), 3) << "at second " << second;

            QRegion expected = countdowns;
            if (second == 20 || second == 50) { // :30 and the next minute
                expected += rowRect(ids.at(0));
                expected += rowRect(ids.at(1));
            }
            if (second == 50) {
                expected += rowRect(ids.at(2));
            }
            QStringList extra;
            for (const QRect& rect : recorder.painted - expected) {
                extra.append(
                    QStringLiteral("%1,%2 %3x%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height()));
            }
            EXPECT_TRUE(extra.isEmpty()) << "at second " << second << " something outside the countdowns was painted: "
                                         << extra.join(QStringLiteral("; ")).toStdString();
            EXPECT_FALSE(recorder.painted.intersects(rowRect(ids.at(3)))) << "the counter-based row has no countdown";
        }
    }

    TEST_F(AccountListViewTest, TurnsKeysIntoListActions)
    {
        QSignalSpy copy(view.get(), &AccountListView::copyRequested);
        QSignalSpy trash(view.get(), &AccountListView::trashRequested);
        QSignalSpy move(view.get(), &AccountListView::moveRequested);
        QSignalSpy typed(view.get(), &AccountListView::textTyped);
        view->selectRow(1);
        QTest::keyClick(view.get(), Qt::Key_Return);
        QTest::keyClick(view.get(), Qt::Key_Delete);
        QTest::keyClick(view.get(), Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(view.get(), Qt::Key_G);
        ASSERT_EQ(copy.count(), 1);
        EXPECT_EQ(copy.at(0).at(0).value<QModelIndex>().row(), 1);
        EXPECT_EQ(trash.count(), 1);
        ASSERT_EQ(move.count(), 1);
        EXPECT_EQ(move.at(0).at(1).toInt(), -1);
        ASSERT_EQ(typed.count(), 1);
        EXPECT_EQ(typed.at(0).at(0).toString(), QStringLiteral("g"));

        QTest::keyClick(view.get(), Qt::Key_Down);
        EXPECT_EQ(view->currentIndex().row(), 2);
    }
}
