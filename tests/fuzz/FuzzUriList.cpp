#include "FuzzImport.h"
#include "UriListFormat.h"

// Lists of otpauth:// links, one per line (with otpauth-migration:// lines read as Google Authenticator codes).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword<tessera::UriListFormat>(data, size);
}
