#include "AegisFormat.h"
#include "FuzzImport.h"

// Aegis files, plain and encrypted: a plain vault is read in full, an encrypted one up to the scrypt key
// derivation (header, password slots and their parameter bounds, nonce, tag, base64 content).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword<tessera::AegisFormat>(data, size);
}
