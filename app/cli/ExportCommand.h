#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `export --format tessera|aegis|aegis-plain|uris|google-migration|pdf --out PATH [--backup-password-file F]`:
    /// writes the vault's accounts to a Tessera backup, an Aegis vault (encrypted or plain), a list of
    /// otpauth:// links, Google Authenticator transfer codes (a folder of QR images and their links) or a
    /// printable PDF. Every file is written atomically and readable by its owner only.
    class ExportCommand : public Command
    {
    public:
        /// The files `--format google-migration` writes into PATH besides the QR images.
        static constexpr QStringView TransferLinksFileName = u"google-authenticator.txt";

        [[nodiscard]] QString name() const override;
        [[nodiscard]] QString summary() const override;
        [[nodiscard]] QString description() const override;
        [[nodiscard]] QList<Argument> arguments() const override;
        [[nodiscard]] QList<QCommandLineOption> options() const override;
        int execute(const QCommandLineParser& parser, CommandContext& context) override;
        /// `--format pdf` draws text, which needs fonts.
        [[nodiscard]] bool needsGuiApplication(const QCommandLineParser& parser) const override;
    };
}
