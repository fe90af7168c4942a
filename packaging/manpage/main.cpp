// tessera-cli-manpage OUTPUT VERSION DATE HOMEPAGE: writes tessera-cli(1) to OUTPUT, generated
// from tessera-cli's own --help text (run at build time by packaging/CMakeLists.txt).
#include "CliApplication.h"
#include "ManPageWriter.h"

#include <QSaveFile>
#include <QString>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 5) {
        std::fputs("Usage: tessera-cli-manpage OUTPUT VERSION DATE HOMEPAGE\n", stderr);
        return 1;
    }
    const tessera::cli::CliApplication cli;
    const tessera::manpage::ManPageWriter writer(
        QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    const auto page = writer.cliPage(cli);
    if (!page) {
        std::fprintf(stderr, "tessera-cli-manpage: %s\n", page.error().message().toLocal8Bit().constData());
        return 1;
    }
    QSaveFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly) || file.write(page->toUtf8()) < 0 || !file.commit()) {
        std::fprintf(stderr, "tessera-cli-manpage: cannot write %s: %s\n", argv[1],
            file.errorString().toLocal8Bit().constData());
        return 1;
    }
    return 0;
}
