#include "CsvReader.h"

#include <gtest/gtest.h>

using namespace tessera;

TEST(CsvReader, QuotedFieldsLineEndsAndEmptyCells)
{
    auto rows = CsvReader::parse(u"a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n,,\n\nlast,row,\"\"");
    ASSERT_TRUE(rows.ok()) << rows.error().message().toStdString();
    ASSERT_EQ(rows->size(), 4);
    EXPECT_EQ(rows->at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    EXPECT_EQ(
        rows->at(1), (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
    EXPECT_EQ(rows->at(2), (QStringList{QString(), QString(), QString()}));
    EXPECT_EQ(rows->at(3), (QStringList{QStringLiteral("last"), QStringLiteral("row"), QString()}));
}

TEST(CsvReader, MalformedQuotingIsAnError)
{
    auto unterminated = CsvReader::parse(u"a,\"open\nstill open");
    ASSERT_FALSE(unterminated.ok());
    EXPECT_TRUE(unterminated.error().message().contains(u"not closed"));
    auto stray = CsvReader::parse(u"a,b\nx,ab\"c\n");
    ASSERT_FALSE(stray.ok());
    EXPECT_TRUE(stray.error().message().contains(u"line 2"));
    auto trailing = CsvReader::parse(u"\"a\"b,c\n");
    ASSERT_FALSE(trailing.ok());
    EXPECT_TRUE(trailing.error().message().contains(u"after a closing quote"));
}
