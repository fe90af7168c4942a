#pragma once

#include "PasswordKdf.h"
#include "Random.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tessera
{
    /// How to write an export. Randomness and time are injected so tests are deterministic.
    struct ExportOptions
    {
        /// Encrypts the export when set (Aegis: encrypted instead of plain; Tessera backup: required).
        std::optional<QString> password;
        /// Argon2id parameters of a Tessera backup (bounded by PasswordKdf::checkBounds).
        PasswordKdf::Parameters backupKdf = PasswordKdf::preset(PasswordKdf::Preset::Standard);
        Random* random = nullptr; ///< nullptr: Random::system()
        QDateTime now;            ///< null: the current time

        [[nodiscard]] Random& randomSource() const { return random != nullptr ? *random : Random::system(); }
        [[nodiscard]] QDateTime timestamp() const { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }
    };
}
