#include "CliHarness.h"

#include "CliApplication.h"
#include "ProcessRunner.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QTextStream>

namespace tessera::test
{
    CliRun runCli(const QStringList& arguments, const QByteArray& standardInput, qint64 nowMilliseconds)
    {
        QByteArray outBytes;
        QByteArray errBytes;
        QByteArray inBytes = standardInput;
        QBuffer outBuffer(&outBytes);
        QBuffer errBuffer(&errBytes);
        QBuffer inBuffer(&inBytes);
        outBuffer.open(QIODevice::WriteOnly);
        errBuffer.open(QIODevice::WriteOnly);
        inBuffer.open(QIODevice::ReadOnly);
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        Clock clock([nowMilliseconds] { return nowMilliseconds; });
        cli::CommandContext context{out, err, inBuffer, false, clock, {}, {}, {}};

        cli::CliApplication app;
        CliRun run;
        run.exitCode = app.run(QStringList{QStringLiteral("tessera-cli")} + arguments, context);
        out.flush();
        err.flush();
        run.out = QString::fromUtf8(outBytes);
        run.err = QString::fromUtf8(errBytes);
        return run;
    }

    CliRun runCliProcess(const QStringList& arguments, const QByteArray& standardInput)
    {
        const auto result = runProcess(executablePath(QStringLiteral("tessera-cli")), arguments, standardInput);
        return {result.exitCode, QString::fromUtf8(result.out), QString::fromUtf8(result.err)};
    }
}
