#pragma once

#include "ImportPlan.h"

#include <QDialog>
#include <QUuid>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tessera
{
    class Clock;
    struct ImportResult;
    class Vault;
}

namespace tessera::gui
{
    class InlineMessage;

    /// Shows what an import would do before anything is written: every entry found, whether it is new,
    /// already in the vault or unreadable (with the reason), and the reader's warnings ("code 2 of 3 is
    /// missing"). The user ticks what to add; duplicates are left out unless asked for. "Import" adds the
    /// ticked accounts in one transaction (all or nothing); a failure is shown and nothing is added.
    class ImportReviewDialog : public QDialog
    {
        Q_OBJECT

    public:
        /// `source` names where the entries came from, for the heading ("the screen", "backup.json").
        ImportReviewDialog(Vault& vault,
            const Clock& clock,
            const ImportResult& incoming,
            const QString& source,
            QWidget* parent = nullptr);
        ~ImportReviewDialog() override;

        [[nodiscard]] const ImportPlan& plan() const { return m_plan; }
        [[nodiscard]] QTreeWidget* entryList() const { return m_list; }
        [[nodiscard]] QCheckBox* duplicatesBox() const { return m_duplicates; }
        [[nodiscard]] QPushButton* importButton() const { return m_import; }
        [[nodiscard]] InlineMessage* message() const { return m_message; }

        /// Adds the ticked accounts; on success emits imported() and accepts.
        void importAccounts();

    signals:
        void imported(const QList<QUuid>& ids);

    private:
        void fillList();
        void onItemChanged(QTreeWidgetItem* item, int column);
        void onDuplicatePolicyChanged(bool importDuplicates);
        void updateButton();
        [[nodiscard]] static QString statusText(const ImportPlan::Item& item);

        Vault& m_vault;
        const Clock& m_clock;
        ImportPlan m_plan;
        QLabel* m_heading;
        InlineMessage* m_warnings;
        QTreeWidget* m_list;
        QCheckBox* m_duplicates;
        InlineMessage* m_message;
        QDialogButtonBox* m_buttons;
        QPushButton* m_import;
        bool m_filling = false;
    };
}
