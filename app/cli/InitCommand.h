#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `init [--kdf standard|fast|strong | --kdf-ops N --kdf-mem-mib M] [--recovery-key-out FILE]`: creates a
    /// vault (never over an existing file) and prints its recovery key once.
    class InitCommand : public Command
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
