#include "QrEncoder.h"
#include "QrDecoder.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using tessera::QrDecoder;
using tessera::QrEncoder;
using Level = tessera::QrEncoder::ErrorCorrection;

namespace
{
    constexpr Level AllLevels[] = {Level::Low, Level::Medium, Level::Quartile, Level::High};

    bool isDark(const QImage& image, int x, int y)
    {
        return qGray(image.pixel(x, y)) < 128;
    }

    QString decodeOne(const QImage& image)
    {
        const auto payloads = QrDecoder().decode(image);
        if (!payloads || payloads->size() != 1) {
            return {};
        }
        return payloads->first().text();
    }
}

TEST(QrEncoder, ImageHasTheQuietZoneAndTheModuleSize)
{
    const auto image = QrEncoder::toImage(u"hello", Level::Medium, 5);
    ASSERT_TRUE(image.ok()) << image.error().message().toStdString();
    // "hello" fits version 1: 21 modules plus 4 on each side.
    EXPECT_EQ(image->width(), (21 + 8) * 5);
    EXPECT_EQ(image->height(), image->width());
    for (int i = 0; i < image->width(); ++i) {
        for (int q = 0; q < 4 * 5; ++q) {
            ASSERT_FALSE(isDark(*image, i, q)) << "top quiet zone at " << i << "," << q;
            ASSERT_FALSE(isDark(*image, q, i)) << "left quiet zone";
            ASSERT_FALSE(isDark(*image, i, image->height() - 1 - q)) << "bottom quiet zone";
            ASSERT_FALSE(isDark(*image, image->width() - 1 - q, i)) << "right quiet zone";
        }
    }
    // The top-left finder pattern: a dark 7x7 ring, a light ring, a dark 3x3 centre.
    const int o = 20;
    EXPECT_TRUE(isDark(*image, o, o));
    EXPECT_TRUE(isDark(*image, o + 7 * 5 - 1, o + 7 * 5 - 1));
    EXPECT_FALSE(isDark(*image, o + 5, o + 5));
    EXPECT_TRUE(isDark(*image, o + 2 * 5, o + 2 * 5));
    EXPECT_TRUE(isDark(*image, o + 3 * 5 + 2, o + 3 * 5 + 2));
    EXPECT_FALSE(isDark(*image, o + 7 * 5, o + 7 * 5)); // the separator
}

TEST(QrEncoder, ModuleSizeScalesTheImageExactly)
{
    const QString text
        = QStringLiteral("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example");
    const auto modules = QrEncoder::moduleCount(text, Level::Medium);
    ASSERT_TRUE(modules.ok());
    const auto one = QrEncoder::toImage(text, Level::Medium, 1);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->width(), *modules + 8);
    for (int size = 2; size <= 10; ++size) {
        const auto scaled = QrEncoder::toImage(text, Level::Medium, size);
        ASSERT_TRUE(scaled.ok());
        ASSERT_EQ(scaled->width(), one->width() * size);
        for (int y = 0; y < one->height(); ++y) {
            for (int x = 0; x < one->width(); ++x) {
                ASSERT_EQ(isDark(*one, x, y), isDark(*scaled, x * size + size / 2, y * size + size / 2))
                    << "module " << x << "," << y << " at size " << size;
            }
        }
    }
}

TEST(QrEncoder, HigherErrorCorrectionNeedsMoreModules)
{
    const QString text(120, QLatin1Char('z'));
    int previous = 0;
    for (const Level level : AllLevels) {
        const auto modules = QrEncoder::moduleCount(text, level);
        ASSERT_TRUE(modules.ok());
        EXPECT_GE(*modules, previous);
        EXPECT_EQ((*modules - 21) % 4, 0) << "sizes are 21 + 4k";
        previous = *modules;
    }
    EXPECT_GT(*QrEncoder::moduleCount(text, Level::High), *QrEncoder::moduleCount(text, Level::Low));
}

