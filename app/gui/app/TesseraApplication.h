#pragma once

#include <QCoreApplication>

namespace tessera::gui
{
    /// Start-up of the desktop app, in order: process hardening, the crypto self-test (a failure
    /// is shown and ends the process), the command line, the single-instance check (a second
    /// `tessera` hands its arguments to the running one and exits), settings and theme, then the
    /// AppController and the event loop.
    class TesseraApplication
    {
        Q_DECLARE_TR_FUNCTIONS(TesseraApplication)

    public:
        /// What main() returns.
        static int run(int argc, char* argv[]);
    };
}
