#include "ScanImport.h"

#include "ExitCode.h"
#include "ImportPlan.h"
#include "QrPayload.h"
#include "VaultImport.h"
#include "VaultSession.h"

#include <QFileInfo>

namespace tessera::cli
{
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

        auto planned = VaultImport::plan(vault, incoming);
        if (!planned) {
            return session.fail(planned.error());
        }
        if (auto applied = planned->apply(vault, now); !applied) {
            return session.fail(applied.error());
        }
        planned->report(context.err);
        if (planned->addCount() == 0 && planned->importPlan().count(ImportPlan::Status::Unreadable) > 0) {
            return InvalidInput;
        }
        return Success;
    }
}
