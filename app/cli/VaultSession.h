#pragma once

#include "AccountSummary.h"
#include "CommandContext.h"
#include "Error.h"
#include "Result.h"
#include "Vault.h"

#include <QString>

#include <memory>
#include <optional>

namespace tessera::cli
{
    /// What every vault command does first: find the vault (--vault or the default path), get the
    /// password or recovery key the contract's way, unlock, report integrity problems, and pick
    /// the account a QUERY names. Errors are printed here, once, and turned into exit codes.
    class VaultSession
    {
    public:
        enum class Access
        {
            Read,  ///< integrity problems are printed as warnings; healthy accounts can still be read
            Write, ///< integrity problems refuse the command (exit 3) before anything is written
        };

        explicit VaultSession(CommandContext& context);

        /// --vault, or $XDG_DATA_HOME/tessera/vault.tessera.
        [[nodiscard]] QString path() const;
        /// Options for a Vault that takes its time from the command's clock.
        [[nodiscard]] VaultOptions options() const;

        /// Unlocks the vault. Returns nullopt when it is ready, or the exit code after printing why not.
        [[nodiscard]] std::optional<int> unlock(Access access);
        [[nodiscard]] Vault& vault() { return *m_vault; }

        /// The one account QUERY names among the active accounts, or (restore, purge) the trash.
        [[nodiscard]] Result<AccountSummary> find(const QString& query, Vault::Filter filter) const;

        /// Prints the error's message on stderr and returns its exit code.
        int fail(const Error& error) const;
        /// Prints a message for people on stderr.
        void tell(const QString& message) const;

    private:
        [[nodiscard]] Result<Credential> credential() const;

        CommandContext& m_context;
        std::unique_ptr<Vault> m_vault;
    };
}
