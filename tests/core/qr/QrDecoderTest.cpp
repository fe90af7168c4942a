#include "QrDecoder.h"
#include "QrEncoder.h"
#include "QrTestImages.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QPainter>

#include <gtest/gtest.h>

using tessera::QrDecoder;
using tessera::QrEncoder;
using tessera::QrPayload;
using tessera::test::QrTestImages;

namespace
{
    QString account(int i)
    {
        return QStringLiteral("otpauth://totp/Example:user%1@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example")
            .arg(i);
    }

    QStringList texts(const QList<QrPayload>& payloads)
    {
        QStringList result;
        for (const QrPayload& payload : payloads) {
            result.append(payload.text());
        }
        return result;
    }

    QImage canvas(QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        return image;
    }

    void paste(QImage& target, const QImage& code, QPoint at)
    {
        QPainter painter(&target);
        painter.drawImage(at, code.convertToFormat(QImage::Format_RGB32));
    }
}

TEST(QrDecoder, NullImageIsAnError)
{
    const auto result = QrDecoder().decode(QImage());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), tessera::Error::Kind::InvalidInput);
    EXPECT_FALSE(result.error().message().isEmpty());
}

TEST(QrDecoder, TinyImagesHoldNoCode)
{
    for (const QSize size : {QSize(1, 1), QSize(1, 5000), QSize(5000, 1), QSize(20, 20), QSize(21, 21)}) {
        QImage image(size, QImage::Format_Grayscale8);
        image.fill(0);
        const auto result = QrDecoder().decode(image);
        ASSERT_TRUE(result.ok()) << size.width() << "x" << size.height();
        EXPECT_TRUE(result->isEmpty());
    }
}

TEST(QrDecoder, HugeImagesAreRefusedBeforeAnyWork)
{
    // 1 bit per pixel: 12.5 MB of memory for 100,020,001 pixels.
    const QImage huge(10001, 10001, QImage::Format_Mono);
    ASSERT_FALSE(huge.isNull());
    QElapsedTimer timer;
    timer.start();
    const auto result = QrDecoder().decode(huge);
    EXPECT_LT(timer.elapsed(), 1000);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind(), tessera::Error::Kind::InvalidInput);
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("10001 x 10001")))
        << result.error().message().toStdString();
    EXPECT_TRUE(result.error().message().contains(QStringLiteral("100 megapixels")));

    const QImage wide(100'001, 1000, QImage::Format_Mono);
    ASSERT_FALSE(wide.isNull());
    EXPECT_FALSE(QrDecoder().decode(wide).ok());
}

