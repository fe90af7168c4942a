#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `audit [--json]`: recovery readiness of the vault and every account (ReadinessAudit), worst
    /// first. Findings are results, not errors: the exit code is 0 whenever the audit ran.
    class AuditCommand : public Command
    {
    public:
        [[nodiscard]] QString name() const override;
        [[nodiscard]] QString summary() const override;
        [[nodiscard]] QString description() const override;
        [[nodiscard]] QList<Argument> arguments() const override;
        [[nodiscard]] QList<QCommandLineOption> options() const override;
        int execute(const QCommandLineParser& parser, CommandContext& context) override;

        /// Why the vault-wide findings appear on every run for now: said in --help and each run.
        static QString bookkeepingNote();
    };
}
