#include "OtpUri.h"
#include "OtpGenerator.h"

#include <QList>
#include <QRandomGenerator>

#include <utility>

#include <gtest/gtest.h>

using namespace tessera;

namespace
{
    OtpUri parsed(const QString& text)
    {
        auto result = OtpUri::parse(text);
        if (!result.ok()) {
            ADD_FAILURE() << text.toStdString() << ": " << result.error().message().toStdString();
            return OtpUri(QString(), QString(), OtpParameters::create(OtpType::Totp, "x").value());
        }
        return result.value();
    }

    QString errorOf(const QString& text)
    {
        auto result = OtpUri::parse(text);
        EXPECT_FALSE(result.ok()) << text.toStdString();
        return result.ok() ? QString() : result.error().message();
    }

    const QString Secret = QStringLiteral("JBSWY3DPEHPK3PXP");
}

// --- The Key URI wiki's own examples -------------------------------------------------------

TEST(OtpUri, WikiExampleOne)
{
    const OtpUri uri
        = parsed(QStringLiteral("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"));
    EXPECT_EQ(uri.issuer(), QStringLiteral("Example"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("alice@google.com"));
    EXPECT_EQ(uri.parameters().type(), OtpType::Totp);
    EXPECT_EQ(uri.parameters().secret(), QByteArray::fromHex("48656c6c6f21deadbeef"));
    EXPECT_EQ(uri.parameters().algorithm(), HashAlgorithm::Sha1);
    EXPECT_EQ(uri.parameters().digits(), 6);
    EXPECT_EQ(uri.parameters().period(), 30);
}

TEST(OtpUri, WikiExampleTwoWithEveryParameter)
{
    const OtpUri uri
        = parsed(QStringLiteral("otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                                "&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30"));
    EXPECT_EQ(uri.issuer(), QStringLiteral("ACME Co"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("john.doe@email.com"));
    EXPECT_EQ(uri.parameters().secretBase32(), QStringLiteral("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"));
}

TEST(OtpUri, WikiEncodedColonAndSpacesSeparator)
{
    const OtpUri uri
        = parsed(QStringLiteral("otpauth://totp/Big%20Corporation%3A%20alice%40bigco.com?secret=") + Secret);
    EXPECT_EQ(uri.issuer(), QStringLiteral("Big Corporation"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("alice@bigco.com"));
}

// --- Label splitting (hectorm/otpauth test groups) ------------------------------------------

TEST(OtpUri, LabelSeparatorVariantsAllGiveTheSameAccount)
{
    for (const char* label : {"ACME:OTPAuth", "ACME:  OTPAuth", "ACME%3AOTPAuth", "ACME%3A  OTPAuth", "ACME%3aOTPAuth",
             "ACME%3a  OTPAuth", "ACME%3A%20%20OTPAuth"}) {
        const OtpUri uri
            = parsed(QStringLiteral("otpauth://totp/%1?issuer=ACME&secret=%2").arg(QString::fromLatin1(label), Secret));
        EXPECT_EQ(uri.issuer(), QStringLiteral("ACME")) << label;
        EXPECT_EQ(uri.accountName(), QStringLiteral("OTPAuth")) << label;
    }
}

TEST(OtpUri, LabelWithoutIssuer)
{
    for (const char* label : {"Username", ":Username", "%3AUsername", ":  Username"}) {
        const OtpUri uri
            = parsed(QStringLiteral("otpauth://totp/%1?secret=%2").arg(QString::fromLatin1(label), Secret));
        EXPECT_EQ(uri.issuer(), QString()) << label;
        EXPECT_EQ(uri.accountName(), QStringLiteral("Username")) << label;
    }
}

TEST(OtpUri, IssuerParameterWithEmptyLabelPrefix)
{
    const OtpUri uri = parsed(QStringLiteral("otpauth://totp/:OTPAuth?issuer=ACME&secret=") + Secret);
    EXPECT_EQ(uri.issuer(), QStringLiteral("ACME"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("OTPAuth"));
}

TEST(OtpUri, IssuerParameterWinsOverADifferentLabelPrefix)
{
    const OtpUri uri
        = parsed(QStringLiteral("otpauth://totp/Contoso%20Co:Firstname%20Lastname?issuer=ACME%20Co&secret=") + Secret);
    EXPECT_EQ(uri.issuer(), QStringLiteral("ACME Co"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("Firstname Lastname"));

    const OtpUri conflict = parsed(QStringLiteral("otpauth://totp/SomeIssuer:?issuer=AnotherIssuer&secret=") + Secret);
    EXPECT_EQ(conflict.issuer(), QStringLiteral("AnotherIssuer"));
    EXPECT_EQ(conflict.accountName(), QString());
}

TEST(OtpUri, LabelPrefixIsUsedWhenIssuerParameterIsMissingOrEmpty)
{
    for (const char* query : {"issuer=&", ""}) {
        const OtpUri uri = parsed(QStringLiteral("otpauth://totp/Contoso%20Co:Firstname%20Lastname?%1secret=%2")
                                      .arg(QString::fromLatin1(query), Secret));
        EXPECT_EQ(uri.issuer(), QStringLiteral("Contoso Co")) << query;
        EXPECT_EQ(uri.accountName(), QStringLiteral("Firstname Lastname"));
    }
}

TEST(OtpUri, IssuerContainingAnEncodedColon)
{
    // pyotp: the issuer parameter names the prefix, even though it contains a colon itself.
    const OtpUri uri = parsed(QStringLiteral("otpauth://totp/Text%3A%20More%20Text:Secret?secret=FFFFFFFAAAAAABBBBBBB"
                                             "&issuer=Text%3A%20More%20Text"));
    EXPECT_EQ(uri.issuer(), QStringLiteral("Text: More Text"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("Secret"));
}

TEST(OtpUri, EncodedColonWithoutIssuerIsTheSeparator)
{
    // Decision (docs/otpauth.md): the wiki's ABNF, where %3A separates; pyotp keeps "a:b" as the name.
    const OtpUri uri = parsed(QStringLiteral("otpauth://totp/a%3Ab?secret=GEZDGNBV"));
    EXPECT_EQ(uri.issuer(), QStringLiteral("a"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("b"));
}

TEST(OtpUri, PlusInQueryValuesIsASpaceButNotInThePath)
{
    const OtpUri uri = parsed(QStringLiteral("otpauth://hotp/Air%20Canada:Benjamin?secret=KUVJJOM753IHTNDSZVCNKL7GII"
                                             "&issuer=Air+Canada&algorithm=SHA256&digits=7&counter=50"));
    EXPECT_EQ(uri.issuer(), QStringLiteral("Air Canada"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("Benjamin"));
    EXPECT_EQ(uri.parameters().counter(), 50u);
    EXPECT_EQ(uri.parameters().digits(), 7);

    const OtpUri path = parsed(QStringLiteral("otpauth://totp/C++:dev?secret=") + Secret);
    EXPECT_EQ(path.issuer(), QStringLiteral("C++"));

    const OtpUri encodedPlus = parsed(QStringLiteral("otpauth://totp/x?issuer=C%2B%2B&secret=") + Secret);
    EXPECT_EQ(encodedPlus.issuer(), QStringLiteral("C++"));
}

TEST(OtpUri, Utf8Labels)
{
    const OtpUri uri = parsed(
        QStringLiteral("otpauth://totp/encoding%3A%20%C2%BF%C3%A4%C3%84%C3%A9%C3%89%3F%20(demo)?secret=") + Secret);
    EXPECT_EQ(uri.issuer(), QStringLiteral("encoding"));
    EXPECT_EQ(uri.accountName(), QStringLiteral("¿äÄéÉ? (demo)"));
}

// --- Parameters -----------------------------------------------------------------------------

TEST(OtpUri, ParametersInAnyOrderAndUnknownOnesIgnored)
{
    const OtpUri uri = parsed(QStringLiteral("otpauth://totp/ACME:OTPAuth?period=60&extra=0&digits=7&image=foobar"
                                             "&codeDisplay=%7B%22pinned%22%3Atrue%7D&algorithm=sha512&secret=")
        + Secret);
    EXPECT_EQ(uri.parameters().period(), 60);
    EXPECT_EQ(uri.parameters().digits(), 7);
    EXPECT_EQ(uri.parameters().algorithm(), HashAlgorithm::Sha512);
}

TEST(OtpUri, LenientAboutCaseOfSchemeTypeKeysAndAlgorithmSpelling)
{
    const OtpUri uri = parsed(QStringLiteral("OTPAUTH://TOTP/x?SECRET=jbswy3dpehpk3pxp&Algorithm=HmacSHA256&DIGITS=8"));
    EXPECT_EQ(uri.parameters().secret(), QByteArray::fromHex("48656c6c6f21deadbeef"));
    EXPECT_EQ(uri.parameters().algorithm(), HashAlgorithm::Sha256);
    EXPECT_EQ(uri.parameters().digits(), 8);
    EXPECT_EQ(
        parsed(QStringLiteral("otpauth://totp/x?algorithm=HMAC-SHA-512&secret=") + Secret).parameters().algorithm(),
        HashAlgorithm::Sha512);
}

TEST(OtpUri, LenientSecrets)
{
    // Lower case (pyotp vector, matches Google Authenticator), spaces, padding.
    const OtpUri lower = parsed(QStringLiteral("otpauth://totp/x?secret=wrn3pqx5uqxqvnqr"));
    EXPECT_EQ(OtpGenerator::code(lower.parameters(), 1297553958), QStringLiteral("102705"));
    EXPECT_EQ(parsed(QStringLiteral("otpauth://totp/x?secret=JBSW%20Y3DP%20EHPK%203PXP")).parameters().secret(),
        QByteArray::fromHex("48656c6c6f21deadbeef"));
    EXPECT_EQ(parsed(QStringLiteral("otpauth://totp/x?secret=MZXW6YQ%3D")).parameters().secret(), QByteArray("foob"));
    EXPECT_EQ(parsed(QStringLiteral("otpauth://totp/test:test?secret=AA")).parameters().secret().size(), 1);
}

TEST(OtpUri, IdenticalDuplicateParametersAreAcceptedConflictingOnesRejected)
{
    const OtpUri same = parsed(QStringLiteral("otpauth://totp?algorithm=SHA1&secret=GEZDGNBV&algorithm=SHA1"));
    EXPECT_EQ(OtpGenerator::code(same.parameters(), 0), QStringLiteral("734055"));

    const QString message = errorOf(QStringLiteral("otpauth://totp?algorithm=SHA1&secret=GEZDGNBV&algorithm=SHA256"));
    EXPECT_TRUE(message.contains(QStringLiteral("'algorithm' appears twice"))) << message.toStdString();
    EXPECT_FALSE(OtpUri::parse(QStringLiteral("otpauth://totp?secret=GEZDGNBV&secret=JBSWY3DP")).ok());
}

TEST(OtpUri, NoLabelAtAll)
{
    const OtpUri uri = parsed(QStringLiteral("otpauth://totp?secret=GEZDGNBV"));
    EXPECT_EQ(uri.accountName(), QString());
    EXPECT_EQ(uri.issuer(), QString());
}

TEST(OtpUri, FragmentAndSurroundingWhiteSpaceAreIgnored)
{
    const OtpUri uri = parsed(QStringLiteral("  otpauth://totp/A:b?secret=GEZDGNBV#fragment \n"));
    EXPECT_EQ(uri.parameters().secret(), QByteArray("12345"));
}

// --- HOTP and Steam ----------------------------------------------------------------------------

TEST(OtpUri, HotpWithCounter)
{
    const OtpUri uri = parsed(QStringLiteral("otpauth://hotp/WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&issuer=WWE"
                                             "&algorithm=SHA512&digits=8&counter=10300"));
    EXPECT_EQ(uri.parameters().type(), OtpType::Hotp);
    EXPECT_EQ(uri.parameters().counter(), 10300u);
    EXPECT_EQ(uri.parameters().algorithm(), HashAlgorithm::Sha512);
}

TEST(OtpUri, SteamSpellings)
{
    const OtpUri aegis = parsed(QStringLiteral("otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI"
                                               "&issuer=Boeing&algorithm=SHA1&digits=5&period=30"));
    EXPECT_EQ(aegis.parameters().type(), OtpType::Steam);
    EXPECT_EQ(aegis.issuer(), QStringLiteral("Boeing"));

    const OtpUri encoder = parsed(QStringLiteral("otpauth://totp/Steam:?secret=FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW"
                                                 "&encoder=steam&period=15&digits=7"));
    EXPECT_EQ(encoder.parameters().type(), OtpType::Steam);
    EXPECT_EQ(encoder.parameters().digits(), 5);
    EXPECT_EQ(encoder.parameters().period(), 30);
    EXPECT_EQ(OtpGenerator::code(encoder.parameters(), 1662884261), QStringLiteral("V6WKJ"));

    const OtpUri bitwarden = parsed(QStringLiteral("steam://FMXNK4QEGKVPULRTADY6JIDK5VHUBGZW"));
    EXPECT_EQ(bitwarden.parameters().type(), OtpType::Steam);
    EXPECT_EQ(bitwarden.issuer(), QStringLiteral("Steam"));
    EXPECT_EQ(OtpGenerator::code(bitwarden.parameters(), 0), QStringLiteral("C5V56"));

    // The issuer "Steam" alone does not make an account Steam (pyotp's rule).
    EXPECT_EQ(parsed(QStringLiteral("otpauth://totp/Steam:me?secret=GEZDGNBV&issuer=Steam")).parameters().type(),
        OtpType::Totp);
}

// --- Invalid input: an error value with a message a user understands -----------------------

TEST(OtpUri, InvalidInputGivesClearErrors)
{
    EXPECT_TRUE(errorOf(QStringLiteral("http://hello.com")).contains(QStringLiteral("not an otpauth://")));
    EXPECT_TRUE(errorOf(QStringLiteral("QR-Code:otpauth://totp/x?secret=GEZDGNBV"))
                    .contains(QStringLiteral("not an otpauth://")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://totp")).contains(QStringLiteral("no secret")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://totp/x?secret=")).contains(QStringLiteral("no secret")));
    EXPECT_TRUE(
        errorOf(QStringLiteral("otpauth://derp?secret=foo")).contains(QStringLiteral("Unknown code type 'derp'")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://?secret=GEZDGNBV")).contains(QStringLiteral("totp or hotp")));
    EXPECT_TRUE(
        errorOf(QStringLiteral("otpauth://totp/x?secret=GEZDGNBV&digits=-1")).contains(QStringLiteral("digits")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://totp/x?secret=GEZDGNBV&digits=11"))
                    .contains(QStringLiteral("between 4 and 10")));
    EXPECT_TRUE(
        errorOf(QStringLiteral("otpauth://totp/x?secret=GEZDGNBV&digits=six")).contains(QStringLiteral("'six'")));
    EXPECT_TRUE(
        errorOf(QStringLiteral("otpauth://totp/x?secret=GEZDGNBV&period=0")).contains(QStringLiteral("period")));
    EXPECT_TRUE(
        errorOf(QStringLiteral("otpauth://totp/x?secret=GEZDGNBV&period=90000")).contains(QStringLiteral("86400")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://totp/x?secret=GEZDGNBV&algorithm=aes"))
                    .contains(QStringLiteral("Unknown algorithm 'aes'")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://totp/x?secret=GEZDGNBV&algorithm=MD5"))
                    .contains(QStringLiteral("SHA1, SHA256 and SHA512")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://hotp/x?secret=GEZDGNBV")).contains(QStringLiteral("counter")));
    EXPECT_TRUE(
        errorOf(QStringLiteral("otpauth://hotp/x?secret=GEZDGNBV&counter=-1")).contains(QStringLiteral("'-1'")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://hotp/x?secret=GEZDGNBV&counter=abc"))
                    .contains(QStringLiteral("whole number")));
    EXPECT_TRUE(
        errorOf(QStringLiteral("otpauth://totp/x?secret=GEZ1GNBV")).contains(QStringLiteral("'1' at position 4")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://yaotp/x?secret=GEZDGNBV&pin=x")).contains(QStringLiteral("Yandex")));
    EXPECT_TRUE(errorOf(QStringLiteral("motp://x?secret=abcd")).contains(QStringLiteral("not an otpauth://")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth-migration://offline?data=CgA")).contains(QStringLiteral("import")));
    EXPECT_TRUE(errorOf(QStringLiteral("steam://not-base32!")).contains(QStringLiteral("Steam secret")));
    EXPECT_TRUE(errorOf(QString()).contains(QStringLiteral("not an otpauth://")));
    EXPECT_TRUE(errorOf(QStringLiteral("otpauth://totp/x?secret=") + QString(70000, QLatin1Char('A')))
                    .contains(QStringLiteral("too long")));
    const QString longSecret = QStringLiteral("otpauth://totp/x?secret=") + QString(1700, QLatin1Char('A'));
    EXPECT_TRUE(errorOf(longSecret).contains(QStringLiteral("at most 1024 bytes")));
}

// --- Writing: strict form, and parse(write(x)) == x ---------------------------------------------

TEST(OtpUri, WritesTheStrictForm)
{
    const auto parameters = OtpParameters::create(OtpType::Totp, QByteArray::fromHex("48656c6c6f21deadbeef")).value();
    EXPECT_EQ(OtpUri(QStringLiteral("FooCorp!"), QStringLiteral("mark@percival"), parameters).toString(),
        QStringLiteral("otpauth://totp/FooCorp%21:mark%40percival?secret=JBSWY3DPEHPK3PXP&issuer=FooCorp%21"
                       "&algorithm=SHA1&digits=6&period=30"));
    EXPECT_EQ(OtpUri(QStringLiteral("Foo Corp"), QStringLiteral("a b"), parameters).toString(),
        QStringLiteral("otpauth://totp/Foo%20Corp:a%20b?secret=JBSWY3DPEHPK3PXP&issuer=Foo%20Corp"
                       "&algorithm=SHA1&digits=6&period=30"));
    EXPECT_EQ(OtpUri(QString(), QStringLiteral("alice"), parameters).toString(),
        QStringLiteral("otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30"));

    const auto hotp
        = OtpParameters::create(OtpType::Hotp, QByteArray("12345"), HashAlgorithm::Sha256, 8, 30, 42).value();
    EXPECT_EQ(OtpUri(QStringLiteral("X"), QStringLiteral("y"), hotp).toString(),
        QStringLiteral("otpauth://hotp/X:y?secret=GEZDGNBV&issuer=X&algorithm=SHA256&digits=8&counter=42"));

    const auto steam = OtpParameters::create(OtpType::Steam, QByteArray("12345")).value();
    EXPECT_EQ(OtpUri(QStringLiteral("Steam"), QStringLiteral("me"), steam).toString(),
        QStringLiteral("otpauth://steam/Steam:me?secret=GEZDGNBV&issuer=Steam&algorithm=SHA1&digits=5&period=30"));
}

TEST(OtpUri, RoundTripsTrickyLabels)
{
    const auto parameters = OtpParameters::create(OtpType::Totp, QByteArray("12345")).value();
    const QList<std::pair<QString, QString>> labels = {
        {QStringLiteral("Text: More Text"), QStringLiteral("Secret")},
        {QString(), QStringLiteral("a:b")},
        {QStringLiteral("X"), QStringLiteral("a:b")},
        {QStringLiteral("A&B"), QStringLiteral("c=d?e#f")},
        {QStringLiteral("C++"), QStringLiteral("100% /path")},
        {QStringLiteral("Ünïcødé 日本"), QStringLiteral("ß@例え.jp")},
        {QStringLiteral("Issuer"), QString()},
    };
    for (const auto& [issuer, account] : labels) {
        const OtpUri original(issuer, account, parameters);
        auto back = OtpUri::parse(original.toString());
        ASSERT_TRUE(back.ok()) << original.toString().toStdString();
        EXPECT_EQ(back.value(), original) << original.toString().toStdString();
    }
}

TEST(OtpUri, RoundTripsRandomAccounts)
{
    QRandomGenerator random(20261127);
    const QString alphabet = QStringLiteral("abcXYZ019 :%+&=?#/@!.-_~éß日");
    const auto randomText = [&] {
        QString text;
        const int length = random.bounded(0, 12);
        for (int i = 0; i < length; ++i) {
            text.append(alphabet[random.bounded(alphabet.size())]);
        }
        return text;
    };
    for (int i = 0; i < 500; ++i) {
        const auto type = static_cast<OtpType>(random.bounded(3));
        QByteArray secret(random.bounded(1, 65), '\0');
        for (auto& byte : secret) {
            byte = static_cast<char>(random.bounded(256));
        }
        const auto parameters = OtpParameters::create(type, secret, static_cast<HashAlgorithm>(random.bounded(3)),
            random.bounded(4, 11), random.bounded(1, 86401), random.generate64())
                                    .value();
        const OtpUri original(randomText(), randomText(), parameters);
        auto back = OtpUri::parse(original.toString());
        ASSERT_TRUE(back.ok()) << original.toString().toStdString() << ": " << back.error().message().toStdString();
        EXPECT_EQ(back.value(), original) << original.toString().toStdString();
    }
}
