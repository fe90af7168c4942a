#pragma once

namespace tessera::gui
{
    /// The theme the user chose in the settings.
    enum class ThemeMode
    {
        System, ///< follow the desktop (portal colour scheme, else the platform palette)
        Light,
        Dark,
    };

    /// The desktop's colour-scheme preference, as org.freedesktop.appearance color-scheme gives it.
    enum class ColorScheme
    {
        NoPreference = 0,
        PreferDark = 1,
        PreferLight = 2,
    };

    /// When the list shows codes.
    enum class CodeReveal
    {
        Always,  ///< every code is visible
        OnClick, ///< codes show as bullets until clicked
    };

    /// The order of the account list.
    enum class SortMode
    {
        FavoritesThenManual, ///< favourites first, then the user's drag-and-drop order
        Alphabetical,        ///< favourites first, then by issuer and account name
    };
}
