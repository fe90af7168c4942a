#include "RestoreBackupDialog.h"

#include "BackupFolder.h"
#include "BackupRestore.h"
#include "Credential.h"
#include "Vault.h"
#include "widgets/PasswordEdit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::gui
{
    RestoreBackupDialog::RestoreBackupDialog(Vault& vault, const QString& folder, QWidget* parent)
        : QDialog(parent)
        , m_vault(vault)
        , m_folder(folder)
        , m_steps(new QStackedWidget(this))
        , m_copies(new QListWidget(this))
        , m_password(new PasswordEdit(this))
        , m_open(new QPushButton(tr("&Open Copy"), this))
        , m_accounts(new QTreeWidget(this))
        , m_restore(new QPushButton(tr("&Bring Back"), this))
        , m_message(new QLabel(this))
    {
        setWindowTitle(tr("Restore from an Automatic Backup"));
        m_message->setWordWrap(true);
        m_copies->setAccessibleName(tr("Backup copies"));
        m_password->setAccessibleName(tr("Password of the copy"));
        m_password->setPlaceholderText(tr("Password of the copy"));
        m_accounts->setAccessibleName(tr("Accounts in the copy"));
        m_accounts->setAccessibleDescription(tr("Ticked accounts are brought back. Space ticks or unticks the "
                                                "selected one."));
        m_accounts->setHeaderLabels({tr("Account"), tr("Now")});
        m_accounts->setRootIsDecorated(false);
        m_accounts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_accounts->header()->setStretchLastSection(false);
        m_accounts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

        auto* choose = new QWidget;
        auto* chooseLayout = new QVBoxLayout(choose);
        chooseLayout->setContentsMargins(0, 0, 0, 0);
        auto* chooseHint = new QLabel(tr("Choose a copy, and type the password the vault had when the copy was "
                                         "written."));
        chooseHint->setWordWrap(true);
        chooseLayout->addWidget(chooseHint);
        chooseLayout->addWidget(m_copies, 1);
        chooseLayout->addWidget(m_password);
        chooseLayout->addWidget(m_open, 0, Qt::AlignRight);
        auto* pick = new QWidget;
        auto* pickLayout = new QVBoxLayout(pick);
        pickLayout->setContentsMargins(0, 0, 0, 0);
        auto* pickHint = new QLabel(tr("Tick the accounts to bring back. An account changed since then comes back "
                                       "beside the current one; nothing is overwritten."));
        pickHint->setWordWrap(true);
        pickLayout->addWidget(pickHint);
        pickLayout->addWidget(m_accounts, 1);
        pickLayout->addWidget(m_restore, 0, Qt::AlignRight);
        m_steps->addWidget(choose);
        m_steps->addWidget(pick);

        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_steps, 1);
        layout->addWidget(m_message);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_open, &QPushButton::clicked, this, &RestoreBackupDialog::openCopy);
        connect(m_password, &QLineEdit::returnPressed, this, &RestoreBackupDialog::openCopy);
        connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restore);
        resize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 26);
        listCopies();
    }

    RestoreBackupDialog::~RestoreBackupDialog() = default;

    void RestoreBackupDialog::listCopies()
    {
        m_copies->clear();
        auto copies = BackupFolder::list(m_folder, &m_vault);
        if (!copies) {
            m_message->setText(copies.error().message());
            m_open->setEnabled(false);
            return;
        }
        const QLocale locale;
        for (const BackupFolder::Copy& copy : *copies) {
            QString text = locale.toString(copy.time.toLocalTime(), QLocale::LongFormat);
            if (copy.accountCount) {
                text = tr("%1: %n account(s)", nullptr, int(*copy.accountCount)).arg(text);
            } else if (!copy.problem.isEmpty()) {
                text = tr("%1: %2").arg(text, copy.problem);
            }
            auto* item = new QListWidgetItem(text, m_copies);
            item->setData(Qt::UserRole, copy.path);
        }
        if (m_copies->count() == 0) {
            m_message->setText(tr("There are no automatic backups in %1 yet.").arg(m_folder));
        }
        m_copies->setCurrentRow(0);
        m_open->setEnabled(m_copies->count() > 0);
    }

    void RestoreBackupDialog::openCopy()
    {
        const QListWidgetItem* item = m_copies->currentItem();
        if (item == nullptr) {
            return;
        }
        m_copy = BackupRestore::openCopy(item->data(Qt::UserRole).toString());
        if (!m_copy) {
            m_message->setText(tr("This copy cannot be opened."));
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto unlocked = m_copy->unlock(Credential::password(m_password->text()));
        QApplication::restoreOverrideCursor();
        m_password->clear();
        if (!unlocked) {
            m_message->setText(unlocked.error().message());
            m_copy.reset();
            return;
        }
        m_message->clear();
        m_accounts->clear();
        for (const AccountSummary& summary : m_copy->accounts(Vault::Filter::All)) {
            auto current = m_vault.account(summary.id);
            const bool missing = !current || current->isTrashed();
            auto* row = new QTreeWidgetItem(m_accounts,
                {summary.displayName(),
                    !current                   ? tr("Deleted")
                        : current->isTrashed() ? tr("In the trash")
                                               : tr("In the vault")});
            row->setData(0, Qt::UserRole, summary.id);
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(0, missing ? Qt::Checked : Qt::Unchecked);
        }
        m_steps->setCurrentIndex(1);
    }

    void RestoreBackupDialog::restore()
    {
        if (!m_copy) {
            return;
        }
        QList<QUuid> ids;
        for (int i = 0; i < m_accounts->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* row = m_accounts->topLevelItem(i);
            if (row->checkState(0) == Qt::Checked) {
                ids.append(row->data(0, Qt::UserRole).toUuid());
            }
        }
        if (ids.isEmpty()) {
            m_message->setText(tr("Tick at least one account."));
            return;
        }
        auto restored = BackupRestore::bringBack(m_vault, *m_copy, ids);
        if (!restored) {
            m_message->setText(tr("Nothing was restored: %1").arg(restored.error().message()));
            return;
        }
        m_copy.reset();
        emit this->restored(*restored);
        accept();
    }
}
