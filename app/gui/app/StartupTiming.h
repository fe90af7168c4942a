#pragma once

#include <QtGlobal>

namespace tessera::gui
{
    /// How long ago this process started, for the start-up measurement printed when
    /// TESSERA_STARTUP_TIMING is set (time to a painted unlock page).
    class StartupTiming
    {
    public:
        /// Milliseconds since the kernel started the process (from /proc/self/stat, 10 ms
        /// resolution), or -1 where that is not known.
        [[nodiscard]] static qint64 millisecondsSinceProcessStart();
        [[nodiscard]] static bool isEnabled();
        /// Prints "tessera: <what> <n> ms after process start" to standard error when enabled.
        static void report(const char* what);
    };
}
