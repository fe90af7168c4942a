#include "quicksearch/QuickSearchPopup.h"

#include "SecretWipe.h"
#include "app/CodeCopier.h"
#include "app/Icons.h"
#include "app/VaultHolder.h"
#include "app/VaultUnlocker.h"
#include "list/AccountRoles.h"
#include "list/AccountRowDelegate.h"
#include "model/AccountFilterModel.h"
#include "model/AccountListModel.h"
#include "widgets/AccountListView.h"
#include "widgets/PasswordEdit.h"

#include <QCursor>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::gui
{
    namespace
    {
        constexpr int visibleRows = 5;
        constexpr int widthInCharacters = 72;
    }

    QuickSearchPopup::QuickSearchPopup(
        VaultHolder& holder, AccountListModel& model, CodeCopier& copier, QWidget* parent)
        : QFrame(parent, Qt::Window | Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
        , m_holder(holder)
        , m_copier(copier)
        , m_unlocker(new VaultUnlocker(holder, this))
        , m_filter(new AccountFilterModel(this))
        , m_pages(new QStackedWidget(this))
        , m_search(new QLineEdit(this))
        , m_view(new AccountListView(this))
        , m_message(new QLabel(this))
        , m_password(new PasswordEdit(this))
        , m_unlockMessage(new QLabel(this))
        , m_busy(new QWidget(this))
    {
        setWindowTitle(tr("Tessera Quick Search"));
        setAccessibleName(tr("Quick search"));
        setFrameStyle(QFrame::StyledPanel | QFrame::Raised);
        setAttribute(Qt::WA_DeleteOnClose, false);

        m_filter->setSourceModel(&model);
        m_view->setModel(m_filter);
        m_view->setDragEnabled(false);
        m_view->setAcceptDrops(false);
        m_view->setDragDropMode(QAbstractItemView::NoDragDrop);
        // The list is worked from the search field (arrows move through it, Enter copies): that is its focus.
        m_view->setFocusPolicy(Qt::NoFocus);
        m_view->setFocusProxy(m_search);
        m_view->setAccessibleName(tr("Matching accounts"));

        // Search.
        auto* searchPage = new QWidget(m_pages);
        auto* searchLayout = new QVBoxLayout(searchPage);
        searchLayout->setContentsMargins(0, 0, 0, 0);
        m_search->setPlaceholderText(tr("Type to search, Enter to copy"));
        // The magnifier is a button to screen readers: it says what it is and puts the focus into the field.
        QAction* searchIcon = m_search->addAction(Icons::get(Icons::Name::Search), QLineEdit::LeadingPosition);
        searchIcon->setText(tr("Search accounts"));
        connect(searchIcon, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::OtherFocusReason); });
        m_search->setAccessibleName(tr("Search accounts"));
        m_search->setAccessibleDescription(tr("Enter copies the code of the selected account and closes; Escape "
                                              "closes."));
        m_search->installEventFilter(this);
        QFont searchFont = m_search->font();
        if (searchFont.pointSizeF() > 0) {
            searchFont.setPointSizeF(searchFont.pointSizeF() * 1.25);
        }
        m_search->setFont(searchFont);
        m_message->setForegroundRole(QPalette::PlaceholderText);
        m_message->setAlignment(Qt::AlignCenter);
        m_message->setWordWrap(true);
        searchLayout->addWidget(m_search);
        searchLayout->addWidget(m_view, 1);
        searchLayout->addWidget(m_message);

        // Unlock.
        auto* unlockPage = new QWidget(m_pages);
        auto* unlockLayout = new QVBoxLayout(unlockPage);
        unlockLayout->setContentsMargins(0, 0, 0, 0);
        auto* locked = new QLabel(tr("Tessera is locked. Enter the password to search."), unlockPage);
        locked->setWordWrap(true);
        m_password->setAccessibleName(tr("Password"));
        m_password->setPlaceholderText(tr("Password"));
        m_password->installEventFilter(this);
        m_unlockMessage->setWordWrap(true);
        m_unlockMessage->setVisible(false);
        auto* busyLayout = new QVBoxLayout(m_busy);
        busyLayout->setContentsMargins(0, 0, 0, 0);
        auto* progress = new QProgressBar(m_busy);
        progress->setRange(0, 0);
        progress->setTextVisible(false);
        progress->setAccessibleName(tr("Unlocking"));
        busyLayout->addWidget(progress);
        m_busy->setVisible(false);
        unlockLayout->addWidget(locked);
        unlockLayout->addWidget(m_password);
        unlockLayout->addWidget(m_unlockMessage);
        unlockLayout->addWidget(m_busy);
        unlockLayout->addStretch(1);

        m_pages->addWidget(searchPage);
        m_pages->addWidget(unlockPage);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_pages);

        connect(m_search, &QLineEdit::textChanged, this, &QuickSearchPopup::onSearchChanged);
        connect(m_view, &AccountListView::clicked, this, [this](const QModelIndex& index) {
            m_view->setCurrentIndex(index);
            copyCurrent();
        });
        connect(m_password, &QLineEdit::returnPressed, this, &QuickSearchPopup::unlock);
        connect(m_unlocker, &VaultUnlocker::busyChanged, this, [this](bool busy) {
            m_busy->setVisible(busy);
            m_password->setEnabled(!busy);
        });
        connect(m_unlocker, &VaultUnlocker::succeeded, this, [this] {
            m_password->wipe();
            showSearch();
        });
        connect(m_unlocker, &VaultUnlocker::failed, this, &QuickSearchPopup::onUnlockFailed);
        connect(&m_holder, &VaultHolder::locked, this, [this] {
            if (isVisible()) {
                showUnlock();
            }
        });
        // Accounts added, removed or changed while the popup is open (from the window or tessera-cli).
        connect(m_filter, &AccountFilterModel::rowsInserted, this, &QuickSearchPopup::updateMatches);
        connect(m_filter, &AccountFilterModel::rowsRemoved, this, &QuickSearchPopup::updateMatches);
        connect(m_filter, &AccountFilterModel::modelReset, this, &QuickSearchPopup::updateMatches);
        connect(m_filter, &AccountFilterModel::layoutChanged, this, &QuickSearchPopup::updateMatches);
        updateSize();
    }

    QuickSearchPopup::~QuickSearchPopup() = default;

    void QuickSearchPopup::popup()
    {
        m_search->clear();
        m_wasActive = false;
        if (m_holder.isUnlocked()) {
            showSearch();
        } else {
            showUnlock();
        }
        updateSize();
        const QScreen* screen = QGuiApplication::screenAt(QCursor::pos());
        if (screen == nullptr) {
            screen = QGuiApplication::primaryScreen();
        }
        if (screen != nullptr) {
            const QRect area = screen->availableGeometry();
            move(area.x() + (area.width() - width()) / 2, area.y() + area.height() / 4);
        }
        show();
        raise();
        activateWindow();
    }

    bool QuickSearchPopup::isUnlockShown() const
    {
        return m_pages->currentIndex() == 1;
    }

    void QuickSearchPopup::showEvent(QShowEvent* event)
    {
        QFrame::showEvent(event);
        emit visibilityChanged(true);
    }

    void QuickSearchPopup::hideEvent(QHideEvent* event)
    {
        QFrame::hideEvent(event);
        m_search->clear();
        m_password->wipe();
        emit visibilityChanged(false);
    }

    void QuickSearchPopup::changeEvent(QEvent* event)
    {
        QFrame::changeEvent(event);
        if (event->type() != QEvent::ActivationChange) {
            return;
        }
        if (isActiveWindow()) {
            m_wasActive = true;
        } else if (m_wasActive && isVisible() && !m_unlocker->isBusy()) {
            hide(); // the user went elsewhere
        }
    }

    bool QuickSearchPopup::eventFilter(QObject* watched, QEvent* event)
    {
        if (event->type() != QEvent::KeyPress || (watched != m_search && watched != m_password)) {
            return QFrame::eventFilter(watched, event);
        }
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (watched == m_search) {
                copyCurrent();
                return true;
            }
            break;
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            if (watched == m_search) {
                QKeyEvent forwarded(QEvent::KeyPress, key->key(), Qt::NoModifier);
                QCoreApplication::sendEvent(m_view, &forwarded);
                return true;
            }
            break;
        default:
            break;
        }
        return QFrame::eventFilter(watched, event);
    }

    void QuickSearchPopup::showSearch()
    {
        m_pages->setCurrentIndex(0);
        onSearchChanged(m_search->text());
        m_search->setFocus();
    }

    void QuickSearchPopup::showUnlock()
    {
        m_unlockMessage->setVisible(false);
        m_pages->setCurrentIndex(1);
        m_password->setFocus();
    }

    void QuickSearchPopup::unlock()
    {
        if (m_password->text().isEmpty() || m_unlocker->isBusy()) {
            return;
        }
        m_unlockMessage->setVisible(false);
        QString password = m_password->text();
        m_unlocker->unlock(Credential::password(password));
        wipe(password);
    }

    void QuickSearchPopup::onUnlockFailed(const tessera::Error& error)
    {
        m_unlockMessage->setText(error.kind() == Error::Kind::WrongPassword
                ? tr("The password is wrong. Check Caps Lock and try again.")
                : error.message());
        m_unlockMessage->setVisible(true);
        m_password->selectAll();
        m_password->setFocus();
    }

    void QuickSearchPopup::copyCurrent()
    {
        QModelIndex index = m_view->currentIndex();
        if (!index.isValid() && m_filter->rowCount() > 0) {
            index = m_filter->index(0, 0);
        }
        if (!index.isValid()) {
            return;
        }
        auto copied = m_copier.copy(index.data(AccountRoles::Id).toUuid());
        if (!copied) {
            m_message->setText(copied.error().message());
            m_message->setVisible(true);
            return;
        }
        emit this->copied();
        hide();
    }

    void QuickSearchPopup::onSearchChanged(const QString& text)
    {
        m_filter->setSearchText(text);
        if (m_filter->rowCount() > 0) {
            m_view->selectRow(0);
        }
        updateMatches();
    }

    void QuickSearchPopup::updateMatches()
    {
        const bool none = m_filter->rowCount() == 0;
        m_view->setVisible(!none);
        m_message->setVisible(none);
        if (none) {
            m_message->setText(m_filter->isSearching()
                    ? tr("No account matches “%1”.").arg(m_filter->searchText().trimmed())
                    : tr("No accounts yet."));
        } else if (!m_view->currentIndex().isValid()) {
            m_view->selectRow(0);
        }
        updateSize();
    }

    void QuickSearchPopup::updateSize()
    {
        QStyleOptionViewItem option;
        option.initFrom(m_view);
        option.font = m_view->font();
        // As tall as the matches, up to a few rows: the best ones come first anyway.
        const int row = m_view->rowDelegate()->rowSizeHint(option).height();
        const int rows = std::clamp(m_filter->rowCount(), 1, visibleRows);
        m_view->setFixedHeight(row * rows + 2 * m_view->frameWidth());
        const int width = std::max(
            fontMetrics().averageCharWidth() * widthInCharacters, m_view->rowDelegate()->rowSizeHint(option).width());
        setFixedWidth(width);
        adjustSize();
    }
}
