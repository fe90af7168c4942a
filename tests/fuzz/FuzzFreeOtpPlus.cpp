#include "FreeOtpPlusFormat.h"
#include "FuzzImport.h"

// FreeOTP+ JSON exports (never encrypted).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword<tessera::FreeOtpPlusFormat>(data, size);
}
