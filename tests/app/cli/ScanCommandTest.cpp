#include "CliHarness.h"
#include "QrTestImages.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tessera::test::QrTestImages;
using tessera::test::runCli;
using tessera::test::runCliProcess;

namespace
{
    const QString Otpauth = QStringLiteral("otpauth://totp/ACME:john@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME");
    const QString Migration = QStringLiteral("otpauth-migration://offline?data=CjMKCkhlbGxvId6tvu8SGFRlc3QxOnRlc3Qx"
                                             "QGV4YW1wbGUxLmNvbRoFVGVzdDEgASgBMAIQARgBIAAojeitgQQ%3D");
    const QString Other = QStringLiteral("https://example.com/not-an-authenticator");

    /// Codes side by side on a white canvas, left to right in the order given.
    QImage codesSideBySide(const QStringList& texts)
    {
        QList<QImage> codes;
        int width = 0;
        int height = 0;
        for (const QString& text : texts) {
            codes.append(QrTestImages::code(text, 4));
            width += codes.last().width() + 20;
            height = std::max(height, codes.last().height());
        }
        QImage canvas(std::max(width, 64), std::max(height, 64), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        int x = 0;
        for (const QImage& code : codes) {
            painter.drawImage(QPoint(x, 0), code);
            x += code.width() + 20;
        }
        return canvas;
    }

    class ScanCommand : public ::testing::Test
    {
    protected:
        void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

        QString save(const QString& name, const QImage& image)
        {
            const QString path = m_dir.filePath(name);
            EXPECT_TRUE(image.save(path)) << path.toStdString();
            return path;
        }

        QString write(const QString& name, const QByteArray& bytes)
        {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            return path;
        }

        QTemporaryDir m_dir;
    };
}

TEST_F(ScanCommand, PrintsEachPayloadsExactTextOnItsOwnLine)
{
    const QString spaced = QString::fromUtf8("  exact text, ¿äÄéÉ?  ");
    const QString path = save(QStringLiteral("codes.png"), codesSideBySide({Otpauth, spaced, Other}));
    const auto run = runCli({QStringLiteral("scan"), path});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, Otpauth + u'\n' + spaced + u'\n' + Other + u'\n');
    EXPECT_TRUE(run.err.isEmpty());
}

TEST_F(ScanCommand, SeveralImagesInTheOrderGiven)
{
    const QString first = save(QStringLiteral("first.png"), codesSideBySide({Migration}));
    const QString second = save(QStringLiteral("second.jpg"), codesSideBySide({Otpauth, Other}));
    const auto run = runCli({QStringLiteral("scan"), first, second});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.split(u'\n', Qt::SkipEmptyParts), (QStringList{Migration, Otpauth, Other}));
}

TEST_F(ScanCommand, JsonIsAnArrayOfFilePayloadAndKind)
{
    const QString first = save(QStringLiteral("first.png"), codesSideBySide({Otpauth, Migration}));
    const QString second = save(QStringLiteral("second.bmp"), codesSideBySide({Other}));
    const auto run = runCli({QStringLiteral("scan"), QStringLiteral("--json"), first, second});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    ASSERT_TRUE(document.isArray());
    const QJsonArray array = document.array();
    ASSERT_EQ(array.size(), 3);
    const QStringList files{first, first, second};
    const QStringList payloads{Otpauth, Migration, Other};
    const QStringList kinds{QStringLiteral("otpauth"), QStringLiteral("otpauth-migration"), QStringLiteral("other")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject object = array[i].toObject();
        EXPECT_EQ(
            object.keys(), (QStringList{QStringLiteral("file"), QStringLiteral("kind"), QStringLiteral("payload")}));
        EXPECT_EQ(object[QStringLiteral("file")].toString(), files[i]);
        EXPECT_EQ(object[QStringLiteral("payload")].toString(), payloads[i]);
        EXPECT_EQ(object[QStringLiteral("kind")].toString(), kinds[i]);
    }
}

