#pragma once

#include "Error.h"

namespace tessera::cli
{
    /// Exit codes of tessera-cli: part of its stable contract (docs/architecture.md).
    enum ExitCode : int
    {
        Success = 0,
        Usage = 1,
        WrongPassword = 2,
        InvalidInput = 3,
        NoMatch = 4,
        IoError = 5,
    };

    ExitCode exitCodeFor(Error::Kind kind);
}
