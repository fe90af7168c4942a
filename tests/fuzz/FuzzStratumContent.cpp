#include "FuzzImport.h"
#include "StratumFormat.h"

// The decrypted content of an encrypted Stratum backup (what the cipher yields after Argon2id or PBKDF2),
// without the KDF.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readDecrypted<tessera::StratumFormat>(data, size);
}
