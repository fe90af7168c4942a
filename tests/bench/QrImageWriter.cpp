// Writes the images the performance harness (tests/bench/perf_report.py) scans with `tessera-cli scan`
// and `zbarimg`: every case of the QR robustness matrix (docs/qr.md) and 3840x2160 screenshots with 0,
// 1 and 10 codes, as PNG files, with a manifest: one line per image, "file<TAB>codes<TAB>name".
// Usage: tessera_qr_images FOLDER

#include "QrTestImages.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using tessera::test::QrTestImages;

namespace
{
    QImage screenshotWith(int codes)
    {
        QList<QImage> list;
        for (int i = 0; i < codes; ++i) {
            list.append(QrTestImages::code(QrTestImages::accountUri(i), 5));
        }
        return QrTestImages::screenshot(list, QSize(3840, 2160), 3);
    }
}

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: tessera_qr_images FOLDER\n", stderr);
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    if (!folder.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    QFile manifest(folder.filePath(QStringLiteral("manifest.tsv")));
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(manifest.fileName()));
        return 1;
    }
    QTextStream out(&manifest);
    const auto write = [&](const QString& file, const QImage& image, qsizetype codes, const QString& name) {
        if (!image.save(folder.filePath(file))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return false;
        }
        out << file << '\t' << codes << '\t' << name << '\n';
        return true;
    };
    for (const int codes : {0, 1, 10}) {
        if (!write(QStringLiteral("screenshot-%1.png").arg(codes), screenshotWith(codes), codes,
                QStringLiteral("3840x2160 screenshot, %1 codes").arg(codes))) {
            return 1;
        }
    }
    const auto& cases = QrTestImages::robustnessCases();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (!write(QStringLiteral("case%1.png").arg(i + 1, 2, 10, QLatin1Char('0')), cases[i].image(),
                cases[i].texts.size(), QStringLiteral("matrix %1: %2").arg(i + 1).arg(cases[i].name))) {
            return 1;
        }
    }
    return 0;
}
