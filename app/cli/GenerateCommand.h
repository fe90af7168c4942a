#pragma once

#include "Command.h"

#include <optional>

namespace tessera::cli
{
    /// `generate URI [--at UNIX_SECONDS] [--next]`: the code for an otpauth:// URI, no vault.
    class GenerateCommand : public Command
    {
    public:
        [[nodiscard]] QString name() const override;
        [[nodiscard]] QString summary() const override;
        [[nodiscard]] QString description() const override;
        [[nodiscard]] QList<Argument> arguments() const override;
        [[nodiscard]] QList<QCommandLineOption> options() const override;
        int execute(const QCommandLineParser& parser, CommandContext& context) override;

        /// Reads --at: a whole number of seconds since 1970 (0 or more). Shared with `code`.
        static std::optional<qint64> parseAt(const QCommandLineParser& parser, CommandContext& context, bool* ok);
    };
}
