#include "ScanImport.h"

#include "ExitCode.h"
#include "ImportPlan.h"
#include "QrPayload.h"
#include "VaultSession.h"

#include <QFileInfo>

namespace tessera::cli
{
    namespace
    {
        QString names(const QList<Account>& accounts)
        {
            QStringList list;
            for (const Account& account : accounts) {
                list.append(account.displayName());
            }
            return list.join(QStringLiteral(", "));
        }
    }

    void ScanImport::take(const QString& file, const QString& text)
    {
        const QString label = QFileInfo(file).fileName();
        switch (QrPayload::classify(text)) {
        case QrPayload::Kind::OtpAuth: {
            ++m_authenticatorPayloads;
            auto uri = OtpUri::parse(text.trimmed());
            if (uri) {
                m_uris.append({file, *uri});
            } else {
                m_unreadable.append({label, uri.error().message()});
            }
            break;
        }
        case QrPayload::Kind::OtpAuthMigration: {
            ++m_authenticatorPayloads;
            auto added = m_migration.addUri(text.trimmed());
            if (!added) {
                m_unreadable.append({label, added.error().message()});
            }
            break;
        }
        case QrPayload::Kind::Other:
            break;
        }
    }

    bool ScanImport::isEmpty() const
    {
        return m_authenticatorPayloads == 0;
    }

    int ScanImport::apply(CommandContext& context)
    {
        VaultSession session(context);
        if (isEmpty()) {
            session.tell(QStringLiteral("Nothing was added: none of the QR codes is an authenticator code."));
            return NoMatch;
        }
        if (auto failed = session.unlock(VaultSession::Access::Write)) {
            return *failed;
        }
        Vault& vault = session.vault();
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(context.clock.nowMilliseconds(), Qt::UTC);

        ImportResult incoming;
        for (const Found& found : std::as_const(m_uris)) {
            Account account = Account::fromUri(found.uri, now);
            account.id = QUuid(); // the vault gives it one
            incoming.accounts.append(account);
        }
        if (m_migration.codeCount() > 0) {
            incoming.append(m_migration.result());
        }
        incoming.unreadable.append(m_unreadable);

        QList<Account> existing;
        for (const AccountSummary& summary : vault.accounts(Vault::Filter::Active)) {
            auto account = vault.account(summary.id);
            if (!account) {
                return session.fail(account.error());
            }
            existing.append(*account);
        }
        const ImportPlan plan = ImportPlan::create(incoming, existing);
        const QList<Account> toAdd = plan.accountsToAdd(now);
        if (!toAdd.isEmpty()) {
            auto ids = vault.addAll(toAdd);
            if (!ids) {
                return session.fail(ids.error());
            }
        }

        QList<Account> skipped;
        for (const ImportPlan::Item& item : plan.items()) {
            if (item.status == ImportPlan::Status::Duplicate && item.account) {
                skipped.append(*item.account);
            } else if (item.status == ImportPlan::Status::Unreadable) {
                session.tell(QStringLiteral("Not added (%1): %2").arg(item.label, item.reason));
            }
        }
        for (const QString& warning : plan.warnings()) {
            session.tell(warning);
        }
        if (!skipped.isEmpty()) {
            session.tell(QStringLiteral("Already in the vault, not added again: %1.").arg(names(skipped)));
        }
        if (toAdd.isEmpty()) {
            session.tell(QStringLiteral("No account was added."));
            return plan.count(ImportPlan::Status::Unreadable) > 0 ? InvalidInput : Success;
        }
        session.tell(toAdd.size() == 1 ? QStringLiteral("Added 1 account: %1.").arg(names(toAdd))
                                       : QStringLiteral("Added %1 accounts: %2.").arg(toAdd.size()).arg(names(toAdd)));
        return Success;
    }
}
