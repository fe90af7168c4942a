#include "FuzzImport.h"
#include "TwoFasFormat.h"

// 2FAS backups, plain and encrypted: a plain backup is read in full, an encrypted one up to PBKDF2 (schema,
// groups, the ciphertext:salt:iv strings of the services and of the password check).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword<tessera::TwoFasFormat>(data, size);
}
