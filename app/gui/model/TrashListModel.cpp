#include "model/TrashListModel.h"

#include "VaultFormat.h"
#include "app/VaultHolder.h"
#include "list/AvatarPainter.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>

namespace tessera::gui
{
    TrashListModel::TrashListModel(VaultHolder& holder, QObject* parent)
        : TrashListModel(holder, &QDateTime::currentDateTimeUtc, parent)
    { }

    TrashListModel::TrashListModel(VaultHolder& holder, Now now, QObject* parent)
        : QAbstractListModel(parent)
        , m_holder(holder)
        , m_now(std::move(now))
    {
        connect(&m_holder, &VaultHolder::unlocked, this, &TrashListModel::reload);
        connect(&m_holder, &VaultHolder::accountsChanged, this, &TrashListModel::reload);
        connect(&m_holder, &VaultHolder::locked, this, &TrashListModel::reload);
        connect(&m_holder, &VaultHolder::vaultReplaced, this, &TrashListModel::reload);
        reload();
    }

    int TrashListModel::rowCount(const QModelIndex& parent) const
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    QVariant TrashListModel::data(const QModelIndex& index, int role) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const AccountSummary& account = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return QString(account.displayName() + QLatin1Char('\n') + purgeText(account.trashedAt));
        case Qt::AccessibleTextRole:
            return account.displayName();
        case Qt::DecorationRole:
            return avatar(account);
        case Qt::AccessibleDescriptionRole:
        case Qt::ToolTipRole:
            return purgeText(account.trashedAt);
        case IdRole:
            return QVariant::fromValue(account.id);
        case TrashedAtRole:
            return account.trashedAt;
        default:
            return {};
        }
    }

    QUuid TrashListModel::idAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QUuid();
    }

    QModelIndex TrashListModel::indexOf(const QUuid& id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id) {
                return index(row);
            }
        }
        return {};
    }

    QString TrashListModel::displayName(int row) const
    {
        return row >= 0 && row < m_rows.size() ? m_rows.at(row).displayName() : QString();
    }

    void TrashListModel::reload()
    {
        QList<AccountSummary> rows;
        if (m_holder.isUnlocked()) {
            rows = m_holder.vault().accounts(Vault::Filter::Trash);
            std::stable_sort(rows.begin(), rows.end(),
                [](const AccountSummary& a, const AccountSummary& b) { return a.trashedAt > b.trashedAt; });
        }
        if (rows == m_rows) {
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    QPixmap TrashListModel::avatar(const AccountSummary& account) const
    {
        // The letter avatar of the main list, so an account looks the same in the trash.
        const QFontMetrics metrics(QGuiApplication::font());
        const int size = metrics.height() * 2;
        const qreal ratio = qApp != nullptr ? qApp->devicePixelRatio() : 1.0;
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette palette = QGuiApplication::palette();
        const bool dark = palette.color(QPalette::Text).lightnessF() > palette.color(QPalette::Base).lightnessF();
        const QString name = account.issuer.trimmed().isEmpty() ? account.accountName : account.issuer;
        AvatarPainter::paint(&painter, QRectF(0, 0, size, size), name, dark, QGuiApplication::font());
        return pixmap;
    }

    QString TrashListModel::purgeText(const QDateTime& trashedAt) const
    {
        const QDateTime now = m_now();
        const qint64 ago = std::max<qint64>(0, trashedAt.daysTo(now));
        const qint64 left = std::max<qint64>(0, VaultFormat::TrashRetentionDays - ago);
        const QString deleted = ago == 0 ? tr("Deleted today")
            : ago == 1                   ? tr("Deleted yesterday")
                                         : tr("Deleted %n day(s) ago", nullptr, int(ago));
        const QString purged
            = left <= 1 ? tr("removed for good within a day") : tr("removed for good in %n day(s)", nullptr, int(left));
        return tr("%1 · %2").arg(deleted, purged);
    }
}
