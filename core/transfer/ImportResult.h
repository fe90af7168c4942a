#pragma once

#include "Account.h"
#include "UnreadableEntry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera
{
    /// What reading an export gave: the accounts, the entries that could not be read (each with the
    /// reason), and warnings about the file as a whole (a missing Google Authenticator code, a
    /// detail the format loses). Nothing has been written anywhere yet: ImportPlan decides that.
    struct ImportResult
    {
        QString formatId; ///< Format::id() of the reader
        QList<Account> accounts;
        QList<UnreadableEntry> unreadable;
        QStringList warnings;

        /// Appends another result's accounts, unreadable entries and warnings (for several files at once).
        void append(const ImportResult& other);
        [[nodiscard]] bool isEmpty() const { return accounts.isEmpty() && unreadable.isEmpty(); }
    };
}
