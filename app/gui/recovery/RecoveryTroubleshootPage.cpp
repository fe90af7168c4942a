#include "RecoveryTroubleshootPage.h"

#include "ClockCheck.h"
#include "ImportResult.h"
#include "PlaybookMatcher.h"
#include "RecoveryContext.h"
#include "Resync.h"
#include "SntpServer.h"
#include "Vault.h"
#include "app/VaultHolder.h"
#include "dialogs/ImportReviewDialog.h"
#include "transfer/ImportFileReader.h"
#include "widgets/WrappedLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QWizard>

namespace tessera::gui
{
    namespace
    {
        /// Whether a backup's account is the one being recovered: its issuer or name holds every word of
        /// the label the user chose, compared loosely ("AWS (root)" finds "aws root").
        bool mentions(const Account& account, const QString& label)
        {
            const QString haystack
                = PlaybookMatcher::normalise(account.issuer + QLatin1Char(' ') + account.accountName);
            const QStringList words = PlaybookMatcher::normalise(label).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return !words.isEmpty() && std::all_of(words.cbegin(), words.cend(), [&haystack](const QString& word) {
                return haystack.contains(word);
            });
        }
    }

    RecoveryTroubleshootPage::RecoveryTroubleshootPage(RecoveryContext& context, QWidget* parent)
        : QWizardPage(parent)
        , m_context(context)
        , m_seedStatus(wrappedLabel(QString(), this))
        , m_restore(new QPushButton(tr("&Restore from the Trash"), this))
        , m_searchBackup(new QPushButton(tr("Search a &Backup File…"), this))
        , m_checkClock(new QPushButton(tr("Check the &Clock"), this))
        , m_clockStatus(wrappedLabel(QString(), this))
        , m_resyncCodes(new QLineEdit(this))
        , m_resync(new QPushButton(tr("Re-s&ync"), this))
        , m_resyncStatus(wrappedLabel(QString(), this))
        , m_fix(new QPushButton(this))
        , m_worksAgain(new QPushButton(tr("The Codes &Work Again"), this))
        , m_clock(new ClockCheck(&Clock::systemMilliseconds, this))
        , m_reader(new ImportFileReader(this, this))
    {
        setTitle(tr("Troubleshoot First"));

        auto* seed = new QGroupBox(tr("Where is the seed?"), this);
        auto* seedButtons = new QHBoxLayout;
        seedButtons->addWidget(m_restore);
        seedButtons->addWidget(m_searchBackup);
        seedButtons->addStretch(1);
        auto* seedLayout = new QVBoxLayout(seed);
        seedLayout->addWidget(m_seedStatus);
        seedLayout->addLayout(seedButtons);

        auto* clock = new QGroupBox(tr("Is this computer's clock right?"), this);
        auto* clockLayout = new QHBoxLayout(clock);
        clockLayout->addWidget(m_checkClock, 0, Qt::AlignTop);
        clockLayout->addWidget(m_clockStatus, 1);
        m_clockStatus->setText(tr("Codes depend on the time: a clock a minute off gives codes the provider refuses. "
                                  "The check asks %1 once.")
                                   .arg(SntpServer::defaultServer().host()));

        auto* resync = new QGroupBox(tr("Re-sync"), this);
        m_resyncCodes->setPlaceholderText(tr("The code the provider accepted, or two in a row"));
        m_resyncCodes->setAccessibleName(tr("Codes for re-sync"));
        auto* resyncRow = new QHBoxLayout;
        resyncRow->addWidget(m_resyncCodes, 1);
        resyncRow->addWidget(m_resync);
        auto* resyncLayout = new QVBoxLayout(resync);
        auto* resyncHint = wrappedLabel(QString(), resync);
        resyncHint->setText(tr("Type a code another device shows for this account, or the codes the provider "
                               "accepted; Tessera finds how far out of step it is, or which setting is wrong."));
        resyncLayout->addWidget(resyncHint);
        resyncLayout->addLayout(resyncRow);
        resyncLayout->addWidget(m_resyncStatus);
        resyncLayout->addWidget(m_fix, 0, Qt::AlignLeft);
        m_fix->hide();

        auto* layout = new QVBoxLayout(this);
        layout->addWidget(wrappedLabel(tr("Often the seed is not lost at all, or the codes are only out of step."),
            this)); // not setSubTitle(): see wrappedLabel()
        layout->addWidget(seed);
        layout->addWidget(clock);
        layout->addWidget(resync);
        layout->addStretch(1);
        layout->addWidget(m_worksAgain, 0, Qt::AlignLeft);
        auto* next = wrappedLabel(QString(), this);
        next->setText(tr("Still locked out? Next goes through the provider's recovery."));
        layout->addWidget(next);

        connect(m_restore, &QPushButton::clicked, this, &RecoveryTroubleshootPage::restoreFromTrash);
        connect(m_searchBackup, &QPushButton::clicked, this, &RecoveryTroubleshootPage::searchBackup);
        connect(m_reader, &ImportFileReader::finished, this, &RecoveryTroubleshootPage::onBackupRead);
        connect(m_reader, &ImportFileReader::failed, this,
            [this](const QString& message) { QMessageBox::warning(this, tr("Cannot Read the Backup"), message); });
        connect(m_checkClock, &QPushButton::clicked, this, &RecoveryTroubleshootPage::checkClock);
        connect(m_clock, &ClockCheck::finished, this, &RecoveryTroubleshootPage::onClockChecked);
        connect(m_resync, &QPushButton::clicked, this, &RecoveryTroubleshootPage::resync);
        connect(m_resyncCodes, &QLineEdit::returnPressed, m_resync, &QPushButton::click);
        connect(m_fix, &QPushButton::clicked, this, &RecoveryTroubleshootPage::applyFix);
        connect(m_worksAgain, &QPushButton::clicked, this, &RecoveryTroubleshootPage::worksAgain);
    }

