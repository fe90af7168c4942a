#include "FuzzImport.h"
#include "PasswordKdf.h"
#include "TesseraBackupFormat.h"

// Tessera backups up to the key derivation: magic, version, algorithm ids and the Argon2id parameters, which
// must be within PasswordKdf's bounds whenever they are accepted.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto parameters = tessera::TesseraBackupFormat::kdfParameters(tessera::fuzz::bytes(data, size));
    if (!parameters) {
        tessera::fuzz::checkError(parameters.error());
    } else if (!tessera::PasswordKdf::checkBounds(*parameters)) {
        __builtin_trap();
    }
    return tessera::fuzz::readWithoutPassword<tessera::TesseraBackupFormat>(data, size);
}
