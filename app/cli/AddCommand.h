#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `add URI` or `add --issuer I --account A --secret B32 [--type ...] ...`: adds an account, prints its id.
    class AddCommand : public Command
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
