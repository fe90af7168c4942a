#include "QrDecoder.h"
#include "QrTestImages.h"

#include <gtest/gtest.h>

using tessera::QrDecoder;
using tessera::QrPayload;
using tessera::test::QrTestImages;

namespace
{
    constexpr QrDecoder::Pass AllPasses[]
        = {QrDecoder::Pass::Plain, QrDecoder::Pass::Inverted, QrDecoder::Pass::Smoothed, QrDecoder::Pass::Stretched,
            QrDecoder::Pass::Global, QrDecoder::Pass::Upscaled, QrDecoder::Pass::Sharpened};

    QString passName(QrDecoder::Pass pass)
    {
        switch (pass) {
        case QrDecoder::Pass::Plain:
            return QStringLiteral("Plain");
        case QrDecoder::Pass::Inverted:
            return QStringLiteral("Inverted");
        case QrDecoder::Pass::Smoothed:
            return QStringLiteral("Smoothed");
        case QrDecoder::Pass::Stretched:
            return QStringLiteral("Stretched");
        case QrDecoder::Pass::Global:
            return QStringLiteral("Global");
        case QrDecoder::Pass::Upscaled:
            return QStringLiteral("Upscaled");
        case QrDecoder::Pass::Sharpened:
            return QStringLiteral("Sharpened");
        }
        return {};
    }

    std::string describe(QrDecoder::Passes passes)
    {
        QStringList names;
        for (const auto pass : AllPasses) {
            if (passes.testFlag(pass)) {
                names.append(passName(pass));
            }
        }
        return names.join(QStringLiteral(" | ")).toStdString();
    }

    QStringList sorted(const QList<QrPayload>& payloads)
    {
        QStringList texts;
        for (const QrPayload& payload : payloads) {
            texts.append(payload.text());
        }
        texts.sort();
        return texts;
    }

    class QrRobustness : public ::testing::TestWithParam<int>
    {
    protected:
        static const QrTestImages::Case& testCase() { return QrTestImages::robustnessCases().at(GetParam()); }
    };
}

// The default decoder reads every case of the matrix, and exactly the expected codes.
TEST_P(QrRobustness, DefaultDecoderReadsIt)
{
    const auto& c = testCase();
    const QImage image = c.image();
    ASSERT_FALSE(image.isNull());
    const auto result = QrDecoder().decode(image);
    ASSERT_TRUE(result.ok());
    QStringList expected = c.texts;
    expected.sort();
    EXPECT_EQ(sorted(*result), expected) << c.name.toStdString();
}

// Which passes read the case when each runs alone: the table in docs/qr.md.
TEST_P(QrRobustness, PassesThatReadItAlone)
{
    const auto& c = testCase();
    const QImage image = c.image();
    QStringList expected = c.texts;
    expected.sort();
    QrDecoder::Passes readers;
    for (const auto pass : AllPasses) {
        QrDecoder::Options options;
        options.passes = pass;
        const auto result = QrDecoder(options).decode(image);
        ASSERT_TRUE(result.ok());
        if (sorted(*result) == expected) {
            readers |= pass;
        }
    }
    const QrDecoder::Passes firm = ~c.marginal;
    EXPECT_EQ(readers & firm, c.readers & firm)
        << c.name.toStdString() << ": read alone by " << describe(readers) << "; documented: " << describe(c.readers)
        << " (marginal: " << describe(c.marginal) << ")";
}

INSTANTIATE_TEST_SUITE_P(Matrix,
    QrRobustness,
    ::testing::Range(0, static_cast<int>(QrTestImages::robustnessCases().size())),
    [](const ::testing::TestParamInfo<int>& info) {
        QString name = QrTestImages::robustnessCases().at(info.param).name;
        QString identifier;
        bool upper = true;
        for (const QChar c : name) {
            if (c.isLetterOrNumber() && c.unicode() < 128) {
                identifier += upper ? c.toUpper() : c;
                upper = false;
            } else {
                upper = true;
            }
        }
        return QStringLiteral("%1_%2").arg(info.param, 2, 10, QLatin1Char('0')).arg(identifier).toStdString();
    });
