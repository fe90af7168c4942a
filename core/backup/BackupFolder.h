#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace tessera
{
    class Vault;

    /// The automatic copies in a backup folder: how they are named, which files are copies, and
    /// what can be seen of one without or with the vault's key.
    ///
    /// A copy is named `tessera-YYYYMMDD-HHMMSS-mmm.tessera` after the time it was written (UTC, to
    /// the millisecond), so names sort by time. Anything else in the folder is never touched.
    class BackupFolder
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::BackupFolder)

    public:
        /// One copy found in a folder.
        struct Copy
        {
            QString path;
            QDateTime time; ///< from the file name (UTC)
            qint64 sizeBytes = 0;
            /// Accounts in the copy, not in the trash / in the trash: only when list() was given the
            /// unlocked vault the copy belongs to and the copy passed Vault::verifyCopy().
            std::optional<qsizetype> accountCount;
            std::optional<qsizetype> trashedCount;
            /// Why the counts are missing although a vault was given (another vault's copy, damage).
            QString problem;
        };

        /// What a copy holds that can be read without a key (its plaintext columns).
        struct Contents
        {
            QUuid vaultId;
            QSet<QUuid> accounts;
        };

        static constexpr const char* Prefix = "tessera-";
        static constexpr const char* Suffix = ".tessera";

        /// "tessera-20250102-030405-123.tessera" for 2025-01-02 03:04:05.123 UTC.
        [[nodiscard]] static QString fileName(const QDateTime& time);
        /// The time a copy's file name stands for; nullopt when the name is not a copy's.
        [[nodiscard]] static std::optional<QDateTime> timeFromFileName(const QString& fileName);

        /// The copies in `folder`, newest first. With `vault` unlocked, each copy is checked with
        /// Vault::verifyCopy() and its account counts are filled in (this decrypts every copy: about
        /// as long as unlocking each, without the key derivation). A missing folder is an error.
        [[nodiscard]] static Result<QList<Copy>> list(const QString& folder, const Vault* vault = nullptr);

        /// The vault id and account ids of the copy at `path`, read-only and without a key.
        [[nodiscard]] static Result<Contents> contents(const QString& path);
    };
}
