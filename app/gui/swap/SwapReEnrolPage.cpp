#include "SwapReEnrolPage.h"

#include "SwapPlan.h"
#include "Vault.h"
#include "app/BundledPlaybooks.h"
#include "app/VaultHolder.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::gui
{
    SwapReEnrolPage::SwapReEnrolPage(SwapPlan& plan, VaultHolder& holder, QWidget* parent)
        : QWizardPage(parent)
        , m_plan(plan)
        , m_holder(holder)
        , m_playbooks(BundledPlaybooks::all())
        , m_steps(new QLabel(this))
        , m_name(new QLineEdit(this))
        , m_add(new QPushButton(tr("&Add to List"), this))
        , m_list(new QTreeWidget(this))
        , m_help(new QLabel(this))
        , m_screen(new QPushButton(tr("Scan the &Screen"), this))
        , m_camera(new QPushButton(tr("Scan with &Camera…"), this))
    {
        setTitle(tr("Set Each Account Up Again"));
        m_steps->setWordWrap(true);
        m_steps->setText(tr("List every account the old phone shows. Then, for each: sign in to the provider's "
                            "website, open its security settings, choose to change or replace the authenticator "
                            "app, and scan the new QR code into Tessera with the buttons below. Type the code "
                            "Tessera shows to finish there. The old phone keeps working until you do, so go "
                            "one account at a time."));
        m_name->setPlaceholderText(tr("Account as the phone names it, e.g. GitHub"));
        m_name->setAccessibleName(tr("Account to set up again"));
        m_list->setHeaderLabels({tr("Account on the old phone"), tr("In Tessera")});
        m_list->setAccessibleName(tr("Accounts to set up again"));
        m_list->setRootIsDecorated(false);
        m_list->header()->setStretchLastSection(false);
        m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        m_help->setWordWrap(true);
        m_help->setOpenExternalLinks(true);
        m_help->setTextFormat(Qt::RichText);

        auto* entry = new QHBoxLayout;
        entry->addWidget(m_name, 1);
        entry->addWidget(m_add);
        auto* scans = new QHBoxLayout;
        scans->addWidget(m_screen);
        scans->addWidget(m_camera);
        scans->addStretch(1);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_steps);
        layout->addLayout(entry);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_help);
        layout->addLayout(scans);

        connect(m_add, &QPushButton::clicked, this, [this] { addEntry(m_name->text()); });
        connect(m_name, &QLineEdit::returnPressed, m_add, &QPushButton::click);
        connect(m_list, &QTreeWidget::currentItemChanged, this, &SwapReEnrolPage::showHelp);
        connect(m_list, &QTreeWidget::itemChanged, this, &SwapReEnrolPage::completeChanged);
        connect(m_screen, &QPushButton::clicked, this, &SwapReEnrolPage::scanScreenRequested);
        connect(m_camera, &QPushButton::clicked, this, &SwapReEnrolPage::scanCameraRequested);
    }

    void SwapReEnrolPage::initializePage()
    {
        refresh();
    }

    bool SwapReEnrolPage::isComplete() const
    {
        if (m_list->topLevelItemCount() == 0) {
            return false;
        }
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            if (m_list->topLevelItem(i)->checkState(0) != Qt::Checked) {
                return false;
            }
        }
        return true;
    }

    void SwapReEnrolPage::addEntry(const QString& name)
    {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty()) {
            return;
        }
        auto* item = new QTreeWidgetItem(m_list, {trimmed, QString()});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        m_list->setCurrentItem(item);
        m_name->clear();
        refresh();
    }

    void SwapReEnrolPage::refresh()
    {
        QStringList arrived;
        if (m_holder.isUnlocked()) {
            for (const QUuid& id : std::as_const(m_plan.received)) {
                if (auto account = m_holder.vault().account(id)) {
                    arrived.append(PlaybookMatcher::normalise(account->issuer));
                    arrived.append(PlaybookMatcher::normalise(account->displayName()));
                }
            }
        }
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_list->topLevelItem(i);
            const QString wanted = PlaybookMatcher::normalise(item->text(0));
            const bool found = std::any_of(arrived.cbegin(), arrived.cend(), [&wanted](const QString& name) {
                return !wanted.isEmpty() && (name == wanted || name.startsWith(wanted + QLatin1Char(' ')));
            });
            if (found) {
                item->setCheckState(0, Qt::Checked);
                item->setText(1, tr("Arrived"));
            }
        }
        emit completeChanged();
    }

    void SwapReEnrolPage::showHelp()
    {
        const QTreeWidgetItem* item = m_list->currentItem();
        if (item == nullptr) {
            m_help->clear();
            return;
        }
        const QList<Playbook> matches = m_playbooks.match(item->text(0));
        if (matches.isEmpty() || !matches.first().recoveryPage().isValid()) {
            m_help->setText(tr("Tessera has no help page for %1: search its website for \"two-step "
                               "verification\" or \"authenticator app\".")
                                .arg(item->text(0).toHtmlEscaped()));
            return;
        }
        const Playbook& playbook = matches.first();
        m_help->setText(tr("%1's help: <a href=\"%2\">%3</a>")
                            .arg(playbook.provider().toHtmlEscaped(),
                                playbook.recoveryPage().toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                playbook.recoveryPage().host().toHtmlEscaped()));
    }
}
