#pragma once

#include "AccountSummary.h"
#include "Result.h"
#include "services/Preferences.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace tessera
{
    class Clock;
}

namespace tessera::gui
{
    class TimeSource;
    class Timer;
    class VaultHolder;

    /// The unlocked vault's accounts (not those in the trash) as list rows, filling AccountRoles
    /// for AccountRowDelegate. Rows follow Vault::accountsChanged without a reset, so selection
    /// and scrolling survive a change made elsewhere.
    ///
    /// Codes are kept per row and recomputed only when they change: one timer wakes at the next
    /// period boundary of any time-based row and signals dataChanged for exactly the rows whose
    /// code changed. SecondsLeft is computed when asked (the view repaints just the countdown
    /// once a second), so nothing else is signalled while idle. Locking empties the model and
    /// wipes the codes it held.
    class AccountListModel : public QAbstractListModel
    {
        Q_OBJECT

    public:
        AccountListModel(VaultHolder& holder, const Clock& clock, TimeSource& time, QObject* parent = nullptr);
        ~AccountListModel() override;

        AccountListModel(const AccountListModel&) = delete;
        AccountListModel& operator=(const AccountListModel&) = delete;

        [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
        [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
        [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
        [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
        [[nodiscard]] Qt::DropActions supportedDragActions() const override;
        [[nodiscard]] Qt::DropActions supportedDropActions() const override;
        [[nodiscard]] QStringList mimeTypes() const override;
        [[nodiscard]] QMimeData* mimeData(const QModelIndexList& indexes) const override;

        /// The drag-and-drop format: the dragged accounts' ids, one per line.
        static QString idListMimeType();
        static QList<QUuid> idsFromMimeData(const QMimeData* data);

        /// Show the code after the current one (time-based rows).
        void setShowNextCode(bool show);
        [[nodiscard]] bool showNextCode() const { return m_showNextCode; }
        /// Always show codes, or bullets until a row is clicked.
        void setCodeReveal(CodeReveal reveal);
        [[nodiscard]] CodeReveal codeReveal() const { return m_reveal; }

        /// An inactive model (window hidden, nothing to show) keeps no timer; becoming active
        /// again brings every code up to date first.
        void setActive(bool active);
        [[nodiscard]] bool isActive() const { return m_active; }

        [[nodiscard]] QModelIndex indexOf(const QUuid& id) const;
        [[nodiscard]] QUuid idAt(int row) const;
        [[nodiscard]] const AccountSummary* summary(const QUuid& id) const;

        /// Shows a hidden code (click-to-reveal) until the vault locks.
        void reveal(const QUuid& id);
        /// HOTP: takes the code at the stored counter (the vault saves counter + 1) and shows it.
        /// Returns the code without grouping.
        [[nodiscard]] Result<QString> takeHotpCode(const QUuid& id);
        /// HOTP: the code taken last for this row, or empty.
        [[nodiscard]] QString takenHotpCode(const QUuid& id) const;

        /// "Copied · clears in n s" under the code of one row (0: "Copied"); one row at a time.
        void setCopyFeedback(const QUuid& id, int secondsLeft);
        void clearCopyFeedback();

        /// The Unix time in milliseconds of the next period boundary of a time-based row, or -1.
        [[nodiscard]] qint64 nextBoundary() const;
        [[nodiscard]] bool hasTimeBasedRows() const;

    public slots:
        /// Brings the rows in line with the vault (after any change).
        void reload();
        /// Recomputes the codes whose period ended and signals the rows that changed.
        void updateCodes();

    signals:
        /// A row's code could not be computed or a change could not be saved.
        void errorOccurred(const QString& message);

    private:
        struct Row
        {
            AccountSummary summary;
            QString note;
            QString code;     ///< grouped
            QString nextCode; ///< grouped; empty unless shown
            qint64 step = -1; ///< time step the code belongs to
            QString hotpCode; ///< ungrouped, the code taken last
            bool revealed = false;
        };

        void clear();
        void computeCodes(Row& row, qint64 unixSeconds);
        void schedule();
        [[nodiscard]] int rowOf(const QUuid& id) const;
        [[nodiscard]] bool isRevealed(const Row& row) const;
        void emitRowsChanged(const QList<int>& rows, const QList<int>& roles);

        VaultHolder& m_holder;
        const Clock& m_clock;
        Timer* m_boundaryTimer;
        QList<Row> m_rows;
        QHash<QUuid, int> m_rowOfId;
        QUuid m_feedbackId;
        int m_feedback = -1;
        CodeReveal m_reveal = CodeReveal::Always;
        bool m_showNextCode = false;
        bool m_active = true;
        bool m_stale = false;
    };
}
