#include "BitwardenFormat.h"
#include "FuzzImport.h"
#include "JsonFields.h"

// Bitwarden JSON exports: an unencrypted one is read in full, a password-protected one up to the key
// derivation (KDF type and bounds, salt, the "2.iv|data|mac" strings). CSV has its own target.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (!tessera::JsonFields::looksLikeJson(tessera::fuzz::bytes(data, size), '{')) {
        return -1; // CSV: not this target's business, and not worth keeping in its corpus
    }
    return tessera::fuzz::readWithoutPassword<tessera::BitwardenFormat>(data, size);
}
