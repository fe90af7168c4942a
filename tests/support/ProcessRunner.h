#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tessera::test
{
    /// Runs a program to completion (real executables: tessera-cli, oathtool, zbarimg, ...).
    struct ProcessResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        bool started = false;
    };

    ProcessResult runProcess(const QString& program,
        const QStringList& arguments,
        const QByteArray& standardInput = {},
        int timeoutMs = 60000);
}