    RecoveryTroubleshootPage::~RecoveryTroubleshootPage() = default;

    QUuid RecoveryTroubleshootPage::accountId() const
    {
        return QUuid::fromString(m_context.flow.accountId());
    }

    void RecoveryTroubleshootPage::initializePage()
    {
        m_resyncCodes->clear();
        m_resyncStatus->clear();
        m_fix->hide();
        updateSeedStatus();
    }

    void RecoveryTroubleshootPage::updateSeedStatus()
    {
        const QUuid id = accountId();
        std::optional<Account> account;
        if (!id.isNull() && m_context.holder.isUnlocked()) {
            if (auto found = m_context.holder.vault().account(id)) {
                account = *found;
            }
        }
        m_restore->setVisible(account && account->isTrashed());
        m_resyncCodes->setEnabled(account && !account->isTrashed());
        m_resync->setEnabled(m_resyncCodes->isEnabled());
        if (!account) {
            m_seedStatus->setText(tr("%1 is not in Tessera. If you ever made a backup or exported from a phone, "
                                     "search that file: the seed may be in it.")
                                      .arg(m_context.flow.accountLabel()));
            (void)m_context.flow.recordSeedLocation(RecoveryFlow::SeedLocation::NotFound);
        } else if (account->isTrashed()) {
            m_seedStatus->setText(tr("The seed is in Tessera's trash. Restore it, and its codes work again."));
            (void)m_context.flow.recordSeedLocation(RecoveryFlow::SeedLocation::Trash);
        } else {
            m_seedStatus->setText(tr("The seed is in Tessera. If the provider refuses its codes, check the clock "
                                     "and re-sync below."));
            (void)m_context.flow.recordSeedLocation(RecoveryFlow::SeedLocation::Vault);
        }
    }

    void RecoveryTroubleshootPage::restoreFromTrash()
    {
        auto restored = m_context.holder.vault().restore(accountId());
        if (!restored) {
            QMessageBox::warning(this, tr("Cannot Restore"), restored.error().message());
            return;
        }
        updateSeedStatus();
        m_seedStatus->setText(tr("Restored: the account is back in the list with its codes."));
    }

    void RecoveryTroubleshootPage::searchBackup()
    {
        const QString path = ImportFileReader::chooseFile(this);
        if (!path.isEmpty()) {
            m_reader->read(path);
        }
    }

    void RecoveryTroubleshootPage::onBackupRead(const ImportResult& result, const QString& source)
    {
        ImportResult matches;
        matches.formatId = result.formatId;
        for (const Account& account : result.accounts) {
            if (mentions(account, m_context.flow.accountLabel())) {
                matches.accounts.append(account);
            }
        }
        if (matches.accounts.isEmpty()) {
            QMessageBox::information(this, tr("Not in This Backup"),
                tr("%1 holds %n account(s), none of them %2.", nullptr, int(result.accounts.size()))
                    .arg(source, m_context.flow.accountLabel()));
            return;
        }
        if (!m_context.holder.isUnlocked()) {
            // From the welcome page there is no vault yet to put it in.
            (void)m_context.flow.recordSeedLocation(RecoveryFlow::SeedLocation::BackupFile);
            m_seedStatus->setText(tr("%1 is in %2. Create a vault (or open yours) and import that file to have its "
                                     "codes again.")
                                      .arg(matches.accounts.first().displayName(), source));
            return;
        }
        ImportReviewDialog review(m_context.holder.vault(), m_context.clock, matches, source, this);
        connect(&review, &ImportReviewDialog::imported, this, [this](const QList<QUuid>& ids) {
            (void)m_context.flow.recordSeedLocation(RecoveryFlow::SeedLocation::BackupFile);
            m_seedStatus->setText(
                tr("Found in the backup and added to Tessera (%n account(s)).", nullptr, int(ids.size())));
        });
        review.exec();
    }

