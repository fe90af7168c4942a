#include "ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace tessera
{
    bool ProcessHardening::apply()
    {
        bool ok = true;
        const rlimit none{0, 0};
        if (setrlimit(RLIMIT_CORE, &none) != 0) {
            ok = false;
        }
        if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
            ok = false;
        }
        return ok;
    }

    bool ProcessHardening::coreDumpsDisabled()
    {
        rlimit limit{};
        return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
    }

    bool ProcessHardening::isDumpable()
    {
        return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
    }
}
