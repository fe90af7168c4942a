#pragma once

#include "Playbook.h"

#include <QList>

namespace tessera::gui
{
    /// The provider playbooks built into Tessera, read once for the whole desktop app (the readiness
    /// audit, the recovery and phone-swap assistants). Empty if they cannot be read: the test suite
    /// validates every bundled playbook, so that is a build that should not have shipped.
    class BundledPlaybooks
    {
    public:
        [[nodiscard]] static const QList<Playbook>& all();
    };
}
