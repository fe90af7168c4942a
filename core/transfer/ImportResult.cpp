#include "ImportResult.h"

namespace tessera
{
    void ImportResult::append(const ImportResult& other)
    {
        if (formatId.isEmpty()) {
            formatId = other.formatId;
        }
        accounts.append(other.accounts);
        unreadable.append(other.unreadable);
        for (const QString& warning : other.warnings) {
            if (!warnings.contains(warning)) {
                warnings.append(warning);
            }
        }
    }
}
