#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `clock [--server HOST[:PORT]] [--json]`: how far this computer's clock is off, by one SNTP
    /// query, plus whether the system says its clock is synchronised (timedated). No vault.
    class ClockCommand : public Command
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
