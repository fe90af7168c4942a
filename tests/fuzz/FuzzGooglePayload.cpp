#include "FuzzImport.h"
#include "GoogleMigration.h"
#include "GoogleMigrationImport.h"
#include "Random.h"

#include <cstring>

namespace
{
    /// Deterministic bytes, so that a crash reproduces.
    class CountingRandom final : public tessera::Random
    {
    public:
        void fill(unsigned char* buffer, std::size_t size) override
        {
            for (std::size_t i = 0; i < size; ++i) {
                buffer[i] = static_cast<unsigned char>(++m_next | 1U);
            }
        }

    private:
        unsigned char m_next = 0;
    };

    bool sameParameters(const tessera::OtpParameters& a, const tessera::OtpParameters& b)
    {
        return a.type() == b.type() && a.algorithm() == b.algorithm() && a.digits() == b.digits()
            && a.period() == b.period() && a.counter() == b.counter() && a.secret() == b.secret();
    }
}

// Google Authenticator transfer payloads (the protobuf inside otpauth-migration://offline?data=...): any bytes
// decode to a payload or a clear error; a decoded payload can be collected, and its accounts encoded again
// as transfer codes decode back to the same OTP parameters.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using tessera::GoogleMigration;
    const auto payload = GoogleMigration::decodePayload(tessera::fuzz::bytes(data, size));
    if (!payload) {
        tessera::fuzz::checkError(payload.error());
        return 0;
    }
    if (payload->batchSize < 1 || payload->batchSize > GoogleMigration::MaxBatchSize || payload->batchIndex < 0
        || payload->batchIndex >= payload->batchSize || payload->digest.size() != 32
        || payload->content.accounts.size() > GoogleMigration::MaxAccountsPerPayload) {
        __builtin_trap();
    }
    tessera::fuzz::checkImport(payload->content);

    tessera::GoogleMigrationImport collected;
    collected.addPayload(*payload);
    collected.addPayload(*payload); // the same code scanned twice counts once
    if (collected.codeCount() != 1) {
        __builtin_trap();
    }
    tessera::fuzz::checkImport(collected.result());

    const QList<tessera::Account>& accounts = payload->content.accounts;
    if (accounts.isEmpty()) {
        return 0;
    }
    CountingRandom random;
    const auto encoded = GoogleMigration::encode(accounts, random);
    if (!encoded) {
        tessera::fuzz::checkError(encoded.error());
        return 0;
    }
    if (!encoded->leftOut.isEmpty()) {
        return 0; // e.g. a secret too long for one QR code
    }
    QList<tessera::Account> again;
    for (const QString& uri : encoded->uris) {
        const auto decoded = GoogleMigration::decodeUri(uri);
        if (!decoded || uri.size() > GoogleMigration::MaxUriLength) {
            __builtin_trap();
        }
        again.append(decoded->content.accounts);
    }
    if (again.size() != accounts.size()) {
        __builtin_trap();
    }
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (!sameParameters(accounts[i].parameters, again[i].parameters)) {
            __builtin_trap();
        }
    }
    return 0;
}