TEST(QrDecoder, NoiseAndBlankImagesGiveAnEmptyList)
{
    for (quint32 seed = 1; seed <= 3; ++seed) {
        const auto result = QrDecoder().decode(QrTestImages::randomNoise(QSize(640, 480), seed));
        ASSERT_TRUE(result.ok());
        EXPECT_TRUE(result->isEmpty()) << seed;
    }
    const auto blank = QrDecoder().decode(canvas(QSize(800, 600)));
    ASSERT_TRUE(blank.ok());
    EXPECT_TRUE(blank->isEmpty());
    // Every pass runs on an image without a code, and still finishes quickly.
    QElapsedTimer timer;
    timer.start();
    const auto screen = QrDecoder().decode(QrTestImages::screenshot({}, QSize(1920, 1080), 4));
    ASSERT_TRUE(screen.ok());
    EXPECT_TRUE(screen->isEmpty());
    EXPECT_LT(timer.elapsed(), 10'000);
}

TEST(QrDecoder, ReadsEveryPixelFormat)
{
    const QString text = account(1);
    const QImage code = QrTestImages::code(text, 4);
    for (const QImage::Format format : {QImage::Format_Mono, QImage::Format_Indexed8, QImage::Format_RGB32,
             QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB888, QImage::Format_RGB16,
             QImage::Format_Grayscale16, QImage::Format_RGBA64, QImage::Format_BGR30}) {
        const auto result = QrDecoder().decode(code.convertToFormat(format));
        ASSERT_TRUE(result.ok());
        EXPECT_EQ(texts(*result), QStringList{text}) << "format " << format;
    }
}

TEST(QrDecoder, TransparentBackgroundCountsAsWhite)
{
    // Black modules on transparent pixels, as many web sites serve QR codes.
    const QString text = account(2);
    const QImage code = QrTestImages::code(text, 5);
    for (const QImage::Format format : {QImage::Format_ARGB32, QImage::Format_ARGB32_Premultiplied}) {
        QImage transparent(code.size(), format);
        transparent.fill(Qt::transparent);
        for (int y = 0; y < code.height(); ++y) {
            for (int x = 0; x < code.width(); ++x) {
                if (qGray(code.pixel(x, y)) < 128) {
                    transparent.setPixel(x, y, qRgba(0, 0, 0, 255));
                }
            }
        }
        const auto result = QrDecoder().decode(transparent);
        ASSERT_TRUE(result.ok());
        EXPECT_EQ(texts(*result), QStringList{text}) << "format " << format;
    }
}

TEST(QrDecoder, SeveralCodesComeInReadingOrder)
{
    QImage image = canvas(QSize(1200, 900));
    // Placed out of order; slightly different heights in a row must not break the row.
    paste(image, QrTestImages::code(account(4), 4), QPoint(650, 470));
    paste(image, QrTestImages::code(account(1), 4), QPoint(40, 30));
    paste(image, QrTestImages::code(account(3), 4), QPoint(40, 480));
    paste(image, QrTestImages::code(account(2), 4), QPoint(650, 42));
    const auto result = QrDecoder().decode(image);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result), (QStringList{account(1), account(2), account(3), account(4)}));
}

TEST(QrDecoder, CornersAreInImageCoordinates)
{
    QImage image = canvas(QSize(800, 600));
    const QImage code = QrTestImages::code(account(5), 6);
    paste(image, code, QPoint(300, 100));
    const auto result = QrDecoder().decode(image);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->size(), 1);
    const auto& corners = result->first().corners();
    ASSERT_EQ(corners.size(), 4);
    // The code proper starts after the 4-module quiet zone (24 px).
    const QRectF expected(300 + 24, 100 + 24, code.width() - 48, code.height() - 48);
    EXPECT_NEAR(corners[0].x(), expected.left(), 8);
    EXPECT_NEAR(corners[0].y(), expected.top(), 8);
    EXPECT_NEAR(corners[2].x(), expected.right(), 8);
    EXPECT_NEAR(corners[2].y(), expected.bottom(), 8);
}

TEST(QrDecoder, CornersOfUpscaledAndDownscaledReadsMapBack)
{
    // 1.5 pixels per module is read by the Upscaled pass only: its corners are halved back.
    const QImage code = QrTestImages::scaledToModuleSize(QrTestImages::code(account(6), 8), 8, 1.5);
    const auto result = QrDecoder().decode(code);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->size(), 1);
    const auto& corners = result->first().corners();
    ASSERT_EQ(corners.size(), 4);
    EXPECT_NEAR(corners[0].x(), 6, 3);
    EXPECT_NEAR(corners[2].x(), code.width() - 6, 3);

    // A large image is read on ZXing's downscaled layer; the corners are scaled back up.
    QImage big = canvas(QSize(3000, 3000));
    paste(big, QrTestImages::code(account(7), 40), QPoint(500, 500));
    const auto bigResult = QrDecoder().decode(big);
    ASSERT_TRUE(bigResult.ok());
    ASSERT_EQ(bigResult->size(), 1);
    EXPECT_NEAR(bigResult->first().corners()[0].x(), 500 + 160, 40);
}

