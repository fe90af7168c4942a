#pragma once

#include "Clock.h"
#include "PasswordKdf.h"
#include "VaultOptions.h"

#include <QString>

#include <functional>

namespace tessera::gui
{
    class AppSettings;
    class TimeSource;

    /// What the desktop app is given instead of the real world, so tests can drive it: the
    /// settings storage, elapsed time and timers (auto-lock, clipboard, countdowns), the clock
    /// codes are computed from, the key derivation cost of the presets, and whether to talk to
    /// the desktop (tray, screen-lock signals) at all.
    struct AppContext
    {
        using KdfPolicy = std::function<PasswordKdf::Parameters(PasswordKdf::Preset)>;

        AppContext(AppSettings& settings, TimeSource& time, Clock& clock)
            : settings(settings)
            , time(time)
            , clock(clock)
        { }

        AppSettings& settings;
        TimeSource& time;
        Clock& clock;
        /// The vault file; empty means the last one opened, else the default location.
        QString vaultPath;
        VaultOptions vaultOptions;
        /// The Argon2id parameters of each preset offered when a password is set.
        KdfPolicy kdfParameters = &PasswordKdf::preset;
        /// Tray icon and screen-lock/suspend listener (tests turn them off).
        bool desktopIntegration = true;
    };
}
