#include "ReadinessDialog.h"

#include "ReadinessMonitor.h"
#include "widgets/WrappedTextDelegate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera::gui
{
    namespace
    {
        enum Column
        {
            SeverityColumn,
            AccountColumn,
            FindingColumn,
            FixColumn,
        };
    }

    ReadinessDialog::ReadinessDialog(ReadinessMonitor& monitor, QWidget* parent)
        : QDialog(parent)
        , m_monitor(monitor)
        , m_summary(new QLabel(this))
        , m_list(new QTreeWidget(this))
        , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    {
        setWindowTitle(tr("Recovery Readiness"));
        m_summary->setWordWrap(true);
        m_list->setColumnCount(4);
        m_list->setHeaderLabels({tr("Severity"), tr("Account"), tr("What is wrong"), QString()});
        m_list->setRootIsDecorated(false);
        // The findings are sentences: their rows grow to show them whole.
        WrappedTextDelegate::install(m_list, FindingColumn);
        m_list->setAccessibleName(tr("Readiness findings"));
        m_list->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
        m_list->header()->setSectionResizeMode(AccountColumn, QHeaderView::ResizeToContents);
        m_list->header()->setSectionResizeMode(FindingColumn, QHeaderView::Stretch);
        m_list->header()->setSectionResizeMode(FixColumn, QHeaderView::ResizeToContents);
        m_list->header()->setStretchLastSection(false);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(&m_monitor, &ReadinessMonitor::changed, this, &ReadinessDialog::fill);
        resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 28);
        fill();
    }

    QString ReadinessDialog::fixLabel(ReadinessAudit::Fix fix)
    {
        switch (fix) {
        case ReadinessAudit::Fix::MakeBackup:
            return tr("Make a Backup…");
        case ReadinessAudit::Fix::TurnOnAutomaticBackups:
            return tr("Turn On Automatic Backups…");
        case ReadinessAudit::Fix::ConfirmRecoveryKey:
            return tr("Check the Recovery Key…");
        case ReadinessAudit::Fix::AddRecoveryCodes:
            return tr("Add Recovery Codes…");
        case ReadinessAudit::Fix::RegisterSecondFactor:
            return tr("Record a Second Factor…");
        case ReadinessAudit::Fix::AddEmail:
            return tr("Add the Email…");
        case ReadinessAudit::Fix::AddPhone:
            return tr("Add the Phone Number…");
        case ReadinessAudit::Fix::CorrectPhone:
            return tr("Correct the Phone Number…");
        case ReadinessAudit::Fix::CheckPhone:
            return tr("Check the Phone Number…");
        case ReadinessAudit::Fix::VerifyCode:
            return tr("Check a Code…");
        }
        return {};
    }

    void ReadinessDialog::fill()
    {
        m_list->clear();
        const QList<ReadinessAudit::Finding>& findings = m_monitor.findings();
        QString summary = findings.isEmpty() ? tr("Nothing to fix: every account could be recovered as things stand.")
                                             : ReadinessAudit::summary(findings);
        if (!m_monitor.warnings().isEmpty()) {
            summary += QLatin1Char('\n') + m_monitor.warnings().join(QLatin1Char('\n'));
        }
        m_summary->setText(summary);
        // Tab takes the fix buttons in the list's order, between the list and Close.
        QWidget* previous = m_list;
        for (const ReadinessAudit::Finding& finding : findings) {
            auto* item = new QTreeWidgetItem(m_list);
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            QString severity = tr("Info");
            if (finding.severity == ReadinessAudit::Severity::Critical) {
                icon = QStyle::SP_MessageBoxCritical;
                severity = tr("Critical");
            } else if (finding.severity == ReadinessAudit::Severity::Warning) {
                icon = QStyle::SP_MessageBoxWarning;
                severity = tr("Warning");
            }
            item->setIcon(SeverityColumn, style()->standardIcon(icon));
            item->setText(SeverityColumn, severity);
            const QString account = finding.isVaultWide() ? tr("The vault")
                : finding.accountName.isEmpty()           ? finding.issuer
                : finding.issuer.isEmpty()                ? finding.accountName
                                                          : tr("%1 (%2)").arg(finding.issuer, finding.accountName);
            item->setText(AccountColumn, account);
            item->setText(FindingColumn, finding.message);
            item->setToolTip(FindingColumn, finding.fixText);
            auto* button = new QPushButton(fixLabel(finding.fix), m_list);
            button->setToolTip(finding.fixText);
            // The same fix can be listed for several accounts: the name says which one.
            button->setAccessibleName(tr("%1: %2").arg(account, fixLabel(finding.fix)));
            button->setAccessibleDescription(finding.fixText);
            const ReadinessAudit::Fix fix = finding.fix;
            const QUuid id = finding.accountId;
            connect(button, &QPushButton::clicked, this, [this, fix, id] { emit fixRequested(fix, id); });
            m_list->setItemWidget(item, FixColumn, button);
            setTabOrder(previous, button);
            previous = button;
        }
        setTabOrder(previous, m_buttons->button(QDialogButtonBox::Close));
    }
}
