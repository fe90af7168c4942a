#include "ProcessRunner.h"

#include <QProcess>

namespace tessera::test
{
    ProcessResult runProcess(
        const QString& program, const QStringList& arguments, const QByteArray& standardInput, int timeoutMs)
    {
        ProcessResult result;
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForStarted(timeoutMs)) {
            return result;
        }
        result.started = true;
        if (!standardInput.isEmpty()) {
            process.write(standardInput);
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
}
