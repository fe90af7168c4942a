#include "RecoveryPreventPage.h"

#include "RecoveryChecklist.h"
#include "RecoveryContext.h"
#include "RecoveryKit.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "dialogs/FileChooser.h"
#include "widgets/WrappedLabel.h"

#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera::gui
{
    RecoveryPreventPage::RecoveryPreventPage(RecoveryContext& context, QWidget* parent)
        : QWizardPage(parent)
        , m_context(context)
        , m_backup(new QPushButton(tr("Make a &Backup Now…"), this))
        , m_kit(new QPushButton(tr("Save the Recovery &Kit (PDF)…"), this))
        , m_secondFactor(new QPushButton(tr("Record a Second &Factor…"), this))
        , m_settings(new QPushButton(tr("Turn On &Automatic Backups…"), this))
        , m_checklist(new RecoveryChecklist(this))
        , m_message(new QLabel(this))
    {
        setTitle(tr("So It Does Not Happen Again"));
        m_message->setWordWrap(true);
        auto* buttons = new QGridLayout;
        buttons->addWidget(m_backup, 0, 0);
        buttons->addWidget(m_kit, 0, 1);
        buttons->addWidget(m_settings, 1, 0);
        buttons->addWidget(m_secondFactor, 1, 1);
        // Row by row, as the grid shows them.
        setTabOrder(m_backup, m_kit);
        setTabOrder(m_kit, m_settings);
        setTabOrder(m_settings, m_secondFactor);
        auto* hint = new QLabel(tr("The kit lists the account's email, phone number in E.164 form, unused recovery "
                                   "codes and the provider's recovery steps: print it and keep it with your "
                                   "papers. A second authenticator registered with the provider (AWS allows up "
                                   "to eight) is the cheapest way never to need this again."),
            this);
        hint->setWordWrap(true);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(
            wrappedLabel(tr("A few minutes now save days later."), this)); // not setSubTitle(): see wrappedLabel()
        layout->addLayout(buttons);
        layout->addWidget(hint);
        layout->addWidget(m_checklist);
        layout->addStretch(1);
        layout->addWidget(m_message);
        connect(m_backup, &QPushButton::clicked, this, &RecoveryPreventPage::backupRequested);
        connect(m_kit, &QPushButton::clicked, this, &RecoveryPreventPage::printKit);
        connect(m_settings, &QPushButton::clicked, this, &RecoveryPreventPage::settingsRequested);
        connect(
            m_secondFactor, &QPushButton::clicked, this, [this] { emit editRequested(m_context.currentAccount()); });
        connect(m_checklist, &RecoveryChecklist::toggled, this, [this](const QString& id, bool done) {
            auto changed = done ? m_context.flow.checkItem(id) : m_context.flow.uncheckItem(id);
            m_message->setText(changed ? QString() : changed.error().message());
        });
    }

    void RecoveryPreventPage::initializePage()
    {
        if (const auto& playbook = m_context.flow.playbook()) {
            m_checklist->setSteps(playbook->prevent(), m_context.flow.preventDone());
        }
        m_checklist->setVisible(m_checklist->count() > 0);
        const bool inVault
            = m_context.holder.isUnlocked() && m_context.holder.vault().account(m_context.currentAccount()).ok();
        m_kit->setEnabled(inVault);
        m_secondFactor->setEnabled(inVault);
        m_message->clear();
    }

    bool RecoveryPreventPage::validatePage()
    {
        auto finished = m_context.flow.finish();
        if (!finished) {
            m_message->setText(finished.error().message());
        }
        return finished.ok();
    }

    void RecoveryPreventPage::cleanupPage()
    {
        (void)m_context.flow.back();
    }

    void RecoveryPreventPage::printKit()
    {
        const QString path = FileChooser::saveFile(this, tr("Save the Recovery Kit"),
            QDir::home().filePath(tr("recovery-kit.pdf")), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty()) {
            writeKit(path);
        }
    }

    void RecoveryPreventPage::writeKit(const QString& path)
    {
        auto account = m_context.holder.vault().account(m_context.currentAccount());
        if (!account) {
            m_message->setText(account.error().message());
            return;
        }
        RecoveryKit::Options options;
        options.createdAt = QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMilliseconds(), Qt::UTC);
        auto written = RecoveryKit(m_context.playbooks).write({*account}, path, options);
        m_message->setText(written ? tr("Saved %1. Anyone with this sheet can sign in as you: print it, keep it "
                                        "safe, and delete the file.")
                                         .arg(QDir::toNativeSeparators(path))
                                   : written.error().message());
    }
}
