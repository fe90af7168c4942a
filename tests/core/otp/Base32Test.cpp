#include "Base32.h"

#include <gtest/gtest.h>

using tessera::Base32;

namespace
{
    QByteArray decoded(const char* text)
    {
        auto result = Base32::decode(QString::fromUtf8(text));
        EXPECT_TRUE(result.ok()) << text << ": " << (result.ok() ? "" : result.error().message().toStdString());
        return result.ok() ? result.value() : QByteArray();
    }

    QString errorOf(const char* text)
    {
        auto result = Base32::decode(QString::fromUtf8(text));
        EXPECT_FALSE(result.ok()) << text;
        return result.ok() ? QString() : result.error().message();
    }
}

TEST(Base32, DecodesRfc4648Vectors)
{
    EXPECT_EQ(decoded("MY======"), QByteArray("f"));
    EXPECT_EQ(decoded("MZXQ===="), QByteArray("fo"));
    EXPECT_EQ(decoded("MZXW6==="), QByteArray("foo"));
    EXPECT_EQ(decoded("MZXW6YQ="), QByteArray("foob"));
    EXPECT_EQ(decoded("MZXW6YTB"), QByteArray("fooba"));
    EXPECT_EQ(decoded("MZXW6YTBOI======"), QByteArray("foobar"));
}

TEST(Base32, EncodesRfc4648VectorsWithAndWithoutPadding)
{
    EXPECT_EQ(Base32::encode("foobar", true), QStringLiteral("MZXW6YTBOI======"));
    EXPECT_EQ(Base32::encode("foobar"), QStringLiteral("MZXW6YTBOI"));
    EXPECT_EQ(Base32::encode("f"), QStringLiteral("MY"));
    EXPECT_EQ(Base32::encode(QByteArray()), QString());
}

TEST(Base32, IsLenientAboutCaseSpacesHyphensAndPadding)
{
    const QByteArray expected = QByteArray::fromHex("48656c6c6f21deadbeef"); // wiki example key
    EXPECT_EQ(decoded("JBSWY3DPEHPK3PXP"), expected);
    EXPECT_EQ(decoded("jbswy3dpehpk3pxp"), expected);
    EXPECT_EQ(decoded("jbsw y3dp ehpk 3pxp"), expected);
    EXPECT_EQ(decoded("JBSW-Y3DP-EHPK-3PXP"), expected);
    EXPECT_EQ(decoded(" JBSWY3DPEHPK3PXP\n"), expected);
    EXPECT_EQ(decoded("JBSWY3DPEHPK3PXP======"), expected); // extra padding
    EXPECT_EQ(decoded("MZXW6YQ"), QByteArray("foob"));      // missing padding
}

TEST(Base32, RejectsInvalidCharactersNamingCharacterAndPosition)
{
    const QString message = errorOf("JBSW1Y3DP");
    EXPECT_TRUE(message.contains(QStringLiteral("'1'"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("position 5"))) << message.toStdString();

    EXPECT_TRUE(errorOf("ABC0DEFG").contains(QStringLiteral("'0'")));
    EXPECT_TRUE(errorOf("ABCDEFG8").contains(QStringLiteral("position 8")));
    EXPECT_TRUE(errorOf("ABCD!EFG").contains(QStringLiteral("'!'")));
    EXPECT_TRUE(errorOf("ABCDÉFGH").contains(QStringLiteral("'É'")));
}

TEST(Base32, RejectsEmptyAndPaddingInTheMiddle)
{
    EXPECT_TRUE(errorOf("").contains(QStringLiteral("empty")));
    EXPECT_TRUE(errorOf("  - ").contains(QStringLiteral("empty")));
    EXPECT_TRUE(errorOf("====").contains(QStringLiteral("empty")));
    EXPECT_TRUE(errorOf("MY==MZXQ").contains(QStringLiteral("'='")));
}

TEST(Base32, RejectsLengthsThatCannotBeWholeBytes)
{
    EXPECT_TRUE(errorOf("A").contains(QStringLiteral("1 base32 characters")));
    EXPECT_TRUE(errorOf("ABC").contains(QStringLiteral("missing or extra")));
    EXPECT_TRUE(errorOf("ABCDEFGHA").contains(QStringLiteral("9 base32")));
    EXPECT_FALSE(Base32::decode(QStringLiteral("ABCDEF")).ok());
}

TEST(Base32, RoundTripsEveryLength)
{
    for (int length = 1; length <= 70; ++length) {
        QByteArray bytes(length, '\0');
        for (int i = 0; i < length; ++i) {
            bytes[i] = static_cast<char>((i * 37 + length * 11) & 0xFF);
        }
        for (const bool padding : {false, true}) {
            const QString text = Base32::encode(bytes, padding);
            auto back = Base32::decode(text);
            ASSERT_TRUE(back.ok()) << length;
            EXPECT_EQ(back.value(), bytes) << length;
        }
    }
}
