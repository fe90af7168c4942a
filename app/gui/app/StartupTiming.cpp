#include "StartupTiming.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <cstdio>
#include <ctime>

#include <unistd.h>

namespace tessera::gui
{
    qint64 StartupTiming::millisecondsSinceProcessStart()
    {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly)) {
            return -1;
        }
        const QByteArray line = stat.readAll();
        // Field 22 (starttime) counts clock ticks since boot; the fields after the command name
        // (which is in parentheses and may hold spaces) start at field 3.
        const qsizetype close = line.lastIndexOf(')');
        if (close < 0) {
            return -1;
        }
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        constexpr int startTimeIndex = 22 - 3;
        if (fields.size() <= startTimeIndex) {
            return -1;
        }
        bool ok = false;
        const qint64 startTicks = fields.at(startTimeIndex).toLongLong(&ok);
        const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
        timespec now{};
        if (!ok || ticksPerSecond <= 0 || ::clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
            return -1;
        }
        const qint64 nowMs = static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
        return nowMs - startTicks * 1000 / ticksPerSecond;
    }

    bool StartupTiming::isEnabled()
    {
        return qEnvironmentVariableIsSet("TESSERA_STARTUP_TIMING");
    }

    void StartupTiming::report(const char* what)
    {
        if (!isEnabled()) {
            return;
        }
        std::fprintf(stderr, "tessera: %s %lld ms after process start\n", what,
            static_cast<long long>(millisecondsSinceProcessStart()));
        std::fflush(stderr);
    }
}
