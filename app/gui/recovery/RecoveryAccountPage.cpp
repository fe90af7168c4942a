#include "RecoveryAccountPage.h"

#include "PlaybookMatcher.h"
#include "RecoveryContext.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "widgets/WrappedLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace tessera::gui
{
    RecoveryAccountPage::RecoveryAccountPage(RecoveryContext& context, QWidget* parent)
        : QWizardPage(parent)
        , m_context(context)
        , m_account(new QComboBox(this))
        , m_otherName(new QLineEdit(this))
        , m_provider(new QComboBox(this))
        , m_summary(new QLabel(this))
    {
        setTitle(tr("Which Account?"));
        m_otherName->setPlaceholderText(tr("e.g. AWS root user for billing@example.com"));
        m_summary->setWordWrap(true);
        m_summary->setTextFormat(Qt::PlainText);
        auto* layout = new QFormLayout(this);
        layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
        layout->addRow(
            wrappedLabel(tr("Tessera walks you through the provider's own recovery, step by step. Nothing here "
                            "changes your account at the provider."),
                this)); // not setSubTitle(): see wrappedLabel()
        layout->addRow(tr("&Account:"), m_account);
        layout->addRow(tr("&Name:"), m_otherName);
        layout->addRow(tr("&Provider:"), m_provider);
        layout->addRow(m_summary);
        for (const Playbook& playbook : std::as_const(m_context.playbooks)) {
            m_provider->addItem(playbook.title(), playbook.id());
        }
        connect(m_account, &QComboBox::currentIndexChanged, this, &RecoveryAccountPage::onAccountChanged);
        connect(m_otherName, &QLineEdit::textChanged, this, &RecoveryAccountPage::onAccountChanged);
        connect(m_provider, &QComboBox::currentIndexChanged, this, &RecoveryAccountPage::updateSummary);
    }

    QString RecoveryAccountPage::summary() const
    {
        return m_summary->text();
    }

    void RecoveryAccountPage::selectAccount(const QUuid& id)
    {
        m_preselected = id;
        const int index = m_account->findData(id.toString(QUuid::WithoutBraces));
        if (index >= 0) {
            m_account->setCurrentIndex(index);
        }
    }

    void RecoveryAccountPage::initializePage()
    {
        const QSignalBlocker blocker(m_account);
        m_account->clear();
        if (m_context.holder.isUnlocked()) {
            for (const AccountSummary& summary : m_context.holder.vault().accounts(Vault::Filter::All)) {
                QString label = summary.issuer.isEmpty() ? summary.accountName
                    : summary.accountName.isEmpty()      ? summary.issuer
                                                         : tr("%1 (%2)").arg(summary.issuer, summary.accountName);
                if (summary.trashedAt.isValid()) {
                    label = tr("%1, in the trash").arg(label);
                }
                m_account->addItem(label, summary.id.toString(QUuid::WithoutBraces));
            }
        }
        m_account->addItem(tr("An account that is not in Tessera"), QString());
        if (!m_preselected.isNull()) {
            const int index = m_account->findData(m_preselected.toString(QUuid::WithoutBraces));
            m_account->setCurrentIndex(std::max(index, 0));
        }
        onAccountChanged();
    }

    bool RecoveryAccountPage::isComplete() const
    {
        const bool other = m_account->currentData().toString().isEmpty();
        return m_provider->currentIndex() >= 0 && (!other || !m_otherName->text().trimmed().isEmpty());
    }

    bool RecoveryAccountPage::validatePage()
    {
        const QString id = m_account->currentData().toString();
        const QString label = id.isEmpty() ? m_otherName->text().trimmed() : m_account->currentText();
        const QString playbookId = m_provider->currentData().toString();
        for (const Playbook& playbook : std::as_const(m_context.playbooks)) {
            if (playbook.id() != playbookId) {
                continue;
            }
            // Choosing again (after going back) starts this account's recovery afresh.
            m_context.flow = RecoveryFlow();
            auto chosen = m_context.flow.choose(id, label, playbook);
            if (!chosen) {
                QMessageBox::warning(this, tr("Cannot Start"), chosen.error().message());
                return false;
            }
            return true;
        }
        return false;
    }

    QString RecoveryAccountPage::issuer() const
    {
        const QString id = m_account->currentData().toString();
        if (id.isEmpty()) {
            return m_otherName->text();
        }
        if (!m_context.holder.isUnlocked()) {
            return {};
        }
        auto account = m_context.holder.vault().account(QUuid::fromString(id));
        return account ? account->issuer : QString();
    }

    void RecoveryAccountPage::onAccountChanged()
    {
        const bool other = m_account->currentData().toString().isEmpty();
        m_otherName->setEnabled(other);
        // The provider the issuer names; "AWS" alone fits both AWS playbooks and the root user's comes first.
        const QList<Playbook> matches = PlaybookMatcher(m_context.playbooks).matchOrGeneric(issuer());
        if (!matches.isEmpty()) {
            const int index = m_provider->findData(matches.first().id());
            if (index >= 0) {
                m_provider->setCurrentIndex(index);
            }
        }
        updateSummary();
        emit completeChanged();
    }

    void RecoveryAccountPage::updateSummary()
    {
        const QString playbookId = m_provider->currentData().toString();
        for (const Playbook& playbook : std::as_const(m_context.playbooks)) {
            if (playbook.id() == playbookId) {
                QString text = playbook.summary();
                if (!playbook.waiting().text.isEmpty()) {
                    text += QLatin1String("\n\n") + tr("Typical waiting time: %1").arg(playbook.waiting().text);
                }
                m_summary->setText(text);
                return;
            }
        }
        m_summary->clear();
    }
}
