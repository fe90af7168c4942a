#pragma once

#include "CommandContext.h"
#include "GoogleMigrationImport.h"
#include "ImportResult.h"
#include "OtpUri.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::cli
{
    /// `scan --add`: collects the authenticator payloads found in the images (otpauth:// accounts and the
    /// Google Authenticator otpauth-migration:// codes, grouped by export across all images), then adds the
    /// new ones to the vault in one transaction. Accounts already in the vault are skipped; a missing
    /// migration code is named, the accounts of the codes that were found are still added.
    class ScanImport
    {
    public:
        /// Takes one payload found in `file`. Texts that are not authenticator codes are left out.
        void take(const QString& file, const QString& text);
        /// Whether any otpauth:// or otpauth-migration:// payload was taken (readable or not).
        [[nodiscard]] bool isEmpty() const;
        /// Opens the vault, adds the accounts, and reports on stderr what was added, skipped and why.
        /// Returns the exit code.
        int apply(CommandContext& context);

    private:
        struct Found
        {
            QString file;
            OtpUri uri;
        };

        QList<Found> m_uris;
        GoogleMigrationImport m_migration;
        QList<UnreadableEntry> m_unreadable;
        int m_authenticatorPayloads = 0;
    };
}
