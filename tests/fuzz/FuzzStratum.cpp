#include "FuzzImport.h"
#include "StratumFormat.h"

// Stratum / Authenticator Pro backups: plain JSON in full; the encrypted layouts (AES-GCM after Argon2id,
// legacy AES-CBC after PBKDF2) up to the key derivation.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword<tessera::StratumFormat>(data, size);
}
