#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `resync QUERY --code C [--code C2] [--at UNIX_SECONDS] [--apply]`: finds why an account's
    /// codes are rejected, from codes read elsewhere (Resync): the TOTP period offset within ±10
    /// periods, other OTP settings that produce the codes, or the HOTP counter. --apply saves the
    /// settings or the counter found. Nothing found: exit 4.
    class ResyncCommand : public Command
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