TEST(QrEncoder, EveryLevelDecodesBackToTheSameText)
{
    const QString text
        = QStringLiteral("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                         "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30");
    for (const Level level : AllLevels) {
        for (int size = 1; size <= 6; ++size) {
            const auto image = QrEncoder::toImage(text, level, size);
            ASSERT_TRUE(image.ok());
            EXPECT_EQ(decodeOne(*image), text) << "level " << static_cast<int>(level) << " size " << size;
        }
    }
}

TEST(QrEncoder, Utf8TextSurvives)
{
    const QString text = QStringLiteral("otpauth://totp/encoding%3A?secret=7KSQL2JTUDIS5EF65KLMRQIIGY&issuer=")
        + QString::fromUtf8("¿äÄéÉ? (demo) \xe2\x9c\x93 \xf0\x9f\x94\x91");
    const auto image = QrEncoder::toImage(text, Level::Quartile, 4);
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(decodeOne(*image), text);
}

TEST(QrEncoder, TextWithNulBytesIsEncodedWhole)
{
    const QString text = QStringLiteral("before") + QChar(0) + QStringLiteral("after");
    const auto image = QrEncoder::toImage(text, Level::Medium, 4);
    ASSERT_TRUE(image.ok());
    EXPECT_EQ(decodeOne(*image), text);
}

TEST(QrEncoder, LongestTextsAtEachLevel)
{
    // Version 40 byte-mode capacities: 2953, 2331, 1663 and 1273 bytes.
    const int capacity[] = {2953, 2331, 1663, 1273};
    for (int i = 0; i < 4; ++i) {
        const QString fits(capacity[i], QLatin1Char('x'));
        const auto modules = QrEncoder::moduleCount(fits, AllLevels[i]);
        ASSERT_TRUE(modules.ok()) << i;
        EXPECT_EQ(*modules, 177);
        const QString oneMore = fits + QLatin1Char('x');
        const auto tooLong = QrEncoder::toImage(oneMore, AllLevels[i], 2);
        ASSERT_FALSE(tooLong.ok());
        EXPECT_EQ(tooLong.error().kind(), tessera::Error::Kind::InvalidInput);
        EXPECT_TRUE(tooLong.error().message().contains(QString::number(capacity[i])))
            << tooLong.error().message().toStdString();
    }
    const auto svg = QrEncoder::toSvg(QString(5000, QLatin1Char('y')), Level::Low);
    ASSERT_FALSE(svg.ok());
    EXPECT_TRUE(svg.error().message().contains(QStringLiteral("too long")));
}

TEST(QrEncoder, ABigMigrationBatchFitsAtMediumLevel)
{
    // A 21-account payload from a third-party encoder is 1419 bytes of protobuf: about 1900 base64 characters.
    QString text = QStringLiteral("otpauth-migration://offline?data=");
    for (int i = 0; text.size() < 2100; ++i) {
        text += QStringLiteral("CjgKFEAMt6taggt2RMlyOqc%2FgKq4rLAdEhRBQ01FOm9uZUBleGFtcGxlLmNvbRoEQUNNRSABKAEwAg");
    }
    text.truncate(2100);
    const auto image = QrEncoder::toImage(text, Level::Medium, 3);
    ASSERT_TRUE(image.ok()) << image.error().message().toStdString();
    EXPECT_EQ(decodeOne(*image), text);
}

TEST(QrEncoder, BadInputIsAnErrorValue)
{
    const auto empty = QrEncoder::toImage(u"", Level::Medium, 4);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind(), tessera::Error::Kind::InvalidInput);
    EXPECT_FALSE(QrEncoder::toSvg(u"", Level::Medium).ok());
    EXPECT_FALSE(QrEncoder::moduleCount(u"", Level::Medium).ok());

    for (const int size : {0, -3, QrEncoder::MaxModuleSize + 1}) {
        const auto image = QrEncoder::toImage(u"x", Level::Medium, size);
        ASSERT_FALSE(image.ok()) << size;
        EXPECT_TRUE(image.error().message().contains(QString::number(size)));
        EXPECT_FALSE(QrEncoder::toSvg(u"x", Level::Medium, size).ok());
    }
    const auto largest = QrEncoder::toImage(QString(2331, QLatin1Char('x')), Level::Medium, QrEncoder::MaxModuleSize);
    ASSERT_TRUE(largest.ok());
    EXPECT_EQ(largest->width(), 185 * QrEncoder::MaxModuleSize);
}

TEST(QrEncoder, SvgIsAWellFormedSquareDocument)
{
    const QString text = QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP");
    const auto modules = QrEncoder::moduleCount(text, Level::High);
    ASSERT_TRUE(modules.ok());
    const auto svg = QrEncoder::toSvg(text, Level::High, 10);
    ASSERT_TRUE(svg.ok());
    const int side = *modules + 8;

    QXmlStreamReader xml(*svg);
    int paths = 0;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        if (xml.name() == u"svg") {
            sawRoot = true;
            EXPECT_EQ(xml.namespaceUri(), u"http://www.w3.org/2000/svg");
            EXPECT_EQ(xml.attributes().value(QStringLiteral("width")), QString::number(side * 10));
            EXPECT_EQ(xml.attributes().value(QStringLiteral("height")), QString::number(side * 10));
            EXPECT_EQ(xml.attributes().value(QStringLiteral("viewBox")), QStringLiteral("0 0 %1 %1").arg(side));
        } else if (xml.name() == u"path") {
            ++paths;
            const QString d = xml.attributes().value(QStringLiteral("d")).toString();
            // Every run lies inside the code area, never in the quiet zone.
            static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-\\3z"));
            qsizetype covered = 0;
            for (auto it = run.globalMatch(d); it.hasNext();) {
                const auto match = it.next();
                const int x = match.captured(1).toInt();
                const int y = match.captured(2).toInt();
                const int w = match.captured(3).toInt();
                EXPECT_GE(x, 4);
                EXPECT_GE(y, 4);
                EXPECT_LE(x + w, side - 4);
                EXPECT_LT(y, side - 4);
                covered += match.capturedLength();
            }
            EXPECT_EQ(covered, d.size()) << "the path is nothing but runs";
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(sawRoot);
    EXPECT_EQ(paths, 1);
}
