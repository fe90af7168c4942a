#include "AccountCodec.h"
#include "VaultTestSupport.h"

#include <QCborMap>
#include <QCborValue>

#include <gtest/gtest.h>

using namespace tessera;

TEST(AccountCodec, EveryFieldRoundTrips)
{
    const Account account = tessera::test::fullAccount();
    const QByteArray bytes = AccountCodec::encode(account);
    auto decoded = AccountCodec::decode(bytes, account.id);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message().toStdString();
    EXPECT_EQ(*decoded, account);
    EXPECT_EQ(decoded->recovery, account.recovery);
    EXPECT_EQ(decoded->parameters.secret(), QByteArray("full-field-secret-42"));
    EXPECT_EQ(decoded->parameters.counter(), 987'654'321'012ULL);
}

TEST(AccountCodec, DefaultsAndEveryTypeRoundTrip)
{
    for (const OtpType type : {OtpType::Totp, OtpType::Hotp, OtpType::Steam}) {
        Account account(OtpParameters::create(type, QByteArray("0123456789"), HashAlgorithm::Sha256, 7, 45, 3).value());
        account.id = QUuid::createUuid();
        auto decoded = AccountCodec::decode(AccountCodec::encode(account), account.id);
        ASSERT_TRUE(decoded.ok());
        EXPECT_EQ(*decoded, account);
        auto summary = AccountCodec::decodeSummary(AccountCodec::encode(account), account.id, 9);
        ASSERT_TRUE(summary.ok());
        EXPECT_EQ(summary->type, type);
        EXPECT_EQ(summary->digits, account.parameters.digits());
        EXPECT_EQ(summary->revision, 9u);
        auto parameters = AccountCodec::decodeParameters(AccountCodec::encode(account));
        ASSERT_TRUE(parameters.ok());
        EXPECT_EQ(*parameters, account.parameters);
    }
}

TEST(AccountCodec, IsACborMapWithTheDocumentedKeys)
{
    const QByteArray bytes = AccountCodec::encode(tessera::test::fullAccount());
    const QCborMap map = QCborValue::fromCbor(bytes).toMap();
    const QStringList expected = {QStringLiteral("issuer"), QStringLiteral("account"), QStringLiteral("type"),
        QStringLiteral("algorithm"), QStringLiteral("digits"), QStringLiteral("period"), QStringLiteral("counter"),
        QStringLiteral("secret"), QStringLiteral("note"), QStringLiteral("tags"), QStringLiteral("favorite"),
        QStringLiteral("position"), QStringLiteral("created_at"), QStringLiteral("modified_at"),
        QStringLiteral("last_verified_at"), QStringLiteral("trashed_at"), QStringLiteral("recovery")};
    QStringList keys;
    for (const auto& [key, value] : map) {
        keys.append(key.toString());
    }
    EXPECT_EQ(keys, expected);
    EXPECT_EQ(map.value(QStringLiteral("type")).toString(), QStringLiteral("hotp"));
    EXPECT_EQ(map.value(QStringLiteral("algorithm")).toString(), QStringLiteral("SHA512"));
    EXPECT_EQ(map.value(QStringLiteral("trashed_at")).toInteger(), 1'700'000'123'456);
    EXPECT_EQ(map.value(QStringLiteral("recovery")).toMap().value(QStringLiteral("phone_checked_on")).toString(),
        QStringLiteral("2024-02-29"));
}

TEST(AccountCodec, SummaryNeverCopiesTheSecret)
{
    const Account account = tessera::test::fullAccount();
    auto summary = AccountCodec::decodeSummary(AccountCodec::encode(account), account.id, 1);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->issuer, account.issuer);
    EXPECT_EQ(summary->tags, account.tags);
    EXPECT_EQ(summary->trashedAt, account.trashedAt);
}

TEST(AccountCodec, MalformedRecordsAreErrorsNeverPartialAccounts)
{
    const QByteArray good = AccountCodec::encode(tessera::test::fullAccount());
    QCborMap map = QCborValue::fromCbor(good).toMap();

    QCborMap unknown = map;
    unknown.insert(QStringLiteral("future_field"), 1);
    auto newer = AccountCodec::decode(unknown.toCborValue().toCbor(), QUuid::createUuid());
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().kind(), Error::Kind::Unsupported);

    QCborMap wrongType = map;
    wrongType.insert(QStringLiteral("digits"), QStringLiteral("eight"));
    auto typed = AccountCodec::decode(wrongType.toCborValue().toCbor(), QUuid::createUuid());
    ASSERT_FALSE(typed.ok());
    EXPECT_EQ(typed.error().kind(), Error::Kind::Corrupt);

    QCborMap missing = map;
    missing.remove(QStringLiteral("secret"));
    EXPECT_FALSE(AccountCodec::decode(missing.toCborValue().toCbor(), QUuid::createUuid()).ok());

    QCborMap badDigits = map;
    badDigits.insert(QStringLiteral("digits"), 99);
    EXPECT_FALSE(AccountCodec::decode(badDigits.toCborValue().toCbor(), QUuid::createUuid()).ok());

    for (int cut = 0; cut < good.size(); cut += 7) {
        EXPECT_FALSE(AccountCodec::decode(good.left(cut), QUuid::createUuid()).ok()) << cut;
    }
    EXPECT_FALSE(AccountCodec::decode(QByteArray(good + QByteArray("\x01", 1)), QUuid::createUuid()).ok());
}
