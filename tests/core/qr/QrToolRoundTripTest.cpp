#include "ProcessRunner.h"
#include "QrDecoder.h"
#include "QrEncoder.h"
#include "QrTestImages.h"
#include "TestPaths.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>

using tessera::QrDecoder;
using tessera::QrEncoder;
using tessera::QrPayload;
using tessera::test::QrTestImages;
using tessera::test::requireTool;
using tessera::test::runProcess;
using Level = tessera::QrEncoder::ErrorCorrection;

// Round trips through tools that are not Tessera: qrencode writes, we read; we write, zbarimg reads.

namespace
{
    const char* const LevelNames[] = {"L", "M", "Q", "H"};
    constexpr int Capacity[] = {2953, 2331, 1663, 1273}; // bytes, version 40

    /// Texts of many lengths and of every QR mode: digits (numeric), upper case (alphanumeric), mixed
    /// printable ASCII (8-bit), UTF-8, and Google Authenticator migration URIs up to 1450 characters.
    QStringList payloads()
    {
        QRandomGenerator random(20240501);
        QStringList result{QStringLiteral("A"), QStringLiteral("0123456789012345678901234567890123456789"),
            QStringLiteral("OTPAUTH://TOTP/ACME:JOHN?SECRET=JBSWY3DPEHPK3PXP"),
            QStringLiteral("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"),
            QString::fromUtf8("otpauth://totp/encoding: ¿äÄéÉ? (demo)?secret=7KSQL2JTUDIS5EF65KLMRQIIGY")};
        for (const int length : {17, 64, 150, 300, 500, 800, 1100}) {
            QString text;
            for (int i = 0; i < length; ++i) {
                text += QChar(static_cast<char16_t>(random.bounded(33, 127)));
            }
            result.append(text);
        }
        for (const int bytes : {39, 300, 634, 1050}) {
            result.append(QrTestImages::migrationUri(bytes, static_cast<quint32>(bytes)));
        }
        return result;
    }

    QStringList decode(const QImage& image)
    {
        QStringList texts;
        const auto result = QrDecoder().decode(image);
        if (result) {
            for (const QrPayload& payload : *result) {
                texts.append(payload.text());
            }
        }
        return texts;
    }

    /// zbarimg's lines for one image file (zbar prints each payload on a line with --raw).
    QStringList zbarimg(const QString& path)
    {
        const auto run = runProcess(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), path});
        QString out = QString::fromUtf8(run.out);
        if (out.endsWith(u'\n')) {
            out.chop(1);
        }
        return out.isEmpty() ? QStringList() : out.split(u'\n');
    }
}

TEST(QrToolRoundTrip, QrencodeImagesDecodeToTheSameText)
{
    requireTool(QStringLiteral("qrencode"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList texts = payloads();
    int checked = 0;
    for (qsizetype t = 0; t < texts.size(); ++t) {
        const QString& text = texts[t];
        const qsizetype bytes = text.toUtf8().size();
        for (int level = 0; level < 4; ++level) {
            if (bytes > Capacity[level]) {
                continue;
            }
            // Every module size from 1 to 10 for each level, spread over the texts; -8 (one 8-bit segment,
            // no mode optimisation) on every other image.
            for (int size = 1; size <= 10; ++size) {
                if ((size + level + t) % 3 != 0 && size != 1 && size != 10) {
                    continue;
                }
                const QString path = dir.filePath(QStringLiteral("q%1-%2-%3.png").arg(t).arg(level).arg(size));
                QStringList arguments{QStringLiteral("-o"), path, QStringLiteral("-l"),
                    QString::fromLatin1(LevelNames[level]), QStringLiteral("-s"), QString::number(size),
                    QStringLiteral("-m"), QStringLiteral("4")};
                if (size % 2 == 0) {
                    arguments.append(QStringLiteral("-8"));
                }
                arguments.append(text);
                const auto run = runProcess(QStringLiteral("qrencode"), arguments);
                ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
                const QImage image(path);
                ASSERT_FALSE(image.isNull()) << path.toStdString();
                EXPECT_EQ(decode(image), QStringList{text})
                    << "text " << t << " (" << bytes << " bytes), level " << LevelNames[level] << ", size " << size;
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 150);
}

TEST(QrToolRoundTrip, ZbarimgReadsOurImages)
{
    requireTool(QStringLiteral("zbarimg"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList texts = payloads();
    const Level levels[] = {Level::Low, Level::Medium, Level::Quartile, Level::High};
    int checked = 0;
    for (qsizetype t = 0; t < texts.size(); ++t) {
        for (int level = 0; level < 4; ++level) {
            if (texts[t].toUtf8().size() > Capacity[level]) {
                continue;
            }
            const int size = 2 + static_cast<int>((t + level) % 5);
            const auto image = QrEncoder::toImage(texts[t], levels[level], size);
            ASSERT_TRUE(image.ok()) << image.error().message().toStdString();
            const QString path = dir.filePath(QStringLiteral("ours%1-%2.png").arg(t).arg(level));
            ASSERT_TRUE(image->save(path));
            EXPECT_EQ(zbarimg(path), QStringList{texts[t]})
                << "text " << t << ", level " << LevelNames[level] << ", size " << size;
            ++checked;
        }
    }
    EXPECT_GT(checked, 50);
}

TEST(QrToolRoundTrip, ZbarimgReadsOurSvgRendered)
{
    requireTool(QStringLiteral("zbarimg"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString text = QrTestImages::migrationUri(634, 7);
    const auto svg = QrEncoder::toSvg(text, Level::Medium, 4);
    ASSERT_TRUE(svg.ok());
    QSvgRenderer renderer(svg->toUtf8());
    ASSERT_TRUE(renderer.isValid());
    QImage image(renderer.defaultSize(), QImage::Format_RGB32);
    image.fill(Qt::red); // the SVG's own white background must cover it
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    EXPECT_EQ(image.pixel(0, 0), qRgb(255, 255, 255));
    const QString path = dir.filePath(QStringLiteral("svg.png"));
    ASSERT_TRUE(image.save(path));
    EXPECT_EQ(zbarimg(path), QStringList{text});
}

// The acceptance bar of issue 10: on every image of the robustness matrix, at least as many codes as zbarimg.
TEST(QrToolRoundTrip, FindsAtLeastAsManyCodesAsZbarimgOnTheRobustnessMatrix)
{
    requireTool(QStringLiteral("zbarimg"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    int ours = 0;
    int theirs = 0;
    const auto& cases = QrTestImages::robustnessCases();
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QImage image = cases[i].image();
        const QString path = dir.filePath(QStringLiteral("case%1.png").arg(i));
        ASSERT_TRUE(image.save(path));
        const QStringList zbar = zbarimg(path);
        const QStringList mine = decode(image);
        EXPECT_GE(mine.size(), zbar.size()) << cases[i].name.toStdString();
        for (const QString& text : zbar) {
            EXPECT_TRUE(mine.contains(text)) << cases[i].name.toStdString() << ": zbarimg read a code we missed";
        }
        ours += static_cast<int>(mine.size());
        theirs += static_cast<int>(zbar.size());
    }
    std::cout << "[          ] robustness matrix: Tessera " << ours << " codes, zbarimg " << theirs << " codes\n";
    EXPECT_GT(ours, theirs);
}
