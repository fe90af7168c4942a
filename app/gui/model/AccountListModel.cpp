#include "model/AccountListModel.h"

#include "Clock.h"
#include "OtpGenerator.h"
#include "SecretWipe.h"
#include "app/VaultHolder.h"
#include "list/AccountRoles.h"
#include "services/TimeSource.h"
#include "services/Timer.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <limits>

namespace tessera::gui
{
    namespace
    {
        bool isTimeBased(const AccountSummary& summary)
        {
            return summary.type != OtpType::Hotp && summary.period > 0;
        }

        qint64 floorDiv(qint64 value, qint64 divisor)
        {
            const qint64 quotient = value / divisor;
            return (value % divisor != 0 && ((value < 0) != (divisor < 0))) ? quotient - 1 : quotient;
        }

        const QList<int> codeRoles{
            AccountRoles::Code, AccountRoles::NextCode, AccountRoles::SecondsLeft, Qt::AccessibleDescriptionRole};
    }

    AccountListModel::AccountListModel(VaultHolder& holder, const Clock& clock, TimeSource& time, QObject* parent)
        : QAbstractListModel(parent)
        , m_holder(holder)
        , m_clock(clock)
        , m_boundaryTimer(time.createTimer(this))
    {
        m_boundaryTimer->setSingleShot(true);
        connect(m_boundaryTimer, &Timer::timeout, this, &AccountListModel::updateCodes);
        connect(&m_holder, &VaultHolder::unlocked, this, &AccountListModel::reload);
        connect(&m_holder, &VaultHolder::accountsChanged, this, &AccountListModel::reload);
        connect(&m_holder, &VaultHolder::locked, this, &AccountListModel::clear);
        connect(&m_holder, &VaultHolder::vaultReplaced, this, &AccountListModel::clear);
        reload();
    }

    AccountListModel::~AccountListModel()
    {
        for (Row& row : m_rows) {
            wipe(row.code);
            wipe(row.nextCode);
            wipe(row.hotpCode);
        }
    }

