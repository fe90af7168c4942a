#include "EnteFormat.h"
#include "FuzzImport.h"

// Ente Auth plain exports: otpauth:// lines with URL-encoded JSON display settings (codeDisplay).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword<tessera::EnteFormat>(data, size);
}
