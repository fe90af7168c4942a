#pragma once

#include "ImportResult.h"
#include "OtpGenerator.h"
#include "Result.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <optional>

// Shared by the importer fuzz targets: what every reader promises on any input.
namespace tessera::fuzz
{
    inline QByteArrayView bytes(const std::uint8_t* data, std::size_t size)
    {
        return {reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)};
    }

    /// An error always says what is wrong.
    inline void checkError(const Error& error)
    {
        if (error.message().trimmed().isEmpty()) {
            __builtin_trap();
        }
    }

    /// An error with a message, or accounts whose parameters produce codes and unreadable entries that are
    /// named and give a reason.
    inline void checkImport(const Result<ImportResult>& result)
    {
        if (!result) {
            checkError(result.error());
            return;
        }
        for (const UnreadableEntry& entry : result->unreadable) {
            if (entry.label.isEmpty() || entry.reason.isEmpty()) {
                __builtin_trap();
            }
        }
        for (const Account& account : result->accounts) {
            if (account.parameters.secret().isEmpty()
                || OtpGenerator::code(account.parameters, 1'700'000'000).size() != account.parameters.digits()) {
                __builtin_trap();
            }
        }
    }

    /// A format read without a password: a plain file is read in full, an encrypted one as far as its
    /// container goes (everything before the key derivation).
    template <typename FormatType> int readWithoutPassword(const std::uint8_t* data, std::size_t size)
    {
        static const FormatType format;
        const QByteArrayView input = bytes(data, size);
        (void)format.detect(input);
        const bool encrypted = format.isEncrypted(input);
        const auto result = format.read(input, std::nullopt);
        checkImport(result);
        // Nothing that needs a password is ever read without one.
        if (encrypted && result && !result->accounts.isEmpty()) {
            __builtin_trap();
        }
        return 0;
    }

    /// The decrypted-content parser behind a format's key derivation.
    template <typename FormatType> int readDecrypted(const std::uint8_t* data, std::size_t size)
    {
        static const FormatType format;
        checkImport(format.readDecrypted(bytes(data, size)));
        return 0;
    }
}