TEST(QrDecoder, HarderPassesReadLargeImagesScaledDown)
{
    // Over 16 megapixels the passes after Inverted read a scaled-down copy; corners still map to the original.
    QImage image(4400, 4000, QImage::Format_Grayscale8);
    image.fill(255);
    const QImage code = QrTestImages::noisy(QrTestImages::code(account(14), 24), 100, 3);
    for (int y = 0; y < code.height(); ++y) {
        std::copy_n(code.constScanLine(y), code.width(), image.scanLine(1000 + y) + 2000);
    }
    QrDecoder::Options smoothedOnly;
    smoothedOnly.passes = QrDecoder::Pass::Smoothed;
    const auto result = QrDecoder(smoothedOnly).decode(image);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(texts(*result), QStringList{account(14)});
    const auto& corners = result->first().corners();
    ASSERT_EQ(corners.size(), 4);
    EXPECT_NEAR(corners[0].x(), 2000 + 4 * 24, 24);
    EXPECT_NEAR(corners[0].y(), 1000 + 4 * 24, 24);
    EXPECT_NEAR(corners[2].x(), 2000 + code.width() - 4 * 24, 24);
}

TEST(QrDecoder, IdenticalCodesAreReportedOnce)
{
    QImage image = canvas(QSize(1000, 500));
    const QImage code = QrTestImages::code(account(8), 4);
    paste(image, code, QPoint(20, 20));
    paste(image, code, QPoint(550, 20));
    paste(image, QrTestImages::code(account(9), 4), QPoint(20, 260));
    const auto result = QrDecoder().decode(image);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result), (QStringList{account(8), account(9)}));
}

TEST(QrDecoder, ByteModeIsReadAsUtf8)
{
    const QString text = QString::fromUtf8("otpauth://totp/encoding: ¿äÄéÉ? (demo)?secret=7KSQL2JTUDIS5EF65KLMRQIIGY");
    const auto result = QrDecoder().decode(QrTestImages::code(text, 4));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result), QStringList{text});
}

TEST(QrDecoder, UntilFoundStopsAtTheFirstPassThatReadsACode)
{
    QImage image = canvas(QSize(1000, 500));
    paste(image, QrTestImages::code(account(10), 4), QPoint(20, 20));
    paste(image, QrTestImages::inverted(QrTestImages::code(account(11), 4)), QPoint(550, 20));

    const auto quick = QrDecoder().decode(image);
    ASSERT_TRUE(quick.ok());
    EXPECT_EQ(texts(*quick), QStringList{account(10)});

    QrDecoder::Options options;
    options.effort = QrDecoder::Effort::Exhaustive;
    const auto all = QrDecoder(options).decode(image);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(texts(*all), (QStringList{account(10), account(11)}));
}

TEST(QrDecoder, PassesCanBeSwitchedOff)
{
    const QImage inverted = QrTestImages::inverted(QrTestImages::code(account(12), 4));
    QrDecoder::Options plainOnly;
    plainOnly.passes = QrDecoder::Pass::Plain;
    const auto plain = QrDecoder(plainOnly).decode(inverted);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->isEmpty());

    QrDecoder::Options none;
    none.passes = {};
    const auto nothing = QrDecoder(none).decode(QrTestImages::code(account(12), 4));
    ASSERT_TRUE(nothing.ok());
    EXPECT_TRUE(nothing->isEmpty());
}

TEST(QrDecoder, ManyCodesInAGridAreAllFound)
{
    // ZXing pairs finder patterns across neighbouring codes and misses some: the decoder paints out what it
    // read and looks again.
    QList<QImage> codes;
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        QString text = QStringLiteral("otpauth-migration://offline?data=") + QString(900 + i, QLatin1Char('A' + i));
        codes.append(QrTestImages::code(text, 3));
        expected.append(text);
    }
    const auto result = QrDecoder().decode(QrTestImages::screenshot(codes, QSize(3840, 2160), 11));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result), expected);
}

TEST(QrDecoder, DecodedFilesOfCommonFormats)
{
    const QString text = account(13);
    const QImage code = QrTestImages::code(text, 6);
    for (const char* format : {"png", "jpg", "bmp", "ppm"}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ASSERT_TRUE(code.save(&buffer, format)) << format;
        buffer.close();
        const QImage loaded = QImage::fromData(bytes, format);
        ASSERT_FALSE(loaded.isNull()) << format;
        const auto result = QrDecoder().decode(loaded);
        ASSERT_TRUE(result.ok());
        EXPECT_EQ(texts(*result), QStringList{text}) << format;
    }
}
