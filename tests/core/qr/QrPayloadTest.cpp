#include "QrPayload.h"

#include <gtest/gtest.h>

using tessera::QrPayload;
using Kind = tessera::QrPayload::Kind;

TEST(QrPayload, ClassifiesBySchemeCaseInsensitively)
{
    EXPECT_EQ(QrPayload::classify(u"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"), Kind::OtpAuth);
    EXPECT_EQ(QrPayload::classify(u"OTPAUTH://TOTP/A:b?secret=JBSWY3DPEHPK3PXP"), Kind::OtpAuth);
    EXPECT_EQ(QrPayload::classify(u"OtpAuth://hotp/x?secret=A&counter=1"), Kind::OtpAuth);
    EXPECT_EQ(QrPayload::classify(u"otpauth-migration://offline?data=CjMK"), Kind::OtpAuthMigration);
    EXPECT_EQ(QrPayload::classify(u"OTPAUTH-MIGRATION://offline?data=CjMK"), Kind::OtpAuthMigration);
}

TEST(QrPayload, SurroundingWhiteSpaceDoesNotHideTheScheme)
{
    EXPECT_EQ(QrPayload::classify(u"  otpauth://totp/x?secret=A\n"), Kind::OtpAuth);
    EXPECT_EQ(QrPayload::classify(u"\totpauth-migration://offline?data=x "), Kind::OtpAuthMigration);
}

TEST(QrPayload, EverythingElseIsOther)
{
    EXPECT_EQ(QrPayload::classify(u"NOT A otpauth-migration:// URL"), Kind::Other);
    EXPECT_EQ(QrPayload::classify(u"https://example.com/otpauth://totp"), Kind::Other);
    EXPECT_EQ(QrPayload::classify(u"QR-Code:otpauth-migration://offline?data=x"), Kind::Other);
    EXPECT_EQ(QrPayload::classify(u"otpauthx://totp/x"), Kind::Other);
    EXPECT_EQ(QrPayload::classify(u"steam://ABC"), Kind::Other);
    EXPECT_EQ(QrPayload::classify(u""), Kind::Other);
}

TEST(QrPayload, KindNamesAreTheCliContractsWords)
{
    EXPECT_EQ(QrPayload::kindName(Kind::OtpAuth), QStringLiteral("otpauth"));
    EXPECT_EQ(QrPayload::kindName(Kind::OtpAuthMigration), QStringLiteral("otpauth-migration"));
    EXPECT_EQ(QrPayload::kindName(Kind::Other), QStringLiteral("other"));
}

TEST(QrPayload, KeepsTextAndCorners)
{
    const QrPayload payload(QStringLiteral("otpauth://totp/x?secret=A"), {QPointF(1, 2), QPointF(3, 2)});
    EXPECT_EQ(payload.text(), QStringLiteral("otpauth://totp/x?secret=A"));
    EXPECT_EQ(payload.kind(), Kind::OtpAuth);
    ASSERT_EQ(payload.corners().size(), 2);
    EXPECT_EQ(payload.corners()[1], QPointF(3, 2));
}
