#include "pages/TrashPage.h"

#include "VaultFormat.h"
#include "app/Icons.h"
#include "app/VaultHolder.h"
#include "model/TrashListModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace tessera::gui
{
    TrashPage::TrashPage(VaultHolder& holder, TrashListModel& model, QWidget* parent)
        : QWidget(parent)
        , m_holder(holder)
        , m_model(model)
        , m_back(new QPushButton(Icons::get(Icons::Name::Back), tr("&Back to Accounts"), this))
        , m_content(new QStackedWidget(this))
        , m_view(new QListView(m_content))
        , m_empty(new QLabel(m_content))
        , m_restore(new QPushButton(Icons::get(Icons::Name::Restore), tr("&Restore"), this))
        , m_purge(new QPushButton(Icons::get(Icons::Name::Trash), tr("&Delete Permanently…"), this))
        , m_statusBar(new QStatusBar(this))
    {
        auto* title = new QLabel(tr("Trash"), this);
        QFont titleFont = title->font();
        if (titleFont.pointSizeF() > 0) {
            titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
        }
        title->setFont(titleFont);
        auto* explanation = new QLabel(tr("Deleted accounts stay here for %n day(s), then they are removed for good.",
                                           nullptr, int(VaultFormat::TrashRetentionDays)),
            this);
        explanation->setWordWrap(true);
        explanation->setForegroundRole(QPalette::PlaceholderText);

        m_back->setAccessibleDescription(tr("Returns to the list of accounts"));
        auto* header = new QHBoxLayout;
        header->addWidget(m_back);
        header->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
        header->addWidget(title, 1);

        m_view->setModel(&m_model);
        m_view->setSelectionMode(QAbstractItemView::SingleSelection);
        m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_view->setSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing) / 2);
        m_view->setIconSize(QSize(fontMetrics().height() * 2, fontMetrics().height() * 2));
        m_view->setUniformItemSizes(true);
        m_view->setAccessibleName(tr("Accounts in the trash"));
        m_view->setAccessibleDescription(tr("Enter restores the selected account; Shift+Delete deletes it for good."));
        m_empty->setText(tr("The trash is empty."));
        m_empty->setAlignment(Qt::AlignCenter);
        m_empty->setForegroundRole(QPalette::PlaceholderText);
        m_empty->setAutoFillBackground(true);
        m_empty->setBackgroundRole(QPalette::Base);
        m_content->addWidget(m_view);
        m_content->addWidget(m_empty);

        m_restore->setAccessibleDescription(tr("Puts the selected account back into the list"));
        m_purge->setAccessibleDescription(tr("Deletes the selected account and its secret for good"));
        auto* buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(m_purge);
        buttons->addWidget(m_restore);

        m_statusBar->setSizeGripEnabled(false);

        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto* top = new QVBoxLayout;
        const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
        top->setContentsMargins(margin, margin, margin, margin);
        top->addLayout(header);
        top->addWidget(explanation);
        auto* bottom = new QVBoxLayout;
        bottom->setContentsMargins(margin, margin, margin, margin);
        bottom->addLayout(buttons);
        layout->addLayout(top);
        layout->addWidget(m_content, 1);
        layout->addLayout(bottom);
        layout->addWidget(m_statusBar);

        auto* restoreShortcut = new QAction(this);
        restoreShortcut->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
        restoreShortcut->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(restoreShortcut);
        auto* purgeShortcut = new QAction(this);
        purgeShortcut->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
        purgeShortcut->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(purgeShortcut);
        auto* backShortcut = new QAction(this);
        backShortcut->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence::Back});
        backShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(backShortcut);

        connect(restoreShortcut, &QAction::triggered, this, &TrashPage::restoreCurrent);
        connect(purgeShortcut, &QAction::triggered, this, &TrashPage::purgeCurrent);
        connect(backShortcut, &QAction::triggered, this, &TrashPage::backRequested);
        connect(m_back, &QPushButton::clicked, this, &TrashPage::backRequested);
        connect(m_restore, &QPushButton::clicked, this, &TrashPage::restoreCurrent);
        connect(m_purge, &QPushButton::clicked, this, &TrashPage::purgeCurrent);
        connect(m_view, &QListView::doubleClicked, this, &TrashPage::restoreCurrent);
        connect(&m_model, &TrashListModel::modelReset, this, [this] {
            if (isVisible()) {
                selectRow(0);
            } else {
                updateState();
            }
        });
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TrashPage::updateState);

        setTabOrder(m_back, m_view);
        setTabOrder(m_view, m_purge); // as laid out: Delete Permanently, then Restore
        setTabOrder(m_purge, m_restore);
        updateState();
    }

    QString TrashPage::noticeText() const
    {
        return m_statusBar->currentMessage();
    }

    void TrashPage::restoreCurrent()
    {
        const int row = m_view->currentIndex().row();
        const QUuid id = m_model.idAt(row);
        if (id.isNull()) {
            return;
        }
        const QString name = m_model.displayName(row);
        auto done = m_holder.vault().restore(id);
        if (!done) {
            m_statusBar->showMessage(done.error().message());
            return;
        }
        m_statusBar->showMessage(tr("“%1” is back in the list.").arg(name));
        selectRow(row);
        emit restored(id);
    }

    void TrashPage::purgeCurrent()
    {
        const int row = m_view->currentIndex().row();
        const QUuid id = m_model.idAt(row);
        if (id.isNull()) {
            return;
        }
        const QString name = m_model.displayName(row);
        QMessageBox box(QMessageBox::Warning, tr("Delete Permanently"),
            tr("Delete “%1” for good? Its secret is erased from the vault and you will not be able to get codes for "
               "this account again unless you have a backup.")
                .arg(name),
            QMessageBox::Cancel, this);
        QPushButton* confirm = box.addButton(tr("&Delete Permanently"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != confirm) {
            return;
        }
        auto purged = m_holder.vault().purge(id);
        if (!purged) {
            m_statusBar->showMessage(purged.error().message());
            return;
        }
        m_statusBar->showMessage(tr("“%1” was deleted permanently.").arg(name));
        selectRow(row);
    }

    void TrashPage::showEvent(QShowEvent* event)
    {
        QWidget::showEvent(event);
        m_statusBar->clearMessage();
        if (!m_view->currentIndex().isValid()) {
            selectRow(0);
        }
        m_view->setFocus();
    }

    void TrashPage::updateState()
    {
        const bool empty = m_model.rowCount() == 0;
        m_content->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
        const bool has = m_view->currentIndex().isValid();
        m_restore->setEnabled(has);
        m_purge->setEnabled(has);
    }

    void TrashPage::selectRow(int row)
    {
        const int count = m_model.rowCount();
        if (count == 0) {
            updateState();
            return;
        }
        m_view->setCurrentIndex(m_model.index(std::clamp(row, 0, count - 1)));
        updateState();
    }
}
