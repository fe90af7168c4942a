#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `import FILE... [--format F] [--backup-password-file F] [--duplicates skip|import] [--dry-run] [--json]`:
    /// reads other apps' exports and Tessera backups, plans the import against the vault (new, duplicate,
    /// unreadable with the reason), adds the accounts in one transaction and prints the plan. Every file is
    /// read before anything is written; on any error nothing is.
    class ImportCommand : public Command
    {
    public:
        [[nodiscard]] QString name() const override;
        [[nodiscard]] QString summary() const override;
        [[nodiscard]] QString description() const override;
        [[nodiscard]] QList<Argument> arguments() const override;
        [[nodiscard]] QList<QCommandLineOption> options() const override;
        int execute(const QCommandLineParser& parser, CommandContext& context) override;
    };
}
