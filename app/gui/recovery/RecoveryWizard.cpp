#include "RecoveryWizard.h"

#include "RecoveryAccountPage.h"
#include "RecoveryFactorsPage.h"
#include "RecoveryPreventPage.h"
#include "RecoveryReEnrolPage.h"
#include "RecoveryTroubleshootPage.h"
#include "app/BundledPlaybooks.h"
#include "services/AppSettings.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::gui
{
    RecoveryWizard::RecoveryWizard(
        VaultHolder& holder, Clock& clock, Clipboard& clipboard, AppSettings& settings, QWidget* parent)
        : QWizard(parent)
        , m_settings(settings)
        , m_context{holder, clock, clipboard, BundledPlaybooks::all(), RecoveryFlow(), QUuid()}
        , m_account(new RecoveryAccountPage(m_context, this))
        , m_troubleshoot(new RecoveryTroubleshootPage(m_context, this))
        , m_factors(new RecoveryFactorsPage(m_context, this))
        , m_reEnrol(new RecoveryReEnrolPage(m_context, this))
        , m_prevent(new RecoveryPreventPage(m_context, this))
    {
        setWindowTitle(tr("Recover an Account"));
        setWizardStyle(QWizard::ClassicStyle);
        setOption(QWizard::NoBackButtonOnStartPage);
        setPage(AccountPage, m_account);
        setPage(TroubleshootPage, m_troubleshoot);
        setPage(FactorsPage, m_factors);
        setPage(ReEnrolPage, m_reEnrol);
        setPage(PreventPage, m_prevent);
        setStartId(AccountPage);

        connect(this, &QWizard::currentIdChanged, this, &RecoveryWizard::save);
        connect(m_troubleshoot, &RecoveryTroubleshootPage::resolved, this, &QWizard::next);
        connect(m_reEnrol, &RecoveryReEnrolPage::scanScreenRequested, this, &RecoveryWizard::scanScreenRequested);
        connect(m_reEnrol, &RecoveryReEnrolPage::scanFileRequested, this, &RecoveryWizard::scanFileRequested);
        connect(m_reEnrol, &RecoveryReEnrolPage::scanCameraRequested, this, &RecoveryWizard::scanCameraRequested);
        connect(m_reEnrol, &RecoveryReEnrolPage::editRequested, this, &RecoveryWizard::editRequested);
        connect(m_prevent, &RecoveryPreventPage::backupRequested, this, &RecoveryWizard::backupRequested);
        connect(m_prevent, &RecoveryPreventPage::editRequested, this, &RecoveryWizard::editRequested);
        connect(m_prevent, &RecoveryPreventPage::settingsRequested, this, &RecoveryWizard::settingsRequested);
        resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 38);
    }

    RecoveryWizard::~RecoveryWizard() = default;

    void RecoveryWizard::startWith(const QUuid& accountId)
    {
        m_account->selectAccount(accountId);
    }

    bool RecoveryWizard::hasSavedProgress(const AppSettings& settings)
    {
        return !settings.recoveryProgress().isEmpty();
    }

    bool RecoveryWizard::resume()
    {
        const QJsonDocument saved = QJsonDocument::fromJson(m_settings.recoveryProgress().toUtf8());
        auto flow = RecoveryFlow::fromJson(saved.object(), m_context.playbooks);
        if (!flow || flow->stage() == RecoveryFlow::Stage::Done
            || flow->stage() == RecoveryFlow::Stage::ChooseAccount) {
            m_settings.setRecoveryProgress(QString());
            return false;
        }
        m_context.flow = *flow;
        setStartId(pageFor(flow->stage()));
        restart();
        return true;
    }

    int RecoveryWizard::pageFor(RecoveryFlow::Stage stage)
    {
        switch (stage) {
        case RecoveryFlow::Stage::ChooseAccount:
            return AccountPage;
        case RecoveryFlow::Stage::Troubleshoot:
            return TroubleshootPage;
        case RecoveryFlow::Stage::AlternativeFactors:
            return FactorsPage;
        case RecoveryFlow::Stage::ReEnrol:
            return ReEnrolPage;
        case RecoveryFlow::Stage::Prevent:
        case RecoveryFlow::Stage::Done:
            return PreventPage;
        }
        return AccountPage;
    }

    int RecoveryWizard::nextId() const
    {
        switch (currentId()) {
        case AccountPage:
            return TroubleshootPage;
        case TroubleshootPage:
            return m_context.flow.resolvedByTroubleshooting() ? PreventPage : FactorsPage;
        case FactorsPage:
            return ReEnrolPage;
        case ReEnrolPage:
            return PreventPage;
        default:
            return -1;
        }
    }

    void RecoveryWizard::noteAccountAdded(const QUuid& id)
    {
        if (currentId() == ReEnrolPage) {
            m_reEnrol->setNewAccount(id);
        }
    }

    void RecoveryWizard::save()
    {
        // Closing runs every page's cleanup (each steps the flow back) and ends on page -1: what was saved
        // just before closing stands.
        if (m_closing || currentId() == -1) {
            return;
        }
        const RecoveryFlow::Stage stage = m_context.flow.stage();
        if (stage == RecoveryFlow::Stage::ChooseAccount) {
            return; // nothing chosen yet: an unfinished recovery saved earlier stays until one is
        }
        if (stage == RecoveryFlow::Stage::Done) {
            m_settings.setRecoveryProgress(QString());
            return;
        }
        m_settings.setRecoveryProgress(
            QString::fromUtf8(QJsonDocument(m_context.flow.toJson()).toJson(QJsonDocument::Compact)));
    }

    void RecoveryWizard::done(int result)
    {
        // Finished: forget the progress. Closed half-way: keep it for next time.
        if (result == QDialog::Accepted) {
            QWizard::done(result); // validates the last page first: the flow is Done only if that passed
            if (m_context.flow.stage() == RecoveryFlow::Stage::Done) {
                m_settings.setRecoveryProgress(QString());
            }
            return;
        }
        save();
        m_closing = true;
        QWizard::done(result);
    }
}
