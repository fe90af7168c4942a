#include "IntegrityIssue.h"

namespace tessera
{
    QString IntegrityIssue::message() const
    {
        const QString id = accountId.isNull() ? tr("(unreadable id)") : accountId.toString(QUuid::WithoutBraces);
        switch (kind) {
        case Kind::MissingAccount:
            return tr("Account %1 is missing from the vault file: its row was deleted outside Tessera. "
                      "Restore a backup to get it back.")
                .arg(id);
        case Kind::OlderRevision:
            return tr("Account %1 was replaced by an older copy of itself outside Tessera (revision %2 "
                      "instead of %3). Its latest changes are not in the file.")
                .arg(id)
                .arg(foundRevision)
                .arg(expectedRevision);
        case Kind::UnexpectedRevision:
            return tr("Account %1 has revision %2 where the vault expects %3: the file was changed "
                      "outside Tessera.")
                .arg(id)
                .arg(foundRevision)
                .arg(expectedRevision);
        case Kind::UnlistedAccount:
            return tr("Account %1 is in the vault file but not in its list of accounts: it was deleted "
                      "and put back, or added outside Tessera. It is not shown.")
                .arg(id);
        case Kind::DamagedAccount:
            return tr("Account %1 is damaged: its encrypted record failed the authenticity check or "
                      "cannot be decoded. Restore a backup to get it back.")
                .arg(id);
        case Kind::UnsupportedAccount:
            return tr("Account %1 was written by a newer version of Tessera and cannot be read by this "
                      "one. Update Tessera.")
                .arg(id);
        case Kind::DamagedManifest:
            return tr("The vault's list of accounts is damaged, so deleted or replaced accounts cannot "
                      "be detected. The accounts that could be read are shown.");
        }
        return {};
    }

    QString IntegrityIssue::code() const
    {
        switch (kind) {
        case Kind::MissingAccount:
            return QStringLiteral("missing-account");
        case Kind::OlderRevision:
            return QStringLiteral("older-revision");
        case Kind::UnexpectedRevision:
            return QStringLiteral("unexpected-revision");
        case Kind::UnlistedAccount:
            return QStringLiteral("unlisted-account");
        case Kind::DamagedAccount:
            return QStringLiteral("damaged-account");
        case Kind::UnsupportedAccount:
            return QStringLiteral("unsupported-account");
        case Kind::DamagedManifest:
            return QStringLiteral("damaged-manifest");
        }
        return {};
    }
}
