#pragma once

#include "Account.h"
#include "Playbook.h"
#include "PlaybookMatcher.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tessera
{
    /// The printable recovery kit: a PDF with one sheet per account (one account, or all of them)
    /// holding what its provider's recovery asks for: issuer, account, email, the phone number in
    /// E.164 form, the unused recovery codes, the provider's recovery page, a summary of the
    /// matching playbook (the generic one when no provider matches) and, if asked, the account's
    /// QR code. Every sheet starts with a plain warning, since the sheet can sign the reader in.
    ///
    /// The file is written atomically (QSaveFile) and is readable by its owner only (0600) from the
    /// moment it exists. Rendering needs fonts, so it needs a QGuiApplication (the offscreen
    /// platform will do); without one, write() fails with an error instead of aborting.
    class RecoveryKit
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::RecoveryKit)

    public:
        struct Options
        {
            bool includeQrCodes = false; ///< the QR code holds the seed itself
            /// Two-letter region for phone numbers stored without '+' ("GB"); empty: none.
            QString defaultRegion;
            QDateTime createdAt; ///< printed on each sheet; null: not printed
        };

        /// Untranslated; QCoreApplication::translate("tessera::RecoveryKit", Warning) gives the translation.
        static constexpr auto Warning
            = QT_TRANSLATE_NOOP("tessera::RecoveryKit", "Anyone with this sheet can sign in as you");

        explicit RecoveryKit(QList<Playbook> playbooks);

        /// Writes the kit for `accounts` (those in the trash are left out) to `path`, replacing an
        /// existing file only when the whole kit was written.
        [[nodiscard]] Result<void> write(
            const QList<Account>& accounts, const QString& path, const Options& options) const;

    private:
        PlaybookMatcher m_matcher;
    };
}
