#include "JsonFields.h"

#include <gtest/gtest.h>

using namespace tessera;

TEST(JsonFields, TopLevelKeysWithValueKinds)
{
    const auto keys = JsonFields::topLevelKeys("\xEF\xBB\xBF {\"a\": \"x\\\"y\", \"b\": {\"inner\": 1}, \"c\": [1, "
                                               "{\"deep\": 2}], \"d\": null, \"e\\\"q\": 12,"
                                               " \"f\": true}");
    ASSERT_TRUE(keys.has_value());
    EXPECT_EQ(keys->size(), 6);
    EXPECT_EQ(keys->value(QStringLiteral("a")), '"');
    EXPECT_EQ(keys->value(QStringLiteral("b")), '{');
    EXPECT_EQ(keys->value(QStringLiteral("c")), '[');
    EXPECT_EQ(keys->value(QStringLiteral("d")), 'n');
    EXPECT_EQ(keys->value(QStringLiteral("e\\\"q")), '1');
    EXPECT_EQ(keys->value(QStringLiteral("f")), 't');
    EXPECT_FALSE(keys->contains(QStringLiteral("inner")));
    EXPECT_FALSE(keys->contains(QStringLiteral("deep")));
}

TEST(JsonFields, TopLevelKeysOfAListAreThoseOfItsFirstObject)
{
    const auto keys = JsonFields::topLevelKeys(R"([{"secret": "A", "label": {"x": 1}}, {"other": 2}])");
    ASSERT_TRUE(keys.has_value());
    EXPECT_EQ(keys->size(), 2);
    EXPECT_TRUE(keys->contains(QStringLiteral("secret")));
    EXPECT_TRUE(keys->contains(QStringLiteral("label")));
    EXPECT_TRUE(JsonFields::topLevelKeys("[]")->isEmpty());
}

TEST(JsonFields, TopLevelKeysOfBrokenOrOtherData)
{
    EXPECT_FALSE(JsonFields::topLevelKeys("otpauth://totp/x").has_value());
    EXPECT_FALSE(JsonFields::topLevelKeys("").has_value());
    const auto cut = JsonFields::topLevelKeys(R"({"a": 1, "b": "unterminated)");
    ASSERT_TRUE(cut.has_value());
    EXPECT_TRUE(cut->contains(QStringLiteral("a")));
    EXPECT_TRUE(JsonFields::topLevelKeys("{\"\\")->isEmpty());
}

TEST(JsonFields, TypedFieldsNameTheProblem)
{
    const QJsonObject object
        = JsonFields::parse(R"({"s": 1, "i": 2.5, "b": "yes", "big": 1e300, "ok": 7, "n": null})").value().object();
    EXPECT_EQ(JsonFields::string(object, u"s").error().message(), u"the field 's' should be text, not a number.");
    EXPECT_EQ(
        JsonFields::integer(object, u"i", 0).error().message(), u"the field 'i' should be a whole number, not 2.5.");
    EXPECT_FALSE(JsonFields::integer(object, u"big", 0).ok());
    EXPECT_EQ(JsonFields::boolean(object, u"b", false).error().message(),
        u"the field 'b' should be true or false, not text.");
    EXPECT_EQ(JsonFields::integer(object, u"ok", 0).value(), 7);
    EXPECT_EQ(JsonFields::integer(object, u"n", 3).value(), 3);
    EXPECT_EQ(JsonFields::integer(object, u"missing", 4).value(), 4);
    EXPECT_EQ(JsonFields::required(object, u"missing").error().message(), u"the field 'missing' is missing.");
    auto broken = JsonFields::parse("{\"a\": ");
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message().startsWith(u"the JSON is malformed at byte"));
}
