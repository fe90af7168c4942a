#pragma once

#include <QtGlobal>

namespace tessera
{
    /// Which key a key slot holds the master key for. The numbers are stored in the file.
    enum class SlotType : quint8
    {
        Password = 1,    ///< the user's password (Argon2id with the chosen preset)
        RecoveryKey = 2, ///< the 256-bit recovery key (Argon2id with the minimum parameters)
    };
}
