#include "pages/AccountsPage.h"

#include "Clock.h"
#include "app/CodeCopier.h"
#include "app/Icons.h"
#include "app/VaultHolder.h"
#include "list/AccountRoles.h"
#include "list/AccountRowDelegate.h"
#include "model/AccountFilterModel.h"
#include "model/AccountListModel.h"
#include "services/InactivityTimer.h"
#include "services/TimeSource.h"
#include "services/Timer.h"
#include "widgets/AccountListView.h"
#include "widgets/Banner.h"
#include "widgets/UndoBar.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        QString minutesAndSeconds(qint64 milliseconds)
        {
            const qint64 seconds = (milliseconds + 999) / 1000;
            return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        }
    }

    AccountsPage::AccountsPage(VaultHolder& holder,
        AccountListModel& model,
        CodeCopier& copier,
        InactivityTimer& inactivity,
        TimeSource& time,
        const Clock& clock,
        QWidget* parent)
        : QWidget(parent)
        , m_holder(holder)
        , m_model(model)
        , m_copier(copier)
        , m_inactivity(inactivity)
        , m_clock(clock)
        , m_filter(new AccountFilterModel(this))
        , m_search(new QLineEdit(this))
        , m_add(new QToolButton(this))
        , m_menu(new QToolButton(this))
        , m_issues(new Banner(this))
        , m_undo(new UndoBar(time, this))
        , m_content(new QStackedWidget(this))
        , m_view(new AccountListView(m_content))
        , m_empty(new QWidget(m_content))
        , m_emptyText(new QLabel(m_empty))
        , m_emptyAdd(new QPushButton(Icons::get(Icons::Name::Add), tr("&Add Account…"), m_empty))
        , m_statusBar(new QStatusBar(this))
        , m_summary(new QLabel(this))
        , m_tick(time.createTimer(this))
        , m_copyAction(new QAction(Icons::get(Icons::Name::Copy), tr("&Copy Code"), this))
        , m_editAction(new QAction(tr("&Edit…"), this))
        , m_showQrAction(new QAction(tr("Show &QR Code…"), this))
        , m_favoriteAction(new QAction(tr("&Favourite"), this))
        , m_moveUpAction(new QAction(tr("Move &Up"), this))
        , m_moveDownAction(new QAction(tr("Move &Down"), this))
        , m_trashAction(new QAction(Icons::get(Icons::Name::Trash), tr("Move to &Trash"), this))
    {
        m_filter->setSourceModel(&m_model);
        m_view->setModel(m_filter);

        // Header: search, Add, menu.
        m_search->setPlaceholderText(tr("Search accounts (Ctrl+F)"));
        m_search->setClearButtonEnabled(true);
        // The magnifier is a button to screen readers: it says what it is and puts the focus into the field.
        QAction* searchIcon = m_search->addAction(Icons::get(Icons::Name::Search), QLineEdit::LeadingPosition);
        searchIcon->setText(tr("Search accounts"));
        searchIcon->setToolTip(tr("Search accounts (Ctrl+F)"));
        connect(searchIcon, &QAction::triggered, this, &AccountsPage::focusSearch);
        m_search->setAccessibleName(tr("Search accounts"));
        m_search->setAccessibleDescription(
            tr("Type part of an issuer, account name, tag or note. Enter copies the code of the selected account."));
        m_search->installEventFilter(this);
        m_add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_add->setPopupMode(QToolButton::MenuButtonPopup);
        m_add->setAccessibleName(tr("Add account"));
        m_menu->setIcon(Icons::get(Icons::Name::Menu));
        m_menu->setPopupMode(QToolButton::InstantPopup);
        m_menu->setToolTip(tr("Menu"));
        m_menu->setAccessibleName(tr("Main menu"));
        m_menu->setAutoRaise(true);
        auto* header = new QHBoxLayout;
        m_header = header;
        header->addWidget(m_search, 1);
        header->addWidget(m_add);
        header->addWidget(m_menu);

        m_issues->setVisible(false);
        connect(m_issues->addButton(tr("&Details…")), &QPushButton::clicked, this, &AccountsPage::showIssueDetails);
        connect(m_issues->addButton(tr("&Repair…")), &QPushButton::clicked, this, &AccountsPage::repair);

        // The list, or what to do when it is empty.
        m_view->setAccessibleName(tr("Accounts"));
        m_view->setAccessibleDescription(tr("Enter or double-click copies the code; Delete moves the account to the "
                                            "trash; Alt+Up and Alt+Down change the order."));
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_emptyText->setAlignment(Qt::AlignCenter);
        m_emptyText->setWordWrap(true);
        m_emptyText->setTextFormat(Qt::PlainText);
        m_emptyText->setForegroundRole(QPalette::PlaceholderText);
        auto* emptyLayout = new QVBoxLayout(m_empty);
        emptyLayout->addStretch(1);
        emptyLayout->addWidget(m_emptyText);
        emptyLayout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
        emptyLayout->addStretch(2);
        m_empty->setAutoFillBackground(true);
        m_empty->setBackgroundRole(QPalette::Base);
        m_content->addWidget(m_view);
        m_content->addWidget(m_empty);

        m_summary->setAccessibleName(tr("Status"));
        m_summary->setIndent(style()->pixelMetric(QStyle::PM_LayoutLeftMargin));
        m_statusBar->addWidget(m_summary, 1); // a notice takes its place for a few seconds
        m_statusBar->setSizeGripEnabled(false);

        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto* top = new QVBoxLayout;
        const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
        top->setContentsMargins(margin, margin, margin, margin);
        top->addLayout(header);
        top->addWidget(m_issues);
        top->addWidget(m_undo);
        m_top = top;
        layout->addLayout(top);
        layout->addWidget(m_content, 1);
        layout->addWidget(m_statusBar);

        // Row actions: the context menu, with shortcuts that work while the list or search has focus.
        m_copyAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
        m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        m_favoriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
        m_favoriteAction->setCheckable(true);
        m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
        m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
        m_trashAction->setShortcut(QKeySequence(Qt::Key_Delete));
        for (QAction* action : {m_copyAction, m_moveUpAction, m_moveDownAction, m_trashAction}) {
            // The list handles these keys itself (they mean something else in the search field).
            action->setShortcutContext(Qt::WidgetShortcut);
        }
        m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_showQrAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        m_showQrAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(m_showQrAction);
        m_favoriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(m_editAction);
        addAction(m_favoriteAction);
        auto* separator = new QAction(this);
        separator->setSeparator(true);
        auto* separator2 = new QAction(this);
        separator2->setSeparator(true);
        m_view->addActions({m_copyAction, m_editAction, m_showQrAction, m_favoriteAction, separator, m_moveUpAction,
            m_moveDownAction, separator2, m_trashAction});

        connect(m_copyAction, &QAction::triggered, this, &AccountsPage::copyCurrent);
        connect(m_editAction, &QAction::triggered, this, &AccountsPage::editCurrent);
        connect(m_showQrAction, &QAction::triggered, this, &AccountsPage::showQrCurrent);
        connect(m_favoriteAction, &QAction::triggered, this, &AccountsPage::toggleFavoriteCurrent);
        connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
        connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(1); });
        connect(m_trashAction, &QAction::triggered, this, &AccountsPage::trashCurrent);

        connect(m_search, &QLineEdit::textChanged, this, &AccountsPage::onSearchChanged);
        connect(m_view, &AccountListView::copyRequested, this, &AccountsPage::copy);
        connect(m_view, &AccountListView::doubleClicked, this, &AccountsPage::copy);
        connect(m_view, &AccountListView::trashRequested, this, &AccountsPage::trash);
        connect(m_view, &AccountListView::moveRequested, this, &AccountsPage::move);
        connect(m_view, &AccountListView::textTyped, this, &AccountsPage::onTextTyped);
        connect(m_view->rowDelegate(), &AccountRowDelegate::revealRequested, this,
            [this](const QModelIndex& index) { m_model.reveal(index.data(AccountRoles::Id).toUuid()); });
        connect(m_view->rowDelegate(), &AccountRowDelegate::nextCodeRequested, this, [this](const QModelIndex& index) {
            auto code = m_model.takeHotpCode(index.data(AccountRoles::Id).toUuid());
            if (!code) {
                showNotice(code.error().message());
            }
        });
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AccountsPage::updateActions);
        connect(m_filter, &AccountFilterModel::reorderRequested, this, &AccountsPage::reorder);
        connect(m_filter, &AccountFilterModel::rowsInserted, this, &AccountsPage::onRowsChanged);
        connect(m_filter, &AccountFilterModel::rowsRemoved, this, &AccountsPage::onRowsChanged);
        connect(m_filter, &AccountFilterModel::modelReset, this, &AccountsPage::onRowsChanged);
        connect(m_filter, &AccountFilterModel::layoutChanged, this, &AccountsPage::onRowsChanged);
        connect(m_undo, &UndoBar::undoRequested, this, &AccountsPage::undoTrash);
        connect(m_emptyAdd, &QPushButton::clicked, this, &AccountsPage::addRequested);
        connect(&m_model, &AccountListModel::errorOccurred, this, &AccountsPage::showNotice);
        connect(&m_holder, &VaultHolder::integrityIssuesChanged, this, &AccountsPage::updateIssues);
        connect(&m_holder, &VaultHolder::unlocked, this, &AccountsPage::updateIssues);

        m_tick->setSingleShot(true);
        connect(m_tick, &Timer::timeout, this, &AccountsPage::tick);

        updateTabOrder();
        setFocusProxy(m_search);
        updateContent();
        updateStatus();
        updateIssues();
        updateActions();
    }

    AccountsPage::~AccountsPage() = default;

    void AccountsPage::setAddActions(QAction* addAction, QMenu* addMenu)
    {
        m_add->setDefaultAction(addAction);
        m_add->setMenu(addMenu);
        m_emptyAdd->setToolTip(addAction->toolTip());
    }

    void AccountsPage::addHeaderButton(QToolButton* button)
    {
        // Beside the main menu, after the Add button.
        m_header->insertWidget(m_header->indexOf(m_menu), button);
        updateTabOrder();
    }

    void AccountsPage::addBanner(QWidget* banner)
    {
        m_top->insertWidget(m_top->indexOf(m_undo), banner);
        updateTabOrder();
    }

    void AccountsPage::addRowAction(QAction* action)
    {
        m_view->addAction(action);
        m_rowActions.append(action);
        action->setEnabled(m_view->currentIndex().isValid());
    }

    void AccountsPage::setMainMenu(QMenu* menu)
    {
        m_menu->setMenu(menu);
    }

    void AccountsPage::setSortMode(SortMode mode)
    {
        m_filter->setSortMode(mode);
    }

    void AccountsPage::setActive(bool active)
    {
        if (m_active == active) {
            return;
        }
        m_active = active;
        if (m_active) {
            tick();
        } else {
            m_tick->stop();
        }
    }

    void AccountsPage::focusSearch()
    {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }

    void AccountsPage::showNotice(const QString& text)
    {
        constexpr int noticeMilliseconds = 8000;
        m_statusBar->showMessage(text, noticeMilliseconds);
    }

    void AccountsPage::reset()
    {
        m_search->clear();
        m_undo->dismiss();
        m_statusBar->clearMessage();
    }

    QUuid AccountsPage::currentId() const
    {
        return m_view->currentIndex().data(AccountRoles::Id).toUuid();
    }

    QString AccountsPage::statusText() const
    {
        return m_summary->text();
    }

    QString AccountsPage::noticeText() const
    {
        return m_statusBar->currentMessage();
    }

    void AccountsPage::copyCurrent()
    {
        ensureCurrent();
        copy(m_view->currentIndex());
    }

    void AccountsPage::trashCurrent()
    {
        trash(m_view->currentIndex());
    }

    void AccountsPage::editCurrent()
    {
        const QUuid id = currentId();
        if (!id.isNull()) {
            emit editRequested(id);
        }
    }

    void AccountsPage::showQrCurrent()
    {
        const QUuid id = currentId();
        if (!id.isNull()) {
            emit showQrRequested(id);
        }
    }

    void AccountsPage::toggleFavoriteCurrent()
    {
        const QUuid id = currentId();
        if (id.isNull()) {
            return;
        }
        auto changed = m_holder.vault().modify(id, [](Account& account) { account.favorite = !account.favorite; });
        if (!changed) {
            showNotice(changed.error().message());
            return;
        }
        selectAccount(id);
    }

    void AccountsPage::moveCurrent(int offset)
    {
        move(m_view->currentIndex(), offset);
    }

    bool AccountsPage::eventFilter(QObject* watched, QEvent* event)
    {
        if (watched != m_search || event->type() != QEvent::KeyPress) {
            return QWidget::eventFilter(watched, event);
        }
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            if (modifiers == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
                moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
                return true;
            }
            if (modifiers == Qt::NoModifier && m_filter->rowCount() > 0) {
                // Move through the list while typing stays in the search field.
                QKeyEvent forwarded(QEvent::KeyPress, key->key(), Qt::NoModifier);
                ensureCurrent();
                QCoreApplication::sendEvent(m_view, &forwarded);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (modifiers == Qt::NoModifier) {
                copyCurrent();
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        case Qt::Key_Delete:
            if (modifiers == Qt::NoModifier && m_search->text().isEmpty()) {
                trashCurrent();
                return true;
            }
            break;
        default:
            break;
        }
        return QWidget::eventFilter(watched, event);
    }

    void AccountsPage::showEvent(QShowEvent* event)
    {
        QWidget::showEvent(event);
        // Banners get their buttons after they are added.
        updateTabOrder();
    }

    void AccountsPage::copy(const QModelIndex& index)
    {
        const QUuid id = index.data(AccountRoles::Id).toUuid();
        if (id.isNull()) {
            return;
        }
        auto copied = m_copier.copy(id);
        if (!copied) {
            showNotice(copied.error().message());
        }
    }

    void AccountsPage::trash(const QModelIndex& index)
    {
        const QUuid id = index.data(AccountRoles::Id).toUuid();
        if (id.isNull()) {
            return;
        }
        const QString name = index.data(Qt::DisplayRole).toString();
        const int row = index.row();
        auto moved = m_holder.vault().moveToTrash(id);
        if (!moved) {
            showNotice(moved.error().message());
            return;
        }
        m_undo->showFor(id, tr("“%1” moved to the trash.").arg(name));
        m_view->selectRow(std::min(row, m_filter->rowCount() - 1));
    }

    void AccountsPage::undoTrash(const QUuid& id)
    {
        auto restored = m_holder.vault().restore(id);
        if (!restored) {
            showNotice(restored.error().message());
            return;
        }
        selectAccount(id);
        m_view->setFocus();
    }

    void AccountsPage::move(const QModelIndex& index, int offset)
    {
        if (!index.isValid()) {
            return;
        }
        if (!m_filter->canReorder()) {
            showNotice(m_filter->isSearching() ? tr("Clear the search to change the order.")
                                               : tr("The list is in alphabetical order. Choose “My order” in "
                                                    "Settings to arrange it yourself."));
            return;
        }
        const int target = offset < 0 ? index.row() + offset : index.row() + offset + 1;
        if (target < 0 || target > m_filter->rowCount()) {
            return;
        }
        const QUuid id = index.data(AccountRoles::Id).toUuid();
        reorder(m_filter->orderAfterMove({id}, target));
        selectAccount(id);
    }

    void AccountsPage::reorder(const QList<QUuid>& order)
    {
        auto done = m_holder.vault().reorder(order);
        if (!done) {
            showNotice(done.error().message());
        }
    }

    void AccountsPage::onSearchChanged(const QString& text)
    {
        m_filter->setSearchText(text);
        // The best match is selected, so Enter copies it.
        if (m_filter->rowCount() > 0) {
            m_view->selectRow(0);
        }
        updateContent();
    }

    void AccountsPage::onTextTyped(const QString& text)
    {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->end(false);
        m_search->insert(text);
    }

    void AccountsPage::onRowsChanged()
    {
        ensureCurrent();
        updateContent();
        updateStatus();
        updateActions();
    }

    void AccountsPage::ensureCurrent()
    {
        if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0) {
            m_view->selectRow(0);
        }
    }

    void AccountsPage::updateContent()
    {
        if (m_filter->rowCount() > 0) {
            m_content->setCurrentWidget(m_view);
            return;
        }
        if (m_filter->isSearching()) {
            m_emptyText->setText(
                tr("No account matches “%1”.\nPress Esc to clear the search.").arg(m_search->text().trimmed()));
            m_emptyAdd->setVisible(false);
        } else {
            m_emptyText->setText(
                tr("No accounts yet — add one with Ctrl+N, or import a backup or another app's export with Ctrl+I."));
            m_emptyAdd->setVisible(true);
        }
        m_empty->setAccessibleName(m_emptyText->text());
        m_content->setCurrentWidget(m_empty);
    }

    void AccountsPage::updateStatus()
    {
        const int count = m_model.rowCount();
        QString text = count == 1 ? tr("1 account") : tr("%1 accounts").arg(count);
        if (m_filter->isSearching()) {
            text = tr("%1 of %2").arg(m_filter->rowCount()).arg(text);
        }
        if (m_inactivity.timeout().count() <= 0) {
            text += tr(" · Auto-lock off");
        } else if (m_inactivity.isRunning()) {
            // Whole minutes until the last one, so that the line changes once a minute, not every second.
            const qint64 remaining = m_inactivity.remaining().count();
            text += remaining > 60'000
                ? tr(" · Locked in %n min", "auto-lock countdown", int((remaining + 59'999) / 60'000))
                : tr(" · Locked in %1").arg(minutesAndSeconds(remaining));
        }
        if (m_holder.isUnlocked() && m_holder.vault().isReadOnly()) {
            text += tr(" · Read-only");
        }
        if (m_summary->text() != text) {
            m_summary->setText(text);
        }
    }

    void AccountsPage::updateIssues()
    {
        const QList<IntegrityIssue> issues
            = m_holder.isUnlocked() ? m_holder.vault().integrityIssues() : QList<IntegrityIssue>();
        if (issues.isEmpty()) {
            m_issues->setVisible(false);
            return;
        }
        const QString count = issues.size() == 1
            ? tr("This vault has a problem and is read-only until it is repaired.")
            : tr("This vault has %1 problems and is read-only until it is repaired.").arg(issues.size());
        m_issues->setText(count + QLatin1Char(' ') + issues.constFirst().message());
        m_issues->setVisible(true);
        updateStatus();
    }

    void AccountsPage::updateActions()
    {
        const bool has = m_view->currentIndex().isValid();
        for (QAction* action : {m_copyAction, m_editAction, m_showQrAction, m_favoriteAction, m_moveUpAction,
                 m_moveDownAction, m_trashAction}) {
            action->setEnabled(has);
        }
        for (QAction* action : std::as_const(m_rowActions)) {
            action->setEnabled(has);
        }
        const QSignalBlocker blocker(m_favoriteAction);
        m_favoriteAction->setChecked(has && m_view->currentIndex().data(AccountRoles::IsFavorite).toBool());
    }

    void AccountsPage::updateTabOrder()
    {
        QList<QWidget*> order;
        for (int i = 0; i < m_header->count(); ++i) {
            if (QWidget* widget = m_header->itemAt(i)->widget()) {
                order.append(widget);
            }
        }
        for (int i = 0; i < m_top->count(); ++i) {
            QWidget* bar = m_top->itemAt(i)->widget();
            if (bar == nullptr) {
                continue; // the header
            }
            for (QWidget* child : bar->findChildren<QWidget*>()) {
                if ((child->focusPolicy() & Qt::TabFocus) != 0) {
                    order.append(child);
                }
            }
        }
        order.append(m_view);
        order.append(m_emptyAdd);
        for (qsizetype i = 1; i < order.size(); ++i) {
            setTabOrder(order.at(i - 1), order.at(i));
        }
    }

    void AccountsPage::showIssueDetails()
    {
        if (!m_holder.isUnlocked()) {
            return;
        }
        QStringList lines;
        for (const IntegrityIssue& issue : m_holder.vault().integrityIssues()) {
            lines.append(QStringLiteral("• ") + issue.message());
        }
        QMessageBox box(QMessageBox::Warning, tr("Vault Problems"),
            tr("Tessera found records in the vault file that it did not write. Every healthy account can be read "
               "and copied; nothing is changed until you repair the vault or restore a backup."),
            QMessageBox::Close, this);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    }

    void AccountsPage::repair()
    {
        if (!m_holder.isUnlocked()) {
            return;
        }
        const auto answer = QMessageBox::question(this, tr("Repair the Vault"),
            tr("Repairing sets aside the records that cannot be trusted (they are kept, not deleted) and makes the "
               "vault writable again. If you have a recent backup, restoring it may be better. Repair now?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
        auto repaired = m_holder.vault().repair();
        showNotice(repaired ? tr("The vault was repaired.") : repaired.error().message());
        updateIssues();
    }

    void AccountsPage::tick()
    {
        m_view->repaintCountdowns();
        updateStatus();
        scheduleTick();
    }

    void AccountsPage::scheduleTick()
    {
        if (!m_active) {
            return;
        }
        // On the whole seconds of the clock the codes follow.
        const qint64 now = m_clock.nowMilliseconds();
        const qint64 intoSecond = ((now % 1000) + 1000) % 1000;
        m_tick->start(std::chrono::milliseconds(1000 - intoSecond));
    }

    void AccountsPage::selectAccount(const QUuid& id)
    {
        const QModelIndex source = m_model.indexOf(id);
        const QModelIndex shown = m_filter->mapFromSource(source);
        if (shown.isValid()) {
            m_view->selectRow(shown.row());
        }
    }
}
