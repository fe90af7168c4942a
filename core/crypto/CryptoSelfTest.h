#pragma once

#include "Result.h"

namespace tessera
{
    /// Known-answer tests of the primitives, run at start-up by both executables before any
    /// vault is touched. A failure means the crypto library is broken or mislinked.
    class CryptoSelfTest
    {
    public:
        [[nodiscard]] static Result<void> run();
    };
}
