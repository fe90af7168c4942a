#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `passwd --new-password-file FILE`: changes the vault password (the accounts are not re-encrypted).
    class PasswdCommand : public Command
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
