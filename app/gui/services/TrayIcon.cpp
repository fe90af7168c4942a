#include "TrayIcon.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>

namespace tessera::gui
{
    TrayIcon::TrayIcon(QObject* parent)
        : QObject(parent)
        , m_menu(std::make_unique<QMenu>())
    {
        QAction* show = m_menu->addAction(tr("&Show Tessera"));
        QAction* quickSearch = m_menu->addAction(tr("&Quick search…"));
        m_menu->addSeparator();
        m_lockAction = m_menu->addAction(QIcon::fromTheme(QStringLiteral("system-lock-screen")), tr("&Lock"));
        m_menu->addSeparator();
        QAction* quit = m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
        // The shortcuts of the main window, shown as a reminder.
        m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        quit->setShortcut(QKeySequence::Quit);
        m_menu->setDefaultAction(show);

        connect(show, &QAction::triggered, this, &TrayIcon::showRequested);
        connect(quickSearch, &QAction::triggered, this, &TrayIcon::quickSearchRequested);
        connect(m_lockAction, &QAction::triggered, this, &TrayIcon::lockRequested);
        connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
        setLocked(true);
    }

    TrayIcon::~TrayIcon()
    {
        if (m_icon != nullptr) {
            m_icon->hide();
        }
    }

    bool TrayIcon::isAvailable()
    {
        return QSystemTrayIcon::isSystemTrayAvailable();
    }

    void TrayIcon::setVisible(bool visible)
    {
        if (!visible) {
            if (m_icon != nullptr) {
                m_icon->hide();
            }
            return;
        }
        if (!isAvailable()) {
            return;
        }
        if (m_icon == nullptr) {
            // The installed application icon (hicolor theme), else the copy built into the binary.
            m_icon = new QSystemTrayIcon(QIcon::fromTheme(QStringLiteral("io.github.tessera.Tessera"),
                                             QIcon(QStringLiteral(":/icons/io.github.tessera.Tessera.svg"))),
                this);
            m_icon->setContextMenu(m_menu.get());
            connect(m_icon, &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
            updateToolTip();
        }
        m_icon->show();
    }

    bool TrayIcon::isShown() const
    {
        return m_icon != nullptr && m_icon->isVisible();
    }

    void TrayIcon::setLocked(bool locked)
    {
        m_locked = locked;
        m_lockAction->setEnabled(!locked);
        updateToolTip();
    }

    QMenu* TrayIcon::menu() const
    {
        return m_menu.get();
    }

    void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
    {
        switch (reason) {
        case QSystemTrayIcon::Trigger:
        case QSystemTrayIcon::DoubleClick:
            emit showRequested();
            break;
        case QSystemTrayIcon::MiddleClick:
            emit quickSearchRequested();
            break;
        case QSystemTrayIcon::Context:
        case QSystemTrayIcon::Unknown:
            break;
        }
    }

    void TrayIcon::updateToolTip()
    {
        if (m_icon != nullptr) {
            m_icon->setToolTip(m_locked ? tr("Tessera (locked)") : tr("Tessera"));
        }
    }
}
