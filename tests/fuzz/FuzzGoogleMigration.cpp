#include "FuzzImport.h"
#include "GoogleMigration.h"
#include "GoogleMigrationFormat.h"

#include <QString>

// Google Authenticator transfer links as text: the whole input as one link (URI parsing, percent and base64
// decoding, then the payload), and as a file of links (GoogleMigrationFormat: links anywhere in the lines,
// codes of several exports collected).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input = tessera::fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);
    const auto payload = tessera::GoogleMigration::decodeUri(text);
    if (!payload) {
        tessera::fuzz::checkError(payload.error());
    } else {
        tessera::fuzz::checkImport(payload->content);
    }
    return tessera::fuzz::readWithoutPassword<tessera::GoogleMigrationFormat>(data, size);
}
