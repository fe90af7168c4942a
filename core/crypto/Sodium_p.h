#pragma once

// Private to core/crypto: the one place that includes libsodium.
#include <sodium.h>

namespace tessera::detail
{
    /// sodium_init() once; safe to call from any thread. Returns false when libsodium cannot start.
    bool ensureSodium();
}
