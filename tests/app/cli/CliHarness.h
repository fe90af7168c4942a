#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tessera::test
{
    /// Runs tessera-cli in-process with captured streams and a fixed clock.
    struct CliRun
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    CliRun runCli(
        const QStringList& arguments, const QByteArray& standardInput = {}, qint64 nowMilliseconds = 1'700'000'000'000);

    /// Runs the real tessera-cli executable (exit codes and streams as a script sees them).
    CliRun runCliProcess(const QStringList& arguments, const QByteArray& standardInput = {});
}
