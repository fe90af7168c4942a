#include "QrDecoder.h"
#include "TestPaths.h"

#include <QFile>
#include <QImageReader>
#include <QUrl>

#include <gtest/gtest.h>

using tessera::QrDecoder;
using tessera::QrPayload;
using tessera::test::corpusPath;

// The shared corpus (../shared/corpus/google-migration): expected values from its EXPECTED.md. The expected
// URIs are read from the corpus's own text files, never from another QR reader's output.

namespace
{
    const QString Corpus = QStringLiteral("google-migration/");

    QStringList lines(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(file.readAll()).split(u'\n');
    }

    /// The "URI ..." line after the `## block` heading of the johncallahan vectors.
    QString johncallahanUri(const QString& block)
    {
        const QStringList all = lines(
            corpusPath(Corpus + QStringLiteral("johncallahan-otpauth_migration/otpauth_migration_test_vectors.txt")));
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].trimmed() == QStringLiteral("## ") + block) {
                for (qsizetype j = i + 1; j < all.size(); ++j) {
                    if (all[j].startsWith(QStringLiteral("URI "))) {
                        return all[j].mid(4).trimmed();
                    }
                }
            }
        }
        return {};
    }

    /// The non-comment, non-empty lines of a text file.
    QStringList uris(const QString& relative)
    {
        QStringList result;
        for (const QString& line : lines(corpusPath(Corpus + relative))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(u'#')) {
                result.append(line.trimmed());
            }
        }
        return result;
    }

    tessera::Result<QList<QrPayload>> decodeFile(const QString& relative)
    {
        QImageReader reader(corpusPath(Corpus + relative));
        const QImage image = reader.read();
        return QrDecoder().decode(image);
    }

    QStringList texts(const QList<QrPayload>& payloads)
    {
        QStringList result;
        for (const QrPayload& payload : payloads) {
            result.append(payload.text());
        }
        return result;
    }
}

