#pragma once

#include <QLoggingCategory>

namespace tessera::gui
{
    /// Diagnostics of the desktop integration (D-Bus, single instance, tray). Debug messages
    /// only appear with QT_LOGGING_RULES="tessera.desktop.debug=true": a desktop without a
    /// screen saver service or a portal is normal, not an error worth printing.
    Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
}
