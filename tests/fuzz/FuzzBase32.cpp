#include "Base32.h"

#include <QString>

#include <cstddef>
#include <cstdint>

// Base32 decoding of arbitrary text must never crash, and whatever decodes must encode back to
// the same bytes.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto decoded = tessera::Base32::decode(text);
    if (decoded.ok()) {
        const auto again = tessera::Base32::decode(tessera::Base32::encode(decoded.value()));
        if (!again.ok() || again.value() != decoded.value()) {
            __builtin_trap();
        }
    }
    return 0;
}
