#pragma once

namespace tessera
{
    /// Start-up hardening shared by both executables: no core dumps (they would contain decrypted
    /// seeds) and a non-dumpable process, so other processes of the same user cannot ptrace it
    /// or read its memory through /proc.
    class ProcessHardening
    {
    public:
        /// Returns false when a step could not be applied (the process still runs).
        static bool apply();

        static bool coreDumpsDisabled();
        static bool isDumpable();
    };
}
