#pragma once

#include "ReadinessAudit.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace tessera::gui
{
    class ReadinessMonitor;

    /// "Ready for a lost seed?": the readiness audit as a list, worst first, each finding with what is
    /// wrong, why it matters, and a button that opens the place to fix it. It follows the monitor, so a
    /// fix made from here disappears from the list by itself.
    class ReadinessDialog : public QDialog
    {
        Q_OBJECT

    public:
        explicit ReadinessDialog(ReadinessMonitor& monitor, QWidget* parent = nullptr);

        [[nodiscard]] QTreeWidget* list() const { return m_list; }
        [[nodiscard]] QLabel* summary() const { return m_summary; }
        /// The label of the button that fixes `fix`: "Make a Backup…", "Add the Phone Number…".
        [[nodiscard]] static QString fixLabel(ReadinessAudit::Fix fix);

    signals:
        void fixRequested(tessera::ReadinessAudit::Fix fix, const QUuid& accountId);

    private:
        void fill();

        ReadinessMonitor& m_monitor;
        QLabel* m_summary;
        QTreeWidget* m_list;
        QDialogButtonBox* m_buttons;
    };
}
