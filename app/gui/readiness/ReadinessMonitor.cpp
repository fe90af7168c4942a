#include "ReadinessMonitor.h"

#include "Clock.h"
#include "Playbook.h"
#include "Vault.h"
#include "VaultAudit.h"
#include "app/BundledPlaybooks.h"
#include "app/VaultHolder.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace tessera::gui
{
    namespace
    {
        /// "GB" from the locale "en_GB": how phone numbers stored without '+' get their E.164 form.
        QString localeRegion()
        {
            const QString name = QLocale::system().name();
            return name.size() >= 5 ? name.mid(3, 2) : QString();
        }
    }

    ReadinessMonitor::ReadinessMonitor(VaultHolder& holder, const Clock& clock, QObject* parent)
        : QObject(parent)
        , m_holder(holder)
        , m_clock(clock)
        , m_audit(BundledPlaybooks::all())
        , m_debounce(new QTimer(this))
    {
        m_debounce->setSingleShot(true);
        m_debounce->setInterval(500);
        connect(m_debounce, &QTimer::timeout, this, &ReadinessMonitor::refresh);
        connect(&m_holder, &VaultHolder::unlocked, this, &ReadinessMonitor::refresh);
        connect(&m_holder, &VaultHolder::locked, this, &ReadinessMonitor::clear);
        connect(&m_holder, &VaultHolder::accountsChanged, m_debounce, qOverload<>(&QTimer::start));
        connect(&m_holder, &VaultHolder::changedExternally, m_debounce, qOverload<>(&QTimer::start));
    }

    ReadinessMonitor::~ReadinessMonitor() = default;

    void ReadinessMonitor::setAutomaticBackupsEnabled(bool enabled)
    {
        if (m_automaticBackups != enabled) {
            m_automaticBackups = enabled;
            m_debounce->start();
        }
    }

    qsizetype ReadinessMonitor::count(ReadinessAudit::Severity severity) const
    {
        return ReadinessAudit::count(m_findings, severity);
    }

    void ReadinessMonitor::refresh()
    {
        m_debounce->stop();
        if (!m_holder.isUnlocked()) {
            clear();
            return;
        }
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMilliseconds(), Qt::UTC);
        const VaultAudit::Input collected
            = VaultAudit::collect(m_holder.vault(), now, localeRegion(), m_automaticBackups);
        m_findings = m_audit.run(collected.input);
        m_warnings = collected.warnings;
        emit changed();
    }

    void ReadinessMonitor::clear()
    {
        m_debounce->stop();
        m_findings.clear();
        m_warnings.clear();
        emit changed();
    }
}
