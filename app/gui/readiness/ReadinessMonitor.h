#pragma once

#include "ReadinessAudit.h"

#include <QObject>

class QTimer;

namespace tessera
{
    class Clock;
}

namespace tessera::gui
{
    class VaultHolder;

    /// Keeps the readiness audit's findings current while the vault is unlocked: runs it on unlock and
    /// shortly after accounts change (one run for a burst of changes), forgets them on lock. The
    /// readiness view lists them; the main window shows a badge while any is critical.
    class ReadinessMonitor : public QObject
    {
        Q_OBJECT

    public:
        ReadinessMonitor(VaultHolder& holder, const Clock& clock, QObject* parent = nullptr);
        ~ReadinessMonitor() override;

        /// Whether automatic backups are switched on (the setting; the audit cannot see it otherwise).
        void setAutomaticBackupsEnabled(bool enabled);
        [[nodiscard]] const QList<ReadinessAudit::Finding>& findings() const { return m_findings; }
        [[nodiscard]] qsizetype count(ReadinessAudit::Severity severity) const;
        /// What could not be audited (an unreadable account), one sentence each.
        [[nodiscard]] const QStringList& warnings() const { return m_warnings; }

        /// Runs the audit now.
        void refresh();

    signals:
        void changed();

    private:
        void clear();

        VaultHolder& m_holder;
        const Clock& m_clock;
        ReadinessAudit m_audit;
        QTimer* m_debounce;
        bool m_automaticBackups = false;
        QList<ReadinessAudit::Finding> m_findings;
        QStringList m_warnings;
    };
}