TEST_F(ScanCommand, KindIgnoresTheCaseOfTheScheme)
{
    const QString upper = QStringLiteral("OTPAUTH://TOTP/ACME:JOHN?SECRET=JBSWY3DPEHPK3PXP");
    const QString path = save(QStringLiteral("upper.png"), codesSideBySide({upper}));
    const auto run = runCli({QStringLiteral("scan"), path, QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_EQ(array[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("otpauth"));
    EXPECT_EQ(array[0].toObject()[QStringLiteral("payload")].toString(), upper);
}

TEST_F(ScanCommand, NoCodeExitsThreeWithOneSentence)
{
    QImage blank(400, 300, QImage::Format_RGB32);
    blank.fill(Qt::white);
    const QString path = save(QStringLiteral("blank.png"), blank);
    const auto run = runCli({QStringLiteral("scan"), path});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err, QStringLiteral("No QR code was found in the image.\n"));

    const QString noise = save(QStringLiteral("noise.png"), QrTestImages::randomNoise(QSize(300, 300), 5));
    const auto two = runCli({QStringLiteral("scan"), path, noise});
    EXPECT_EQ(two.exitCode, 3);
    EXPECT_EQ(two.err, QStringLiteral("No QR code was found in any of the images.\n"));

    const auto json = runCli({QStringLiteral("scan"), QStringLiteral("--json"), path});
    EXPECT_EQ(json.exitCode, 3);
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
    EXPECT_EQ(json.err.count(u'\n'), 1);
}

TEST_F(ScanCommand, UnreadableFilesExitThreeNamingTheFile)
{
    const QString text = write(QStringLiteral("notes.png"), "this is not a picture");
    const auto notImage = runCli({QStringLiteral("scan"), text});
    EXPECT_EQ(notImage.exitCode, 3);
    EXPECT_TRUE(notImage.out.isEmpty());
    EXPECT_TRUE(notImage.err.contains(text)) << notImage.err.toStdString();
    EXPECT_EQ(notImage.err.count(u'\n'), 1) << notImage.err.toStdString();

    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    const auto absent = runCli({QStringLiteral("scan"), missing});
    EXPECT_EQ(absent.exitCode, 3);
    EXPECT_TRUE(absent.err.contains(missing));
    EXPECT_TRUE(absent.err.contains(QStringLiteral("no such file")));

    const auto folder = runCli({QStringLiteral("scan"), m_dir.path()});
    EXPECT_EQ(folder.exitCode, 3);
    EXPECT_TRUE(folder.err.contains(m_dir.path()));

    // The readable image is still scanned and printed; the exit status reports the bad one.
    const QString good = save(QStringLiteral("good.png"), codesSideBySide({Otpauth}));
    const auto mixed = runCli({QStringLiteral("scan"), missing, good});
    EXPECT_EQ(mixed.exitCode, 3);
    EXPECT_EQ(mixed.out, Otpauth + u'\n');
    EXPECT_TRUE(mixed.err.contains(missing));
    EXPECT_FALSE(mixed.err.contains(good));
}

TEST_F(ScanCommand, HugeImagesAreRefusedFromTheirHeader)
{
    // 10001 x 10001 pixels (just over 100 megapixels) in a small 1-bit PNG.
    QImage huge(10001, 10001, QImage::Format_Mono);
    huge.fill(0);
    const QString path = save(QStringLiteral("huge.png"), huge);
    const auto run = runCli({QStringLiteral("scan"), path});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(path));
    EXPECT_TRUE(run.err.contains(QStringLiteral("10001 x 10001")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("100 megapixels")));
}

TEST_F(ScanCommand, UsageErrors)
{
    const auto none = runCli({QStringLiteral("scan")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("scan --help")));
    const auto bad = runCli({QStringLiteral("scan"), QStringLiteral("--add-everything"), QStringLiteral("x.png")});
    EXPECT_EQ(bad.exitCode, 1);
}

TEST_F(ScanCommand, RealExecutableReadsAScreenshotAndAJpeg)
{
    QList<QImage> codes;
    for (int i = 0; i < 10; ++i) {
        codes.append(QrTestImages::code(QrTestImages::accountUri(i), 5));
    }
    const QString screen = save(QStringLiteral("screen.png"), QrTestImages::screenshot(codes, QSize(3840, 2160), 3));
    const QString jpeg = save(QStringLiteral("code.jpg"), codesSideBySide({Migration}));
    const auto run = runCliProcess({QStringLiteral("scan"), screen, jpeg});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QStringList expected;
    for (int i = 0; i < 10; ++i) {
        expected.append(QrTestImages::accountUri(i));
    }
    expected.append(Migration);
    EXPECT_EQ(run.out.split(u'\n', Qt::SkipEmptyParts), expected);

    QImage empty(50, 50, QImage::Format_RGB32);
    empty.fill(Qt::white);
    const auto nothing = runCliProcess({QStringLiteral("scan"), save(QStringLiteral("empty.png"), empty)});
    EXPECT_EQ(nothing.exitCode, 3);
}

TEST_F(ScanCommand, RealExecutableReadsThePhoneCameraPhoto)
{
    const QString photo
        = tessera::test::corpusPath(QStringLiteral("google-migration/scito-extract_otp_secrets/example_export.png"));
    if (photo.isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const auto run = runCliProcess({QStringLiteral("scan"), QStringLiteral("--json"), photo});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(array.size(), 1);
    EXPECT_EQ(array[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("otpauth-migration"));
    EXPECT_TRUE(array[0].toObject()[QStringLiteral("payload")].toString().endsWith(QStringLiteral("KI3orYEE")));
}
