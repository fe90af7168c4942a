#pragma once

#include "Command.h"

namespace tessera::cli
{
    /// `edit QUERY [--issuer S] [--account S] [--note S] [--tags a,b] [--email S] [--phone S] ...`: changes the
    /// label, note, tags and recovery info of one account.
    class EditCommand : public Command
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
