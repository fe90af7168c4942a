#pragma once

#include "Clock.h"
#include "Random.h"
#include "VaultStore.h"

namespace tessera
{
    /// What a Vault may be given instead of the real world, so tests are deterministic.
    struct VaultOptions
    {
        Random* random = nullptr; ///< keys, salts, nonces, UUIDs; null means Random::system()
        Clock::Source now;        ///< milliseconds since 1970 for timestamps; empty means the system clock
        bool purgeExpiredTrashOnUnlock = true;
        int busyTimeoutMs = VaultStore::DefaultBusyTimeoutMs; ///< how long a change waits for another writer
        /// Open the file read-only (SQLite mode=ro): no migration, no purge of the trash, every
        /// change refused. For backup copies a user brings accounts back from.
        bool readOnly = false;
    };
}
