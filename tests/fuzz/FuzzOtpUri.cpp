#include "OtpGenerator.h"
#include "OtpUri.h"

#include <QString>

#include <cstddef>
#include <cstdint>

// Any text: parse must not crash; a parsed URI must round-trip through the strict writer and
// produce a code.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto uri = tessera::OtpUri::parse(text);
    if (uri.ok()) {
        const auto again = tessera::OtpUri::parse(uri->toString());
        if (!again.ok() || !(again.value() == uri.value())) {
            __builtin_trap();
        }
        (void)tessera::OtpGenerator::code(uri->parameters(), 1'700'000'000);
    }
    return 0;
}
