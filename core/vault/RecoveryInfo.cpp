#include "RecoveryInfo.h"

#include <algorithm>

namespace tessera
{
    int RecoveryInfo::unusedRecoveryCodes() const
    {
        return static_cast<int>(
            std::count_if(recoveryCodes.cbegin(), recoveryCodes.cend(), [](const RecoveryCode& c) { return !c.used; }));
    }

    bool RecoveryInfo::isEmpty() const
    {
        return email.isEmpty() && phone.isEmpty() && !phoneCheckedOn.isValid() && recoveryCodes.isEmpty()
            && secondFactor == SecondFactor::Unknown && recoveryUrl.isEmpty() && note.isEmpty();
    }

    QString RecoveryInfo::secondFactorName(SecondFactor factor)
    {
        switch (factor) {
        case SecondFactor::Unknown:
            return QStringLiteral("unknown");
        case SecondFactor::None:
            return QStringLiteral("none");
        case SecondFactor::Device:
            return QStringLiteral("device");
        case SecondFactor::SecurityKey:
            return QStringLiteral("security-key");
        }
        return {};
    }

    std::optional<SecondFactor> RecoveryInfo::parseSecondFactor(QStringView name)
    {
        for (const auto factor :
            {SecondFactor::Unknown, SecondFactor::None, SecondFactor::Device, SecondFactor::SecurityKey}) {
            if (name == secondFactorName(factor)) {
                return factor;
            }
        }
        return std::nullopt;
    }
}