    int AccountListModel::rowCount(const QModelIndex& parent) const
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    QVariant AccountListModel::data(const QModelIndex& index, int role) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const Row& row = m_rows.at(index.row());
        const AccountSummary& summary = row.summary;
        const bool timeBased = isTimeBased(summary);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return summary.displayName();
        case Qt::AccessibleDescriptionRole:
            if (!timeBased) {
                return row.hotpCode.isEmpty() ? tr("Counter-based code: press Next to generate one")
                                              : tr("Code %1").arg(OtpGenerator::grouped(row.hotpCode));
            }
            return isRevealed(row) ? tr("Code %1").arg(row.code) : tr("Code hidden: click to show");
        case AccountRoles::Id:
            return QVariant::fromValue(summary.id);
        case AccountRoles::Issuer:
            return summary.issuer;
        case AccountRoles::AccountName:
            return summary.accountName;
        case AccountRoles::Code:
            return timeBased ? row.code : OtpGenerator::grouped(row.hotpCode);
        case AccountRoles::NextCode:
            return timeBased && m_showNextCode ? row.nextCode : QString();
        case AccountRoles::SecondsLeft: {
            if (!timeBased) {
                return 0;
            }
            const qint64 now = floorDiv(m_clock.nowMilliseconds(), 1000);
            return static_cast<int>(summary.period - (now - floorDiv(now, summary.period) * summary.period));
        }
        case AccountRoles::Period:
            return timeBased ? summary.period : 0;
        case AccountRoles::IsHotp:
            return !timeBased;
        case AccountRoles::IsFavorite:
            return summary.favorite;
        case AccountRoles::IsRevealed:
            return isRevealed(row);
        case AccountRoles::CopyFeedback:
            return summary.id == m_feedbackId ? QVariant(m_feedback) : QVariant();
        case AccountRoles::Tags:
            return summary.tags;
        case AccountRoles::Note:
            return row.note;
        default:
            return {};
        }
    }

    Qt::ItemFlags AccountListModel::flags(const QModelIndex& index) const
    {
        if (!index.isValid()) {
            return Qt::ItemIsDropEnabled;
        }
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    }

    QHash<int, QByteArray> AccountListModel::roleNames() const
    {
        QHash<int, QByteArray> names = QAbstractListModel::roleNames();
        names.insert(AccountRoles::names());
        return names;
    }

    Qt::DropActions AccountListModel::supportedDragActions() const
    {
        return Qt::MoveAction;
    }

    Qt::DropActions AccountListModel::supportedDropActions() const
    {
        return Qt::MoveAction;
    }

    QStringList AccountListModel::mimeTypes() const
    {
        return {idListMimeType()};
    }

    QMimeData* AccountListModel::mimeData(const QModelIndexList& indexes) const
    {
        QStringList ids;
        for (const QModelIndex& index : indexes) {
            if (index.isValid() && index.model() == this) {
                ids.append(m_rows.at(index.row()).summary.id.toString(QUuid::WithoutBraces));
            }
        }
        if (ids.isEmpty()) {
            return nullptr;
        }
        auto* data = new QMimeData;
        data->setData(idListMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
        return data;
    }

    QString AccountListModel::idListMimeType()
    {
        return QStringLiteral("application/x-tessera-account-ids");
    }

    QList<QUuid> AccountListModel::idsFromMimeData(const QMimeData* data)
    {
        QList<QUuid> ids;
        if (data == nullptr || !data->hasFormat(idListMimeType())) {
            return ids;
        }
        const QStringList lines = QString::fromUtf8(data->data(idListMimeType())).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            const QUuid id = QUuid::fromString(line);
            if (!id.isNull()) {
                ids.append(id);
            }
        }
        return ids;
    }

    void AccountListModel::setShowNextCode(bool show)
    {
        if (m_showNextCode == show) {
            return;
        }
        m_showNextCode = show;
        for (Row& row : m_rows) {
            row.step = -1; // the next code is computed with the current one
        }
        updateCodes();
    }

    void AccountListModel::setCodeReveal(CodeReveal reveal)
    {
        if (m_reveal == reveal) {
            return;
        }
        m_reveal = reveal;
        for (Row& row : m_rows) {
            row.revealed = false;
        }
        if (!m_rows.isEmpty()) {
            emit dataChanged(index(0), index(rowCount() - 1),
                {AccountRoles::IsRevealed, AccountRoles::Code, Qt::AccessibleDescriptionRole});
        }
    }

    void AccountListModel::setActive(bool active)
    {
        if (m_active == active) {
            return;
        }
        m_active = active;
        if (m_active) {
            updateCodes();
        } else {
            m_boundaryTimer->stop();
        }
    }

    QModelIndex AccountListModel::indexOf(const QUuid& id) const
    {
        const int row = rowOf(id);
        return row < 0 ? QModelIndex() : index(row);
    }

    QUuid AccountListModel::idAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : QUuid();
    }

    const AccountSummary* AccountListModel::summary(const QUuid& id) const
    {
        const int row = rowOf(id);
        return row < 0 ? nullptr : &m_rows.at(row).summary;
    }

    void AccountListModel::reveal(const QUuid& id)
    {
        const int row = rowOf(id);
        if (row < 0 || m_rows.at(row).revealed) {
            return;
        }
        m_rows[row].revealed = true;
        emitRowsChanged({row}, {AccountRoles::IsRevealed, AccountRoles::Code, Qt::AccessibleDescriptionRole});
    }

    Result<QString> AccountListModel::takeHotpCode(const QUuid& id)
    {
        auto code = m_holder.vault().takeHotpCode(id); // saves counter + 1; accountsChanged follows
        if (!code) {
            return code.error();
        }
        const int row = rowOf(id);
        if (row >= 0) {
            wipe(m_rows[row].hotpCode);
            m_rows[row].hotpCode = *code;
            emitRowsChanged({row}, {AccountRoles::Code, AccountRoles::IsRevealed, Qt::AccessibleDescriptionRole});
        }
        return code;
    }

    QString AccountListModel::takenHotpCode(const QUuid& id) const
    {
        const int row = rowOf(id);
        return row < 0 ? QString() : m_rows.at(row).hotpCode;
    }

    void AccountListModel::setCopyFeedback(const QUuid& id, int secondsLeft)
    {
        if (m_feedbackId != id) {
            clearCopyFeedback();
        }
        if (m_feedbackId == id && m_feedback == secondsLeft) {
            return;
        }
        m_feedbackId = id;
        m_feedback = secondsLeft;
        const int row = rowOf(id);
        if (row >= 0) {
            emitRowsChanged({row}, {AccountRoles::CopyFeedback});
        }
    }

    void AccountListModel::clearCopyFeedback()
    {
        if (m_feedbackId.isNull()) {
            return;
        }
        const int row = rowOf(m_feedbackId);
        m_feedbackId = QUuid();
        m_feedback = -1;
        if (row >= 0) {
            emitRowsChanged({row}, {AccountRoles::CopyFeedback});
        }
    }

    qint64 AccountListModel::nextBoundary() const
    {
        const qint64 now = m_clock.nowMilliseconds();
        qint64 next = std::numeric_limits<qint64>::max();
        QSet<int> seen;
        for (const Row& row : m_rows) {
            const int period = row.summary.period;
            if (!isTimeBased(row.summary) || seen.contains(period)) {
                continue;
            }
            seen.insert(period);
            const qint64 length = static_cast<qint64>(period) * 1000;
            next = std::min(next, (floorDiv(now, length) + 1) * length);
        }
        return seen.isEmpty() ? -1 : next;
    }

    bool AccountListModel::hasTimeBasedRows() const
    {
        return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return isTimeBased(row.summary); });
    }

    void AccountListModel::reload()
    {
        if (!m_holder.isUnlocked()) {
            clear();
            return;
        }
        const Vault& vault = m_holder.vault();
        const QList<AccountSummary> summaries = vault.accounts(Vault::Filter::Active);
        QHash<QUuid, qsizetype> wanted;
        wanted.reserve(summaries.size());
        for (qsizetype i = 0; i < summaries.size(); ++i) {
            wanted.insert(summaries.at(i).id, i);
        }
        const qint64 now = floorDiv(m_clock.nowMilliseconds(), 1000);
        const auto noteOf = [&vault](const QUuid& id) {
            auto account = vault.account(id);
            return account ? account->note : QString();
        };

        // Gone: removed from the end so the rows before keep their numbers.
        for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
            if (!wanted.contains(m_rows.at(row).summary.id)) {
                beginRemoveRows(QModelIndex(), row, row);
                Row removed = m_rows.takeAt(row);
                wipe(removed.code);
                wipe(removed.nextCode);
                wipe(removed.hotpCode);
                endRemoveRows();
            }
        }
        m_rowOfId.clear();
        for (int row = 0; row < m_rows.size(); ++row) {
            m_rowOfId.insert(m_rows.at(row).summary.id, row);
        }

        // Changed.
        QList<int> changed;
        for (int row = 0; row < m_rows.size(); ++row) {
            Row& current = m_rows[row];
            const AccountSummary& fresh = summaries.at(wanted.value(current.summary.id));
            if (fresh == current.summary) {
                continue;
            }
            const bool codeInputs = fresh.type != current.summary.type || fresh.period != current.summary.period
                || fresh.digits != current.summary.digits || fresh.algorithm != current.summary.algorithm;
            const bool recordChanged = fresh.revision != current.summary.revision;
            current.summary = fresh;
            if (recordChanged) {
                current.note = noteOf(fresh.id);
            }
            if (codeInputs || recordChanged) {
                current.step = -1; // a new secret keeps the same parameters: recompute anyway
                if (fresh.type != OtpType::Hotp) {
                    wipe(current.hotpCode);
                }
                computeCodes(current, now);
            }
            changed.append(row);
        }
        emitRowsChanged(changed, {});

        // New, at the end (the proxy sorts).
        QList<Row> added;
        for (const AccountSummary& summary : summaries) {
            if (m_rowOfId.contains(summary.id)) {
                continue;
            }
            Row row;
            row.summary = summary;
            row.note = noteOf(summary.id);
            computeCodes(row, now);
            added.append(std::move(row));
        }
        if (!added.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
            for (Row& row : added) {
                m_rowOfId.insert(row.summary.id, static_cast<int>(m_rows.size()));
                m_rows.append(std::move(row));
            }
            endInsertRows();
        }
        schedule();
    }

    void AccountListModel::updateCodes()
    {
        const qint64 now = floorDiv(m_clock.nowMilliseconds(), 1000);
        QList<int> changed;
        for (int row = 0; row < m_rows.size(); ++row) {
            Row& current = m_rows[row];
            if (!isTimeBased(current.summary) || floorDiv(now, current.summary.period) == current.step) {
                continue;
            }
            const QString before = current.code;
            const QString nextBefore = current.nextCode;
            computeCodes(current, now);
            if (current.code != before || current.nextCode != nextBefore) {
                changed.append(row);
            }
        }
        emitRowsChanged(changed, codeRoles);
        schedule();
    }

    void AccountListModel::clear()
    {
        m_boundaryTimer->stop();
        m_feedbackId = QUuid();
        m_feedback = -1;
        if (m_rows.isEmpty()) {
            return;
        }
        beginResetModel();
        for (Row& row : m_rows) {
            wipe(row.code);
            wipe(row.nextCode);
            wipe(row.hotpCode);
        }
        m_rows.clear();
        m_rowOfId.clear();
        endResetModel();
    }

    void AccountListModel::computeCodes(Row& row, qint64 unixSeconds)
    {
        if (!isTimeBased(row.summary)) {
            return;
        }
        row.step = floorDiv(unixSeconds, row.summary.period);
        const Vault& vault = m_holder.vault();
        auto code = vault.code(row.summary.id, unixSeconds);
        wipe(row.code);
        wipe(row.nextCode);
        if (!code) {
            emit errorOccurred(code.error().message());
            return;
        }
        row.code = OtpGenerator::grouped(*code);
        wipe(*code);
        if (m_showNextCode) {
            auto next = vault.nextCode(row.summary.id, unixSeconds);
            if (next) {
                row.nextCode = OtpGenerator::grouped(*next);
                wipe(*next);
            }
        }
    }

    void AccountListModel::schedule()
    {
        m_boundaryTimer->stop();
        if (!m_active) {
            return;
        }
        const qint64 next = nextBoundary();
        if (next < 0) {
            return;
        }
        const qint64 wait = next - m_clock.nowMilliseconds();
        m_boundaryTimer->start(std::chrono::milliseconds(std::max<qint64>(wait, 1)));
    }

    int AccountListModel::rowOf(const QUuid& id) const
    {
        return m_rowOfId.value(id, -1);
    }

    bool AccountListModel::isRevealed(const Row& row) const
    {
        if (!isTimeBased(row.summary)) {
            return !row.hotpCode.isEmpty();
        }
        return m_reveal == CodeReveal::Always || row.revealed;
    }

    void AccountListModel::emitRowsChanged(const QList<int>& rows, const QList<int>& roles)
    {
        // One signal per row: through the sorting proxy a range of source rows would become a
        // range of shown rows that also covers rows which did not change.
        for (const int row : rows) {
            emit dataChanged(index(row), index(row), roles);
        }
    }
}
