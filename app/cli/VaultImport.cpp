#include "VaultImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace tessera::cli
{
    namespace
    {
        QJsonValue textOrNull(const QString& text)
        {
            return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
        }

        /// "Added 1 account: A." / "Added 3 accounts: A, B, C."
        QString countedNames(const QString& verb, const QStringList& names)
        {
            return names.size() == 1
                ? QStringLiteral("%1 1 account: %2.").arg(verb, names.first())
                : QStringLiteral("%1 %2 accounts: %3.").arg(verb).arg(names.size()).arg(names.join(u", "));
        }
    }

    VaultImport::VaultImport(ImportPlan plan, QList<Source> sources)
        : m_plan(std::move(plan))
        , m_sources(std::move(sources))
    { }

    Result<VaultImport> VaultImport::plan(const Vault& vault, const ImportResult& incoming, QList<Source> sources)
    {
        QList<Account> existing;
        for (const AccountSummary& summary : vault.accounts(Vault::Filter::All)) {
            auto account = vault.account(summary.id);
            if (!account) {
                return account.error();
            }
            existing.append(std::move(account).value());
        }
        VaultImport planned(ImportPlan::create(incoming, existing), std::move(sources));
        for (const Account& account : std::as_const(existing)) {
            if (account.isTrashed()) {
                planned.m_trashedIds.insert(account.id);
            }
        }
        return planned;
    }

    Result<void> VaultImport::apply(Vault& vault, const QDateTime& now)
    {
        QList<qsizetype> included;
        for (qsizetype i = 0; i < m_plan.items().size(); ++i) {
            if (m_plan.isIncluded(i)) {
                included.append(i);
            }
        }
        m_addedIds.clear();
        if (!included.isEmpty()) {
            auto ids = vault.addAll(m_plan.accountsToAdd(now));
            if (!ids) {
                return ids.error();
            }
            for (qsizetype k = 0; k < included.size() && k < ids->size(); ++k) {
                m_addedIds.insert(included.at(k), ids->at(k));
            }
        }
        m_applied = true;
        return {};
    }

    QList<const VaultImport::Source*> VaultImport::itemSources() const
    {
        // ImportResult::append keeps each kind in the order the sources were appended, and the plan keeps the
        // order of each kind: the n-th account item is the n-th account read, likewise unreadable entries.
        QList<const Source*> result;
        if (m_sources.isEmpty()) {
            return result;
        }
        qsizetype accountIndex = 0;
        qsizetype unreadableIndex = 0;
        const auto sourceAt = [this](qsizetype index, qsizetype Source::*count) -> const Source* {
            for (const Source& source : m_sources) {
                if (index < source.*count) {
                    return &source;
                }
                index -= source.*count;
            }
            return nullptr;
        };
        for (const ImportPlan::Item& item : m_plan.items()) {
            result.append(item.account ? sourceAt(accountIndex++, &Source::accounts)
                                       : sourceAt(unreadableIndex++, &Source::unreadable));
        }
        return result;
    }

    QString VaultImport::itemLabel(qsizetype index, const QList<const Source*>& sources) const
    {
        const QString& label = m_plan.items().at(index).label;
        if (m_sources.size() > 1 && index < sources.size() && sources.at(index) != nullptr) {
            return QStringLiteral("%1, %2").arg(QFileInfo(sources.at(index)->file).fileName(), label);
        }
        return label;
    }

    void VaultImport::report(QTextStream& stream) const
    {
        for (const QString& warning : m_plan.warnings()) {
            stream << warning << QLatin1Char('\n');
        }
        const QList<const Source*> sources = itemSources();
        // The duplicates by kind, and with several files, file by file.
        enum Kind
        {
            SkippedExisting,
            SkippedRepeated,
            AddedExisting,
            AddedRepeated,
            KindCount,
        };
        const QString sentences[KindCount] = {
            QStringLiteral("Already in the vault, not added again%1: %2."),
            QStringLiteral("Repeated in the import, added once%1: %2."),
            QStringLiteral("Already in the vault, added again as asked%1: %2."),
            QStringLiteral("Repeated in the import, added each time as asked%1: %2."),
        };
        QList<const Source*> order; // the sources in the order their duplicates appear
        QHash<const Source*, QStringList> duplicates[KindCount];
        QStringList added;
        const QList<ImportPlan::Item>& items = m_plan.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const ImportPlan::Item& item = items.at(i);
            if (item.status == ImportPlan::Status::Unreadable) {
                stream << QStringLiteral("Not added (%1): %2\n").arg(itemLabel(i, sources), item.reason);
                continue;
            }
            const bool included = m_plan.isIncluded(i);
            if (included) {
                added.append(item.label);
            }
            if (item.status != ImportPlan::Status::Duplicate) {
                continue;
            }
            const Source* source = m_sources.size() > 1 && i < sources.size() ? sources.at(i) : nullptr;
            if (!order.contains(source)) {
                order.append(source);
            }
            if (item.duplicateInImport) {
                duplicates[included ? AddedRepeated : SkippedRepeated][source].append(item.label);
                continue;
            }
            QStringList notes;
            if (item.duplicateOfName != item.label) {
                notes.append(QStringLiteral("same as %1").arg(item.duplicateOfName));
            }
            if (m_trashedIds.contains(item.duplicateOf)) {
                notes.append(QStringLiteral("in the trash"));
            }
            duplicates[included ? AddedExisting : SkippedExisting][source].append(
                notes.isEmpty() ? item.label : QStringLiteral("%1 (%2)").arg(item.label, notes.join(u", ")));
        }
        for (int kind = 0; kind < KindCount; ++kind) {
            for (const Source* source : std::as_const(order)) {
                const QStringList names = duplicates[kind].value(source);
                if (!names.isEmpty()) {
                    const QString file = source != nullptr
                        ? QStringLiteral(" (%1)").arg(QFileInfo(source->file).fileName())
                        : QString();
                    stream << sentences[kind].arg(file, names.join(u", ")) << QLatin1Char('\n');
                }
            }
        }
        if (m_applied) {
            stream << (added.isEmpty() ? QStringLiteral("No account was added.")
                                       : countedNames(QStringLiteral("Added"), added))
                   << QLatin1Char('\n');
        } else {
            stream << (added.isEmpty() ? QStringLiteral("No account would be added.")
                                       : countedNames(QStringLiteral("Would add"), added))
                   << QStringLiteral("\nDry run: nothing was written to the vault.\n");
        }
    }

    QJsonObject VaultImport::toJson() const
    {
        const QList<const Source*> sources = itemSources();
        QJsonArray entries;
        const QList<ImportPlan::Item>& items = m_plan.items();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const ImportPlan::Item& item = items.at(i);
            QJsonObject entry;
            if (!m_sources.isEmpty()) {
                entry.insert(QStringLiteral("file"),
                    i < sources.size() && sources.at(i) != nullptr ? QJsonValue(sources.at(i)->file)
                                                                   : QJsonValue(QJsonValue::Null));
            }
            entry.insert(QStringLiteral("status"), ImportPlan::statusName(item.status));
            entry.insert(QStringLiteral("label"), item.label);
            entry.insert(QStringLiteral("issuer"),
                item.account ? QJsonValue(item.account->issuer) : QJsonValue(QJsonValue::Null));
            entry.insert(QStringLiteral("account"),
                item.account ? QJsonValue(item.account->accountName) : QJsonValue(QJsonValue::Null));
            entry.insert(QStringLiteral("added"), m_plan.isIncluded(i));
            const auto id = m_addedIds.constFind(i);
            entry.insert(QStringLiteral("id"),
                id != m_addedIds.constEnd() ? QJsonValue(id->toString(QUuid::WithoutBraces))
                                            : QJsonValue(QJsonValue::Null));
            entry.insert(QStringLiteral("reason"), textOrNull(item.reason));
            const bool duplicate = item.status == ImportPlan::Status::Duplicate;
            entry.insert(QStringLiteral("duplicate_of"),
                duplicate && !item.duplicateInImport ? QJsonValue(item.duplicateOf.toString(QUuid::WithoutBraces))
                                                     : QJsonValue(QJsonValue::Null));
            entry.insert(QStringLiteral("duplicate_of_name"),
                duplicate ? QJsonValue(item.duplicateOfName) : QJsonValue(QJsonValue::Null));
            entry.insert(QStringLiteral("duplicate_in_import"), duplicate && item.duplicateInImport);
            entries.append(entry);
        }

        QJsonArray files;
        for (const Source& source : m_sources) {
            files.append(QJsonObject{
                {QStringLiteral("file"), source.file},
                {QStringLiteral("format"), source.format},
                {QStringLiteral("encrypted"), source.encrypted},
                {QStringLiteral("accounts"), qint64(source.accounts)},
                {QStringLiteral("unreadable"), qint64(source.unreadable)},
            });
        }
        QJsonObject object{
            {QStringLiteral("dry_run"), !m_applied},
            {QStringLiteral("added"), qint64(m_plan.addCount())},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(m_plan.warnings())},
            {QStringLiteral("files"), files},
            {QStringLiteral("entries"), entries},
        };
        for (const ImportPlan::Status status :
            {ImportPlan::Status::New, ImportPlan::Status::Duplicate, ImportPlan::Status::Unreadable}) {
            object.insert(ImportPlan::statusName(status), qint64(m_plan.count(status)));
        }
        return object;
    }
}
