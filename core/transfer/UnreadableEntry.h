#pragma once

#include <QString>

namespace tessera
{
    /// An entry of an import that Tessera could not turn into an account, with the reason. Nothing is
    /// imported for it; the plan lists it so the user knows what is missing.
    struct UnreadableEntry
    {
        QString label;  ///< how the source names it: "Example (alice)", "entry 3", "line 7", "code 2 of 3"
        QString reason; ///< one sentence: what is wrong

        bool operator==(const UnreadableEntry&) const = default;
    };
}
