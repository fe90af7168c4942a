#include "AndOtpFormat.h"
#include "FuzzImport.h"

// The decrypted content of an encrypted andOTP backup (what AES-GCM yields after PBKDF2), without the KDF.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readDecrypted<tessera::AndOtpFormat>(data, size);
}
