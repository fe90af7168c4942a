#include "services/TrayIcon.h"

#include <QAction>
#include <QFile>
#include <QIcon>
#include <QMenu>
#include <QSignalSpy>

#include <gtest/gtest.h>

using tessera::gui::TrayIcon;

namespace
{
    QList<QAction*> entries(const TrayIcon& tray)
    {
        QList<QAction*> actions;
        for (QAction* action : tray.menu()->actions()) {
            if (!action->isSeparator()) {
                actions.append(action);
            }
        }
        return actions;
    }

    TEST(TrayIconTest, WithoutATrayNothingIsShown)
    {
        ASSERT_FALSE(TrayIcon::isAvailable()); // the offscreen platform has no tray
        TrayIcon tray;
        tray.setVisible(true);
        EXPECT_FALSE(tray.isShown());
    }

    TEST(TrayIconTest, TheApplicationIconIsBuiltIn)
    {
        // The fallback for QIcon::fromTheme when Tessera runs uninstalled.
        const QString path = QStringLiteral(":/icons/io.github.tessera.Tessera.svg");
        ASSERT_TRUE(QFile::exists(path));
        EXPECT_FALSE(QIcon(path).pixmap(32, 32).isNull());
    }

    TEST(TrayIconTest, TheMenuOffersShowQuickSearchLockAndQuit)
    {
        TrayIcon tray;
        QSignalSpy show(&tray, &TrayIcon::showRequested);
        QSignalSpy search(&tray, &TrayIcon::quickSearchRequested);
        QSignalSpy lock(&tray, &TrayIcon::lockRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);

        const QList<QAction*> actions = entries(tray);
        ASSERT_EQ(actions.size(), 4);
        for (QAction* action : actions) {
            action->trigger();
        }
        EXPECT_EQ(show.count(), 1);
        EXPECT_EQ(search.count(), 1);
        EXPECT_EQ(quit.count(), 1);
        EXPECT_EQ(lock.count(), 0); // locked at start: nothing to lock

        tray.setLocked(false);
        actions.at(2)->trigger();
        EXPECT_EQ(lock.count(), 1);
    }
}
