#include "FuzzImport.h"
#include "TwoFasFormat.h"

#include <QJsonArray>
#include <QJsonObject>

// The decrypted services of an encrypted 2FAS backup (what AES-GCM yields after PBKDF2), without the KDF,
// read with the group list of the project's fixtures so that group links are followed too.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const tessera::TwoFasFormat format;
    static const QJsonArray groups{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("0a77e0ab-00aa-443d-9af9-e867dca95ef1")},
        {QStringLiteral("name"), QStringLiteral("Work")},
    }};
    tessera::fuzz::checkImport(format.readDecrypted(tessera::fuzz::bytes(data, size), groups));
    return 0;
}
