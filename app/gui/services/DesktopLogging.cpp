#include "DesktopLogging.h"

namespace tessera::gui
{
    Q_LOGGING_CATEGORY(lcDesktop, "tessera.desktop", QtWarningMsg)
}
