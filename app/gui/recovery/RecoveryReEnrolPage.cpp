#include "RecoveryReEnrolPage.h"

#include "OtpGenerator.h"
#include "RecoveryChecklist.h"
#include "RecoveryContext.h"
#include "Resync.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "widgets/WrappedLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tessera::gui
{
    RecoveryReEnrolPage::RecoveryReEnrolPage(RecoveryContext& context, QWidget* parent)
        : QWizardPage(parent)
        , m_context(context)
        , m_status(new QLabel(this))
        , m_codes(new QLabel(this))
        , m_trashOld(new QPushButton(tr("Move the Old Entry to the &Trash"), this))
        , m_recoveryCodes(new QPushButton(tr("Store the New &Recovery Codes…"), this))
        , m_checklist(new RecoveryChecklist(this))
        , m_error(new QLabel(this))
        , m_tick(new QTimer(this))
    {
        setTitle(tr("Set Up a New Authenticator"));
        m_status->setWordWrap(true);
        m_error->setWordWrap(true);
        m_codes->setTextFormat(Qt::PlainText);
        m_codes->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = m_codes->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        m_codes->setFont(big);
        auto* screen = new QPushButton(tr("Scan the &Screen"), this);
        auto* file = new QPushButton(tr("Read an &Image File…"), this);
        auto* camera = new QPushButton(tr("Scan with &Camera…"), this);
        auto* scans = new QHBoxLayout;
        for (QPushButton* button : {screen, file, camera}) {
            scans->addWidget(button);
        }
        scans->addStretch(1);
        auto* actions = new QHBoxLayout;
        actions->addWidget(m_trashOld);
        actions->addWidget(m_recoveryCodes);
        actions->addStretch(1);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(
            wrappedLabel(tr("In the provider's security settings, add or replace the authenticator app: it shows a "
                            "new QR code. Read it into Tessera, then type the codes below into the provider's form."),
                this)); // not setSubTitle(): see wrappedLabel()
        layout->addLayout(scans);
        layout->addWidget(m_status);
        layout->addWidget(m_codes);
        layout->addLayout(actions);
        layout->addWidget(m_checklist);
        layout->addStretch(1);
        layout->addWidget(m_error);

        m_tick->setInterval(1000);
        connect(m_tick, &QTimer::timeout, this, &RecoveryReEnrolPage::updateCodes);
        connect(screen, &QPushButton::clicked, this, &RecoveryReEnrolPage::scanScreenRequested);
        connect(file, &QPushButton::clicked, this, &RecoveryReEnrolPage::scanFileRequested);
        connect(camera, &QPushButton::clicked, this, &RecoveryReEnrolPage::scanCameraRequested);
        connect(m_trashOld, &QPushButton::clicked, this, &RecoveryReEnrolPage::trashOld);
        connect(m_recoveryCodes, &QPushButton::clicked, this, [this] { emit editRequested(m_new); });
        connect(m_checklist, &RecoveryChecklist::toggled, this, [this](const QString& id, bool done) {
            auto changed = done ? m_context.flow.checkItem(id) : m_context.flow.uncheckItem(id);
            m_error->setText(changed ? QString() : changed.error().message());
        });
    }

    void RecoveryReEnrolPage::setNewAccount(const QUuid& id)
    {
        m_new = id;
        m_context.newAccount = id;
        updateCodes();
    }

    void RecoveryReEnrolPage::initializePage()
    {
        if (const auto& playbook = m_context.flow.playbook()) {
            m_checklist->setSteps(playbook->reEnrol(), m_context.flow.reEnrolDone());
        }
        m_checklist->setVisible(m_checklist->count() > 0);
        m_tick->start();
        updateCodes();
    }

    bool RecoveryReEnrolPage::validatePage()
    {
        auto started = m_context.flow.startPrevent();
        if (!started) {
            m_error->setText(started.error().message());
            return false;
        }
        m_tick->stop();
        return true;
    }

    void RecoveryReEnrolPage::cleanupPage()
    {
        m_tick->stop();
        (void)m_context.flow.back();
    }

    void RecoveryReEnrolPage::updateCodes()
    {
        const QUuid old = QUuid::fromString(m_context.flow.accountId());
        bool oldActive = false;
        if (m_context.holder.isUnlocked() && !old.isNull()) {
            if (auto account = m_context.holder.vault().account(old)) {
                oldActive = !account->isTrashed() && old != m_new;
            }
        }
        m_trashOld->setVisible(oldActive && !m_new.isNull());
        m_recoveryCodes->setEnabled(!m_new.isNull());
        if (m_new.isNull() || !m_context.holder.isUnlocked()) {
            m_status->setText(tr("Waiting for the new QR code."));
            m_codes->clear();
            return;
        }
        auto account = m_context.holder.vault().account(m_new);
        if (!account) {
            m_status->setText(account.error().message());
            m_codes->clear();
            return;
        }
        const Resync::CodePair pair = Resync::consecutiveCodes(account->parameters, m_context.clock);
        m_status->setText(tr("New: %1. If the provider asks for two codes in a row, type the first, then the "
                             "second.")
                              .arg(account->displayName()));
        const QString left
            = pair.currentRemainingSeconds ? tr(" (%1 s left)").arg(*pair.currentRemainingSeconds) : QString();
        m_codes->setText(
            tr("%1%2   then   %3").arg(OtpGenerator::grouped(pair.current), left, OtpGenerator::grouped(pair.next)));
    }

    void RecoveryReEnrolPage::trashOld()
    {
        auto moved = m_context.holder.vault().moveToTrash(QUuid::fromString(m_context.flow.accountId()));
        m_error->setText(
            moved ? tr("The old entry is in the trash; it can be restored for a while.") : moved.error().message());
        updateCodes();
    }
}
