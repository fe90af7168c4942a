#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `scan IMAGE... [--json]`: every QR code in the images, each payload's exact text on its own line
    /// (or a JSON array of {file, payload, kind}). No vault is read or written.
    class ScanCommand : public Command
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
