#include "FuzzImport.h"
#include "TesseraBackupFormat.h"

// The decrypted content of a Tessera backup (what XChaCha20-Poly1305 yields after Argon2id), without the KDF.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readDecrypted<tessera::TesseraBackupFormat>(data, size);
}
