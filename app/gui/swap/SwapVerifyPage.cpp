#include "SwapVerifyPage.h"

#include "Clock.h"
#include "CodeVerifier.h"
#include "SwapPlan.h"
#include "Vault.h"
#include "app/VaultHolder.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        enum Column
        {
            AccountColumn,
            CodeColumn,
            StatusColumn,
        };
    }

    SwapVerifyPage::SwapVerifyPage(
        Device device, SwapPlan& plan, VaultHolder& holder, const Clock& clock, QWidget* parent)
        : QWizardPage(parent)
        , m_device(device)
        , m_plan(plan)
        , m_holder(holder)
        , m_clock(clock)
        , m_intro(new QLabel(this))
        , m_table(new QTableWidget(this))
        , m_summary(new QLabel(this))
    {
        setTitle(device == Device::OldPhone ? tr("Check Against the Old Phone") : tr("Check the New Phone"));
        m_intro->setWordWrap(true);
        m_intro->setText(device == Device::OldPhone
                ? tr("For each account, type the code the old phone shows now. A match proves Tessera has the "
                     "same secret. Check every account you cannot afford to lose.")
                : tr("For each account, type the code the new phone shows now. A match proves the phone has the "
                     "right secret. Check every account before you wipe the old phone."));
        m_table->setColumnCount(3);
        m_table->setAccessibleName(
            device == Device::OldPhone ? tr("Codes from the old phone") : tr("Codes from the new phone"));
        // Tab goes from one code field to the next and then on to the wizard's buttons; moving through
        // the cells with Tab would wrap round the table and never leave it.
        m_table->setTabKeyNavigation(false);
        m_table->setHorizontalHeaderLabels({tr("Account"), tr("Code on the phone"), tr("Result")});
        m_table->verticalHeader()->hide();
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setSectionResizeMode(AccountColumn, QHeaderView::Stretch);
        m_table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_intro);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_summary);
    }

    QLineEdit* SwapVerifyPage::codeField(int row) const
    {
        return qobject_cast<QLineEdit*>(m_table->cellWidget(row, CodeColumn));
    }

    QUuid SwapVerifyPage::accountAt(int row) const
    {
        return m_ids.value(row);
    }

    QList<QUuid> SwapVerifyPage::unverified() const
    {
        QList<QUuid> left;
        for (const QUuid& id : m_ids) {
            if (!m_verified.contains(id)) {
                left.append(id);
            }
        }
        return left;
    }

    void SwapVerifyPage::initializePage()
    {
        m_ids.clear();
        if (m_holder.isUnlocked()) {
            if (m_device == Device::OldPhone) {
                m_ids = m_plan.received;
            } else {
                for (const AccountSummary& summary : m_holder.vault().accounts()) {
                    m_ids.append(summary.id);
                }
            }
        }
        m_verified.removeIf([this](const QUuid& id) { return !m_ids.contains(id); });
        m_table->setRowCount(int(m_ids.size()));
        for (int row = 0; row < m_ids.size(); ++row) {
            auto account = m_holder.vault().account(m_ids.at(row));
            const QString name = account ? account->displayName() : account.error().message();
            m_table->setItem(row, AccountColumn, new QTableWidgetItem(name));
            auto* field = new QLineEdit(m_table);
            field->setAccessibleName(tr("Code for %1").arg(name));
            field->setPlaceholderText(tr("123 456"));
            field->setMaxLength(16);
            m_table->setCellWidget(row, CodeColumn, field);
            m_table->setItem(row, StatusColumn,
                new QTableWidgetItem(m_verified.contains(m_ids.at(row)) ? tr("✓ Matches") : QString()));
            connect(field, &QLineEdit::textEdited, this, [this, row](const QString& text) { check(row, text); });
        }
        if (auto* first = codeField(0)) {
            first->setFocus();
        }
        updateSummary();
    }

    void SwapVerifyPage::check(int row, const QString& typed)
    {
        const QUuid id = m_ids.value(row);
        if (id.isNull() || !m_holder.isUnlocked()) {
            return;
        }
        auto account = m_holder.vault().account(id);
        if (!account) {
            m_table->item(row, StatusColumn)->setText(account.error().message());
            return;
        }
        QString result;
        if (CodeVerifier::normalized(account->parameters, typed).isEmpty()) {
            // Not a whole code yet: say nothing while the user is still typing.
            result.clear();
        } else if (CodeVerifier::match(account->parameters, typed, m_clock.nowSeconds())) {
            result = tr("✓ Matches");
            if (!m_verified.contains(id)) {
                m_verified.append(id);
                const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMilliseconds(), Qt::UTC);
                auto saved = m_holder.vault().modify(id, [&now](Account& changed) { changed.lastVerifiedAt = now; });
                if (!saved) {
                    result = tr("✓ Matches (not saved: %1)").arg(saved.error().message());
                }
            }
            if (auto* next = codeField(row + 1)) {
                next->setFocus();
            }
        } else {
            m_verified.removeAll(id);
            result = tr("✗ Different: check it is the same account, or wait for the next code");
        }
        m_table->item(row, StatusColumn)->setText(result);
        updateSummary();
    }

    void SwapVerifyPage::updateSummary()
    {
        m_summary->setText(m_ids.isEmpty()
                ? tr("There are no accounts to check.")
                : tr("%1 of %n account(s) checked.", nullptr, int(m_ids.size())).arg(m_verified.size()));
    }
}