    void RecoveryTroubleshootPage::checkClock()
    {
        m_checkClock->setEnabled(false);
        m_clockStatus->setText(tr("Asking %1…").arg(SntpServer::defaultServer().host()));
        m_clock->start(SntpServer::defaultServer());
    }

    void RecoveryTroubleshootPage::onClockChecked()
    {
        m_checkClock->setEnabled(true);
        const auto& result = m_clock->result();
        if (!result || !*result) {
            m_clockStatus->setText(result ? result->error().message() : tr("The clock check did not finish."));
            return;
        }
        const ClockCheck::Measurement& measured = **result;
        (void)m_context.flow.recordClockOffset(measured.offsetMilliseconds());
        m_clockStatus->setText(ClockCheck::describeOffset(measured.offsetSeconds));
    }

    void RecoveryTroubleshootPage::resync()
    {
        m_fix->hide();
        m_pendingFix = nullptr;
        auto account = m_context.holder.vault().account(accountId());
        if (!account) {
            m_resyncStatus->setText(account.error().message());
            return;
        }
        const QStringList codes
            = m_resyncCodes->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
        const QUuid id = account->id;
        if (account->parameters.isTimeBased()) {
            auto found = Resync::findTotp(account->parameters, codes, m_context.clock);
            if (!found) {
                m_resyncStatus->setText(found.error().message());
                return;
            }
            m_resyncStatus->setText(found->summary());
            (void)m_context.flow.recordResync(
                found->found() ? RecoveryFlow::ResyncOutcome::Succeeded : RecoveryFlow::ResyncOutcome::Failed);
            if (found->outcome == Resync::TotpResult::Outcome::DifferentParameters && found->suggestion) {
                const Resync::Candidate candidate = *found->suggestion;
                m_fix->setText(tr("&Fix the Account's Settings"));
                m_pendingFix = [this, id, candidate] {
                    auto changed = m_context.holder.vault().modify(id, [&candidate](Account& account) {
                        if (auto fixed = Resync::apply(account.parameters, candidate)) {
                            account.parameters = *fixed;
                        }
                    });
                    m_resyncStatus->setText(
                        changed ? tr("Fixed: the account now gives the codes you typed.") : changed.error().message());
                };
                m_fix->show();
            }
            return;
        }
        auto found = Resync::findHotp(account->parameters, codes);
        if (!found) {
            m_resyncStatus->setText(found.error().message());
            return;
        }
        m_resyncStatus->setText(found->summary());
        (void)m_context.flow.recordResync(
            found->found ? RecoveryFlow::ResyncOutcome::Succeeded : RecoveryFlow::ResyncOutcome::Failed);
        if (found->found) {
            const quint64 next = found->nextCounter;
            m_fix->setText(tr("&Set the Counter to %1").arg(next));
            m_pendingFix = [this, id, next] {
                auto changed = m_context.holder.vault().modify(
                    id, [next](Account& account) { account.parameters = account.parameters.withCounter(next); });
                m_resyncStatus->setText(changed ? tr("The counter was set: the next code is the one the provider "
                                                     "expects.")
                                                : changed.error().message());
            };
            m_fix->show();
        }
    }

    void RecoveryTroubleshootPage::applyFix()
    {
        if (m_pendingFix) {
            m_pendingFix();
            m_pendingFix = nullptr;
        }
        m_fix->hide();
    }

    void RecoveryTroubleshootPage::worksAgain()
    {
        auto resolved = m_context.flow.resolveByTroubleshooting();
        if (!resolved) {
            QMessageBox::warning(this, tr("Not Yet"), resolved.error().message());
            return;
        }
        emit this->resolved();
    }

    bool RecoveryTroubleshootPage::validatePage()
    {
        if (m_context.flow.stage() != RecoveryFlow::Stage::Troubleshoot) {
            return true; // resolved: the wizard moves on to Prevent
        }
        auto started = m_context.flow.startAlternativeFactors();
        if (!started) {
            QMessageBox::warning(this, tr("Cannot Go On"), started.error().message());
            return false;
        }
        return true;
    }

    void RecoveryTroubleshootPage::cleanupPage()
    {
        (void)m_context.flow.back();
    }
}
