#pragma once

#include "Clock.h"

#include <QIODevice>
#include <QString>
#include <QTextStream>

namespace tessera::cli
{
    /// What a command may use of the outside world. Everything is injected, so commands run
    /// the same in a test as in a terminal.
    struct CommandContext
    {
        QTextStream& out;  ///< results (for scripts): stdout
        QTextStream& err;  ///< messages and errors for people: stderr
        QIODevice& in;     ///< stdin (passwords when it is not a terminal)
        bool inIsTerminal; ///< whether to prompt without echo
        Clock& clock;

        // Global options (valid before or after the command name).
        QString vaultPath;
        QString passwordFile;
        QString recoveryKeyFile;
    };
}
