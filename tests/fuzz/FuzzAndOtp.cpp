#include "AndOtpFormat.h"
#include "FuzzImport.h"

// andOTP backups: a plain JSON list is read in full; an encrypted one (opaque bytes) up to the key derivation.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword<tessera::AndOtpFormat>(data, size);
}
