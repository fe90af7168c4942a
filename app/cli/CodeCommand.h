#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `code QUERY [--at UNIX_SECONDS] [--next] [--json]`: the current code; HOTP advances and saves its counter.
    class CodeCommand : public Command
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
