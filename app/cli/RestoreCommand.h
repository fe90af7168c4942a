#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `restore QUERY`: brings an account back from the trash.
    class RestoreCommand : public Command
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
