#pragma once

#include "CommandContext.h"
#include "Result.h"

#include <QString>

namespace tessera::cli
{
    /// Where tessera-cli gets passwords and recovery keys, in the contract's order: a file given
    /// on the command line (first line, newline stripped), else the first line of standard input
    /// when it is not a terminal, else a prompt on the terminal without echo.
    class PasswordInput
    {
    public:
        /// The first line of FILE without its line break (kind InvalidInput when it cannot be read).
        [[nodiscard]] static Result<QString> firstLineOf(const QString& file, const QString& what);
        /// The whole content of FILE (a recovery key may be spread over lines).
        [[nodiscard]] static Result<QString> contentOf(const QString& file, const QString& what);

        /// The vault password: --password-file, else standard input, else a prompt.
        [[nodiscard]] static Result<QString> currentPassword(CommandContext& context);
        /// A new password (init, passwd): `file` when given; else standard input when it is not a
        /// terminal; else asked twice on the terminal. An empty password is refused.
        [[nodiscard]] static Result<QString> newPassword(CommandContext& context, const QString& file);

        /// The password of the backup file `backupFile` (import): `file` when given (--backup-password-file);
        /// else the next line of standard input when it is not a terminal (after the vault password, when
        /// that is read from there too); else a prompt naming `backupFile`.
        [[nodiscard]] static Result<QString> backupPassword(
            CommandContext& context, const QString& file, const QString& backupFile);
        /// The password for a new encrypted export: `file` when given; else the next line of standard
        /// input when it is not a terminal; else asked twice on the terminal. An empty password is refused.
        [[nodiscard]] static Result<QString> newBackupPassword(CommandContext& context, const QString& file);

        /// Asks on the terminal with echo off (restored even on Ctrl-C).
        [[nodiscard]] static Result<QString> prompt(CommandContext& context, const QString& label);

    private:
        /// The next line of standard input; `missing` is the error when there is none.
        [[nodiscard]] static Result<QString> firstLineOfInput(CommandContext& context, const QString& missing);
        /// Asks twice on the terminal; `nothingDone` ends the message when the two answers differ.
        [[nodiscard]] static Result<QString> promptTwice(
            CommandContext& context, const QString& label, const QString& nothingDone);
    };
}
