#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `qr QUERY --out FILE.png|FILE.svg`: writes the account's otpauth:// URI as a QR code, readable by
    /// a phone's authenticator app. The file holds the secret: it is written owner-only (0600).
    class QrCommand : public Command
    {
    public:
        /// Pixels (PNG) or user units (SVG) per module: large enough to print and to scan from a screen.
        static constexpr int ModuleSize = 10;

        [[nodiscard]] QString name() const override;
        [[nodiscard]] QString summary() const override;
        [[nodiscard]] QString description() const override;
        [[nodiscard]] QList<Argument> arguments() const override;
        [[nodiscard]] QList<QCommandLineOption> options() const override;
        int execute(const QCommandLineParser& parser, CommandContext& context) override;
    };
}
