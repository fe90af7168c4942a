#include "FormatDetector.h"
#include "FuzzImport.h"

// Any file: detection picks a format (with a confidence, and whether it is encrypted) or says clearly why
// none fits, naming the app of a file Tessera cannot read; the detected format then reads the file without
// a password.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::FormatDetector detector;
    const QByteArrayView input = tessera::fuzz::bytes(data, size);
    (void)tessera::FormatDetector::unsupportedFormat(input);
    const auto detection = detector.detect(input);
    if (!detection) {
        tessera::fuzz::checkError(detection.error());
    } else if (detection->format == nullptr || detection->confidence <= tessera::Format::NotThisFormat
        || detection->encrypted != detection->format->isEncrypted(input)) {
        __builtin_trap();
    }
    tessera::fuzz::checkImport(detector.read(input, std::nullopt));
    return 0;
}
