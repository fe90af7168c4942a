#include "ImportReviewDialog.h"

#include "Clock.h"
#include "ImportResult.h"
#include "InlineMessage.h"
#include "Vault.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        enum Column
        {
            NameColumn,
            StatusColumn,
        };

        constexpr int IndexRole = Qt::UserRole + 1;

        /// Every account, the trash included (an id there would clash), in full: duplicates are found by
        /// secret, which summaries lack.
        QList<Account> existingAccounts(const Vault& vault)
        {
            QList<Account> accounts;
            for (const AccountSummary& summary : vault.accounts(Vault::Filter::All)) {
                if (auto account = vault.account(summary.id)) {
                    accounts.append(*account);
                }
            }
            return accounts;
        }
    }

    ImportReviewDialog::ImportReviewDialog(
        Vault& vault, const Clock& clock, const ImportResult& incoming, const QString& source, QWidget* parent)
        : QDialog(parent)
        , m_vault(vault)
        , m_clock(clock)
        , m_plan(ImportPlan::create(incoming, existingAccounts(vault)))
        , m_heading(new QLabel(this))
        , m_warnings(new InlineMessage(this))
        , m_list(new QTreeWidget(this))
        , m_duplicates(new QCheckBox(tr("Also import accounts that are already in the vault"), this))
        , m_message(new InlineMessage(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
        , m_import(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
    {
        setWindowTitle(tr("Import Accounts"));
        const qsizetype found = m_plan.items().size();
        m_heading->setText(source.isEmpty()
                ? tr("%n entries found. Tick the accounts to add to the vault.", nullptr, int(found))
                : tr("%n entries found in %1. Tick the accounts to add to the vault.", nullptr, int(found))
                      .arg(source));
        m_heading->setWordWrap(true);
        if (!m_plan.warnings().isEmpty()) {
            m_warnings->setMessage(InlineMessage::Severity::Warning, m_plan.warnings().join(QLatin1Char('\n')));
        }

        m_list->setColumnCount(2);
        m_list->setAccessibleName(tr("Entries found"));
        m_list->setAccessibleDescription(tr("Ticked entries are imported. Space ticks or unticks the selected one."));
        m_list->setHeaderLabels({tr("Account"), tr("Status")});
        m_list->setRootIsDecorated(false);
        m_list->setUniformRowHeights(true);
        m_list->setAlternatingRowColors(true);
        m_list->header()->setStretchLastSection(true);
        m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
        m_duplicates->setVisible(m_plan.count(ImportPlan::Status::Duplicate) > 0);
        fillList();

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_heading);
        layout->addWidget(m_warnings);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_duplicates);
        layout->addWidget(m_message);
        layout->addWidget(m_buttons);

        connect(m_list, &QTreeWidget::itemChanged, this, &ImportReviewDialog::onItemChanged);
        connect(m_duplicates, &QCheckBox::toggled, this, &ImportReviewDialog::onDuplicatePolicyChanged);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_import, &QPushButton::clicked, this, &ImportReviewDialog::importAccounts);
        updateButton();
        resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 24);
    }

    ImportReviewDialog::~ImportReviewDialog() = default;

    void ImportReviewDialog::fillList()
    {
        m_filling = true;
        m_list->clear();
        const auto& items = m_plan.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const ImportPlan::Item& entry = items.at(i);
            auto* row = new QTreeWidgetItem(m_list);
            row->setText(NameColumn, entry.account ? entry.account->displayName() : entry.label);
            row->setText(StatusColumn, statusText(entry));
            row->setToolTip(StatusColumn, statusText(entry));
            row->setData(NameColumn, IndexRole, QVariant::fromValue(i));
            if (entry.status == ImportPlan::Status::Unreadable) {
                row->setFlags(row->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
            } else {
                row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
                row->setCheckState(NameColumn, m_plan.isIncluded(i) ? Qt::Checked : Qt::Unchecked);
            }
        }
        m_filling = false;
    }

    QString ImportReviewDialog::statusText(const ImportPlan::Item& item)
    {
        switch (item.status) {
        case ImportPlan::Status::New:
            return tr("New");
        case ImportPlan::Status::Duplicate:
            return item.duplicateInImport ? tr("Repeats an earlier entry of this import")
                                          : tr("Already in the vault as %1").arg(item.duplicateOfName);
        case ImportPlan::Status::Unreadable:
            return tr("Cannot be read: %1").arg(item.reason);
        }
        return {};
    }

    void ImportReviewDialog::onItemChanged(QTreeWidgetItem* item, int column)
    {
        if (m_filling || column != NameColumn) {
            return;
        }
        const auto index = item->data(NameColumn, IndexRole).value<qsizetype>();
        if (auto changed = m_plan.setIncluded(index, item->checkState(NameColumn) == Qt::Checked); !changed) {
            m_message->setMessage(InlineMessage::Severity::Error, changed.error().message());
        }
        updateButton();
    }

    void ImportReviewDialog::onDuplicatePolicyChanged(bool importDuplicates)
    {
        m_plan.setDuplicatePolicy(
            importDuplicates ? ImportPlan::DuplicatePolicy::Import : ImportPlan::DuplicatePolicy::Skip);
        // The policy decides for every duplicate again, overriding earlier ticks.
        const auto& items = m_plan.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).status == ImportPlan::Status::Duplicate) {
                (void)m_plan.setIncluded(i, importDuplicates);
            }
        }
        fillList();
        updateButton();
    }

    void ImportReviewDialog::updateButton()
    {
        const qsizetype count = m_plan.addCount();
        // Spelled out: no translation catalogue is loaded to resolve a "%n account(s)" plural.
        m_import->setText(count == 0 ? tr("Import")
                : count == 1         ? tr("Import 1 Account")
                                     : tr("Import %1 Accounts").arg(count));
        m_import->setEnabled(count > 0);
        m_import->setDefault(count > 0);
    }

    void ImportReviewDialog::importAccounts()
    {
        const QList<Account> accounts
            = m_plan.accountsToAdd(QDateTime::fromMSecsSinceEpoch(m_clock.nowMilliseconds(), Qt::UTC));
        auto added = m_vault.addAll(accounts);
        if (!added) {
            m_message->setMessage(
                InlineMessage::Severity::Error, tr("Nothing was imported: %1").arg(added.error().message()));
            return;
        }
        emit imported(*added);
        accept();
    }
}