TEST(QrCorpus, GeneratedBatchDecodesToTheJohncallahanUris)
{
    if (corpusPath(Corpus + QStringLiteral("generated-qr/batch3_part1_of_3.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    for (int part = 1; part <= 3; ++part) {
        const QString expected = johncallahanUri(QStringLiteral("string_%1_of_3_urlencoded").arg(part));
        ASSERT_TRUE(expected.startsWith(QStringLiteral("otpauth-migration://offline?data="))) << part;
        const auto result = decodeFile(QStringLiteral("generated-qr/batch3_part%1_of_3.png").arg(part));
        ASSERT_TRUE(result.ok());
        EXPECT_EQ(texts(*result), QStringList{expected}) << "part " << part;
        ASSERT_EQ(result->size(), 1);
        EXPECT_EQ(result->first().kind(), QrPayload::Kind::OtpAuthMigration);
    }
}

TEST(QrCorpus, PlusProblemKeepsItsRawBase64)
{
    if (corpusPath(Corpus + QStringLiteral("generated-qr/plus_problem_unescaped.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const QStringList expected = uris(QStringLiteral("scito-extract_otp_secrets/test_plus_problem_export.txt"));
    ASSERT_EQ(expected.size(), 1);
    ASSERT_TRUE(expected.first().contains(u'+'));
    const auto result = decodeFile(QStringLiteral("generated-qr/plus_problem_unescaped.png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result), expected);
}

TEST(QrCorpus, HotpCounterFourIsUriFourOfTheExample)
{
    if (corpusPath(Corpus + QStringLiteral("generated-qr/hotp_counter4.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const QStringList all = uris(QStringLiteral("scito-extract_otp_secrets/example_export.txt"));
    ASSERT_EQ(all.size(), 5);
    const auto result = decodeFile(QStringLiteral("generated-qr/hotp_counter4.png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result), QStringList{all[3]});
}

// A camera photo of a real Google Authenticator export screen: perspective and a curved frame.
TEST(QrCorpus, PhoneCameraPhotoOfAnExportScreen)
{
    if (corpusPath(Corpus + QStringLiteral("scito-extract_otp_secrets/example_export.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const auto result = decodeFile(QStringLiteral("scito-extract_otp_secrets/example_export.png"));
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->size(), 1);
    const QrPayload& payload = result->first();
    EXPECT_EQ(payload.kind(), QrPayload::Kind::OtpAuthMigration);
    const QString prefix = QStringLiteral("otpauth-migration://offline?data=");
    ASSERT_TRUE(payload.text().startsWith(prefix));
    const QByteArray base64 = QByteArray::fromPercentEncoding(payload.text().mid(prefix.size()).toLatin1());
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    ASSERT_TRUE(decoded) << base64.toStdString();
    const QByteArray protobuf = *decoded;
    // EXPECTED.md: three TOTP accounts with these names and secrets, batch_id 1076589581.
    for (int i = 1; i <= 3; ++i) {
        EXPECT_TRUE(protobuf.contains(QStringLiteral("Test%1:test%1@example%1.com").arg(i).toLatin1())) << i;
        EXPECT_TRUE(protobuf.contains(QStringLiteral("Test%1").arg(i).toLatin1()));
    }
    EXPECT_TRUE(protobuf.contains(QByteArray::fromHex("0a0a48656c6c6f21deadbeef")));
    EXPECT_TRUE(protobuf.contains(QByteArray::fromHex("0a0a48656c6c6f21deadbef0")));
    EXPECT_TRUE(protobuf.contains(QByteArray::fromHex("0a0a48656c6c6f21deadbef1")));
    // version 1, batch_size 1, batch_index 0, then batch_id 1076589581 as a varint (8d e8 ad 81 04).
    EXPECT_TRUE(protobuf.endsWith(QByteArray::fromHex("100118012000288de8ad8104")));
}

TEST(QrCorpus, Dim13ExampleIsAnOtpauthUri)
{
    if (corpusPath(Corpus + QStringLiteral("dim13-otpauth/example.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const auto result = decodeFile(QStringLiteral("dim13-otpauth/example.png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result),
        QStringList{QStringLiteral(
            "otpauth://totp/Example:alice@google.com?issuer=Example&period=30&secret=JBSWY3DPEHPK3PXP")});
    EXPECT_EQ(result->first().kind(), QrPayload::Kind::OtpAuth);
}

TEST(QrCorpus, QrCodeWithoutOtpIsOther)
{
    if (corpusPath(Corpus + QStringLiteral("scito-extract_otp_secrets/qr_but_without_otp.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const auto result = decodeFile(QStringLiteral("scito-extract_otp_secrets/qr_but_without_otp.png"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(texts(*result), QStringList{QStringLiteral("NOT A otpauth-migration:// URL")});
    EXPECT_EQ(result->first().kind(), QrPayload::Kind::Other);
}

TEST(QrCorpus, AllGeneratedImagesOnOneCanvasAreAllFound)
{
    if (corpusPath(Corpus + QStringLiteral("generated-qr/batch3_part1_of_3.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    // The three batch parts side by side, as a phone export looks after three screenshots are pasted together.
    QList<QImage> parts;
    int width = 0;
    int height = 0;
    for (int part = 1; part <= 3; ++part) {
        parts.append(QImage(corpusPath(Corpus + QStringLiteral("generated-qr/batch3_part%1_of_3.png").arg(part)))
                         .convertToFormat(QImage::Format_Grayscale8));
        width += parts.last().width();
        height = std::max(height, parts.last().height());
    }
    QImage canvas(width, height, QImage::Format_Grayscale8);
    canvas.fill(255);
    int x = 0;
    for (const QImage& part : parts) {
        for (int y = 0; y < part.height(); ++y) {
            std::copy_n(part.constScanLine(y), part.width(), canvas.scanLine(y) + x);
        }
        x += part.width();
    }
    const auto result = QrDecoder().decode(canvas);
    ASSERT_TRUE(result.ok());
    QStringList expected;
    for (int part = 1; part <= 3; ++part) {
        expected.append(johncallahanUri(QStringLiteral("string_%1_of_3_urlencoded").arg(part)));
    }
    EXPECT_EQ(texts(*result), expected);
}
