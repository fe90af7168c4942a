#include "AegisFormat.h"
#include "FuzzImport.h"

// The decrypted content of an encrypted Aegis vault (what AES-GCM yields after scrypt), without the KDF.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readDecrypted<tessera::AegisFormat>(data, size);
}
