#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace tessera
{
    /// Argon2id (v1.3, one lane, as libsodium computes it) from a password to a key.
    class PasswordKdf
    {
        Q_DECLARE_TR_FUNCTIONS(tessera::PasswordKdf)

    public:
        struct Parameters
        {
            quint32 opsLimit = 0;      ///< passes over memory
            quint64 memLimitBytes = 0; ///< memory in bytes

            bool operator==(const Parameters&) const = default;
        };

        enum class Preset
        {
            Fast,     ///< libsodium INTERACTIVE: 2 passes, 64 MiB
            Standard, ///< libsodium MODERATE: 3 passes, 256 MiB (the default)
            Strong,   ///< libsodium SENSITIVE: 4 passes, 1 GiB
        };

        // Bounds for parameters read from a file: below them the KDF is weak, above them opening
        // a file becomes a denial of service.
        static constexpr quint32 MinOps = 1;
        static constexpr quint32 MaxOps = 20;
        static constexpr quint64 MinMemBytes = 8ULL << 20;
        static constexpr quint64 MaxMemBytes = 2ULL << 30;
        static constexpr int SaltBytes = 16;
        static constexpr int KeyBytes = 32;

        static Parameters preset(Preset preset);
        static std::optional<Preset> parsePreset(QStringView name); ///< "fast", "standard", "strong"
        static QString presetName(Preset preset);

        /// The smallest parameters within the bounds: what tests use so they stay fast.
        static Parameters minimum() { return {MinOps, MinMemBytes}; }

        /// Refuses parameters outside the bounds with an error that says which and why.
        [[nodiscard]] static Result<void> checkBounds(const Parameters& parameters);

        /// Derives `keyBytes` bytes. The password is UTF-8 with its length in bytes.
        [[nodiscard]] static Result<SecureBytes> derive(QByteArrayView passwordUtf8,
            QByteArrayView salt,
            const Parameters& parameters,
            std::size_t keyBytes = KeyBytes);

        /// The same computation without our bounds (used only by the start-up self-test's
        /// tiny known-answer vector).
        [[nodiscard]] static Result<SecureBytes> deriveUnbounded(
            QByteArrayView passwordUtf8, QByteArrayView salt, const Parameters& parameters, std::size_t keyBytes);
    };
}
