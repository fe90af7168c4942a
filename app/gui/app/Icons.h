#pragma once

#include <QIcon>

namespace tessera::gui
{
    /// Icons from the desktop's icon theme, with the symbolic SVGs in resources/icons/actions as
    /// the fallback where the theme has none (or there is no theme, as in a bare X session).
    class Icons
    {
    public:
        enum class Name
        {
            Search,
            Add,
            Menu,
            Back,
            Lock,
            Copy,
            Save,
            Print,
            Trash,
            Restore,
            Undo,
            Close,
            Warning,
            Reveal,
            Conceal,
        };

        static QIcon get(Name name);
        /// The application's icon (installed theme icon, else the copy built into the binary).
        static QIcon application();
    };
}
