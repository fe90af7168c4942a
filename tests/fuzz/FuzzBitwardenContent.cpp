#include "BitwardenFormat.h"
#include "FuzzImport.h"

// The decrypted content of a password-protected Bitwarden export (what AES-CBC yields after PBKDF2 or
// Argon2id and HKDF), without the KDF.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readDecrypted<tessera::BitwardenFormat>(data, size);
}
