#include "GoogleMigration.h"
#include "Base32.h"
#include "GoogleMigrationFormat.h"
#include "GoogleMigrationImport.h"
#include "TransferTestSupport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    // Hand-built protobuf, independent of the generated code.
    QByteArray varint(quint64 value)
    {
        QByteArray out;
        do {
            auto byte = static_cast<char>(value & 0x7F);
            value >>= 7;
            if (value != 0) {
                byte = static_cast<char>(byte | 0x80);
            }
            out.append(byte);
        } while (value != 0);
        return out;
    }

    QByteArray field(int number, quint64 value)
    {
        return varint(static_cast<quint64>(number) << 3) + varint(value);
    }

    QByteArray bytesField(int number, const QByteArray& data)
    {
        return varint((static_cast<quint64>(number) << 3) | 2) + varint(static_cast<quint64>(data.size())) + data;
    }

    QByteArray entry(const QByteArray& secret,
        const QByteArray& name,
        const QByteArray& issuer,
        int algorithm = 1,
        int digits = 1,
        int type = 2,
        qint64 counter = -1)
    {
        QByteArray body = bytesField(1, secret) + bytesField(2, name);
        if (!issuer.isEmpty()) {
            body += bytesField(3, issuer);
        }
        body += field(4, static_cast<quint64>(algorithm)) + field(5, static_cast<quint64>(digits))
            + field(6, static_cast<quint64>(type));
        if (counter >= 0) {
            body += field(7, static_cast<quint64>(counter));
        }
        return bytesField(1, body);
    }

    QByteArray batch(int size, int index, qint32 id)
    {
        return field(2, 1) + field(3, static_cast<quint64>(size)) + field(4, static_cast<quint64>(index))
            + field(5, static_cast<quint64>(static_cast<qint64>(id)));
    }

    QString uriOf(const QByteArray& payload, bool escaped = true)
    {
        const QByteArray base64 = payload.toBase64();
        return QStringLiteral("otpauth-migration://offline?data=")
            + QString::fromLatin1(escaped ? base64.toPercentEncoding() : base64);
    }
}

TEST(GoogleMigration, DecodesDefaultsAndEnums)
{
    // dim13's minimal payload: no algorithm, digits, version or batch fields.
    auto minimal = GoogleMigration::decodeUri(
        u"otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU6YWxpY2VAZ29vZ2xlLmNvbRoHRXhhbXBsZTAC");
    ASSERT_TRUE(minimal.ok()) << minimal.error().message().toStdString();
    ASSERT_EQ(minimal->content.accounts.size(), 1);
    const Account& account = minimal->content.accounts.first();
    EXPECT_EQ(account.issuer, u"Example");
    EXPECT_EQ(account.accountName, u"alice@google.com");
    EXPECT_EQ(account.parameters.secretBase32(), u"JBSWY3DPEHPK3PXP");
    EXPECT_EQ(account.parameters.type(), OtpType::Totp);
    EXPECT_EQ(account.parameters.digits(), 6);
    EXPECT_EQ(account.parameters.algorithm(), HashAlgorithm::Sha1);
    EXPECT_EQ(minimal->batchSize, 1);
    EXPECT_EQ(minimal->batchIndex, 0);
    EXPECT_EQ(minimal->batchId, 0);

    const QByteArray secret("0123456789abcdef");
    const QByteArray payload = entry(secret, "a", "X", 2, 2, 2) + entry(secret, "b", "X", 3, 0, 0)
        + entry(secret, "c", "X", 0, 1, 1, 7) + batch(1, 0, 5);
    auto decoded = GoogleMigration::decodePayload(payload);
    ASSERT_TRUE(decoded.ok());
    const auto& accounts = decoded->content.accounts;
    ASSERT_EQ(accounts.size(), 3);
    EXPECT_EQ(accounts[0].parameters.algorithm(), HashAlgorithm::Sha256);
    EXPECT_EQ(accounts[0].parameters.digits(), 8);
    EXPECT_EQ(accounts[1].parameters.algorithm(), HashAlgorithm::Sha512);
    EXPECT_EQ(accounts[1].parameters.digits(), 6);
    EXPECT_EQ(accounts[1].parameters.type(), OtpType::Totp);
    EXPECT_EQ(accounts[2].parameters.type(), OtpType::Hotp);
    EXPECT_EQ(accounts[2].parameters.counter(), 7U);
    for (const Account& a : accounts) {
        EXPECT_EQ(a.parameters.period(), 30);
    }
}

TEST(GoogleMigration, UnrepresentableEntriesAreUnreadableWithReason)
{
    const QByteArray secret("0123456789abcdef");
    const QByteArray payload = entry(secret, "md5", "X", 4) + entry(secret, "algo9", "X", 9)
        + entry(secret, "digits3", "X", 1, 3) + entry(secret, "type5", "X", 1, 1, 5) + entry(QByteArray(), "empty", "X")
        + entry(secret, "fine", "X") + batch(1, 0, 1);
    auto decoded = GoogleMigration::decodePayload(payload);
    ASSERT_TRUE(decoded.ok());
    ASSERT_EQ(decoded->content.accounts.size(), 1);
    EXPECT_EQ(decoded->content.accounts.first().accountName, u"fine");
    const auto& unreadable = decoded->content.unreadable;
    ASSERT_EQ(unreadable.size(), 5);
    EXPECT_EQ(unreadable[0].label, u"X (md5)");
    EXPECT_TRUE(unreadable[0].reason.contains(u"MD5"));
    EXPECT_TRUE(unreadable[1].reason.contains(u"value 9"));
    EXPECT_TRUE(unreadable[2].reason.contains(u"digits"));
    EXPECT_TRUE(unreadable[3].reason.contains(u"type"));
    EXPECT_TRUE(unreadable[4].reason.contains(u"no secret"));
}

TEST(GoogleMigration, NameAndIssuerDuplicationRule)
{
    const QByteArray secret("0123456789abcdef");
    const QByteArray payload = entry(secret, "Test1:test1@example1.com", "Test1")
        + entry(secret, "Test2:  spaced@example.com", "Test2") + entry(secret, "ACME Co:john", "")
        + entry(secret, "Other:john", "Issuer") + entry(secret, "plain", "") + batch(1, 0, 1);
    auto decoded = GoogleMigration::decodePayload(payload);
    ASSERT_TRUE(decoded.ok());
    const auto& a = decoded->content.accounts;
    ASSERT_EQ(a.size(), 5);
    EXPECT_EQ(a[0].issuer, u"Test1");
    EXPECT_EQ(a[0].accountName, u"test1@example1.com");
    EXPECT_EQ(a[1].accountName, u"spaced@example.com");
    EXPECT_EQ(a[2].issuer, u"ACME Co");
    EXPECT_EQ(a[2].accountName, u"john");
    EXPECT_EQ(a[3].issuer, u"Issuer");
    EXPECT_EQ(a[3].accountName, u"Other:john");
    EXPECT_EQ(a[4].issuer, QString());
    EXPECT_EQ(a[4].accountName, u"plain");
}

TEST(GoogleMigration, NegativeBatchIdAndUnknownFields)
{
    QByteArray payload = entry("0123456789abcdef", "n", "i");
    // An unknown field of every wire type inside the entry and at the top level.
    QByteArray inner = payload.mid(2);
    inner += bytesField(8, "unique-id-19-chars") + varint((15 << 3) | 5) + QByteArray(4, '\x01') + varint((16 << 3) | 1)
        + QByteArray(8, '\x02') + field(17, 99);
    payload = bytesField(1, inner) + batch(3, 2, -1320898453) + field(30, 1) + bytesField(31, "x");
    auto decoded = GoogleMigration::decodePayload(payload);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message().toStdString();
    EXPECT_EQ(decoded->batchId, -1320898453);
    EXPECT_EQ(decoded->batchSize, 3);
    EXPECT_EQ(decoded->batchIndex, 2);
    EXPECT_EQ(decoded->content.accounts.size(), 1);
}

TEST(GoogleMigration, EnvelopeVariants)
{
    // A secret whose base64 holds both '+' and '/' (the name's length shifts the alignment until it does).
    const QByteArray secret = QByteArray::fromHex("fbeffbeffbefffffffffbeef");
    QByteArray payload;
    QByteArray base64;
    for (int pad = 0; pad < 3 && !(base64.contains('+') && base64.contains('/')); ++pad) {
        payload = QByteArray(entry(secret, QByteArray("plus") + QByteArray(pad, 'x'), "P") + batch(1, 0, 1));
        base64 = payload.toBase64();
    }
    ASSERT_TRUE(base64.contains('+') && base64.contains('/'));
    const QString prefix = QStringLiteral("otpauth-migration://offline?data=");
    QByteArray spaced = base64;
    spaced.replace('+', ' ');
    QByteArray unpadded = base64;
    while (unpadded.endsWith('=')) {
        unpadded.chop(1);
    }
    QByteArray urlSafe = base64;
    urlSafe.replace('+', '-').replace('/', '_');
    const QStringList uris{QString(prefix + QString::fromLatin1(base64.toPercentEncoding())),
        QString(prefix + QString::fromLatin1(base64)), QString(prefix + QString::fromLatin1(spaced)),
        QString(prefix + QString::fromLatin1(unpadded)), QString(prefix + QString::fromLatin1(urlSafe)),
        QString(QStringLiteral("  OTPAUTH-MIGRATION://offline?data=") + QString::fromLatin1(base64.toPercentEncoding())
            + QStringLiteral("  "))};
    for (const QString& uri : uris) {
        auto decoded = GoogleMigration::decodeUri(uri);
        ASSERT_TRUE(decoded.ok()) << uri.toStdString() << ": " << decoded.error().message().toStdString();
        ASSERT_EQ(decoded->content.accounts.size(), 1);
        EXPECT_EQ(decoded->content.accounts.first().parameters.secret(), secret);
    }
}

TEST(GoogleMigration, BadEnvelopesAndPayloadsAreClearErrors)
{
    for (const QString& bad : {QStringLiteral("otpauth-migration://offline?data=XXXX"),
             QStringLiteral("otpauth-migration://offline?data=CiMKCskCjMDVZlPV3OQSD015IFRlc3QgQWNjb3VudCABKAEw"),
             QStringLiteral("otpauth-migration://offline"), QStringLiteral("otpauth-migration://offline?data="),
             QStringLiteral("otpauth-migration://online?data=CgA="),
             QStringLiteral("otpauth-migration://offline?data=!!!!"), QStringLiteral("otpauth://totp/x?secret=AA"),
             QStringLiteral("QR-Code:otpauth-migration://offline?data=CgA="), QStringLiteral("Lorem ipsum")}) {
        auto decoded = GoogleMigration::decodeUri(bad);
        ASSERT_FALSE(decoded.ok()) << bad.toStdString();
        EXPECT_EQ(decoded.error().kind(), Error::Kind::InvalidInput);
        EXPECT_FALSE(decoded.error().message().isEmpty());
    }
    // Batch fields that cannot be: index beyond size, size above the cap.
    EXPECT_FALSE(GoogleMigration::decodePayload(QByteArray(entry("0123456789", "a", "b") + batch(2, 2, 1))).ok());
    EXPECT_FALSE(GoogleMigration::decodePayload(QByteArray(entry("0123456789", "a", "b") + batch(101, 0, 1))).ok());
    // More than 100 accounts in one code.
    QByteArray many;
    for (int i = 0; i < 101; ++i) {
        many += entry("0123456789", "a", "b");
    }
    auto tooMany = GoogleMigration::decodePayload(QByteArray(many + batch(1, 0, 1)));
    ASSERT_FALSE(tooMany.ok());
    EXPECT_TRUE(tooMany.error().message().contains(u"101"));
    // A payload above 1 MiB.
    EXPECT_FALSE(GoogleMigration::decodePayload(bytesField(31, QByteArray(1024 * 1024 + 1, 'x'))).ok());
}

TEST(GoogleMigration, CollectsBatchesInAnyOrderAndNamesMissingCodes)
{
    const qint32 id = 251676888;
    const QByteArray first = entry("first-secret-0000", "one", "ACME") + batch(3, 0, id);
    const QByteArray second = entry("second-secret-000", "two", "ACME") + batch(3, 1, id);
    const QByteArray third = entry("third-secret-0000", "three", "ACME") + batch(3, 2, id);
    const QByteArray other = entry("other-secret-0000", "solo", "Else") + batch(1, 0, id);

    GoogleMigrationImport collector;
    ASSERT_TRUE(collector.addUri(uriOf(third)).ok());
    ASSERT_TRUE(collector.addUri(uriOf(other, false)).ok());
    ASSERT_TRUE(collector.addUri(uriOf(first)).ok());
    ASSERT_TRUE(collector.addUri(uriOf(first, false)).ok()); // the same code again
    EXPECT_EQ(collector.codeCount(), 3);
    ASSERT_EQ(collector.missingCodes().size(), 1);
    EXPECT_EQ(collector.missingCodes().first(), (GoogleMigrationImport::MissingCode{id, 1, 3}));
    EXPECT_FALSE(collector.isComplete());

    ImportResult partial = collector.result();
    ASSERT_EQ(partial.accounts.size(), 3);
    EXPECT_EQ(partial.accounts[0].accountName, u"one"); // code order, not scan order
    EXPECT_EQ(partial.accounts[1].accountName, u"three");
    EXPECT_EQ(partial.accounts[2].accountName, u"solo");
    ASSERT_FALSE(partial.warnings.isEmpty());
    EXPECT_TRUE(partial.warnings.first().startsWith(u"Code 2 of 3 is missing."));

    ASSERT_TRUE(collector.addUri(uriOf(second)).ok());
    EXPECT_TRUE(collector.isComplete());
    const ImportResult full = collector.result();
    ASSERT_EQ(full.accounts.size(), 4);
    EXPECT_EQ(full.accounts[1].accountName, u"two");
    EXPECT_TRUE(full.warnings.isEmpty());

    // A different code claiming the same place is not silently merged.
    const QByteArray impostor = entry("impostor-secret-0", "imp", "ACME") + batch(3, 1, id);
    ASSERT_TRUE(collector.addUri(uriOf(impostor)).ok());
    EXPECT_EQ(collector.result().accounts.size(), 4);
    EXPECT_TRUE(collector.result().warnings.join(u' ').contains(u"code 2 of 3"));
}

// Found by timing the google_migration fuzz target on large generated files (the fuzzer's 64 KiB inputs hide
// it): each added code was compared with every code before it, and every missing code of every export became
// a warning, so a 1.3 MB file of codes each claiming to be "1 of 100" of its own export took minutes and a
// 64 MiB one would exhaust memory. Adding is now constant time and the warnings are bounded.
TEST(GoogleMigration, ManyCodesAreCollectedInLinearTimeWithBoundedWarnings)
{
    constexpr int Codes = 20'000;
    QByteArray file;
    for (int i = 0; i < Codes; ++i) {
        file += uriOf(batch(100, 0, i + 1)).toLatin1() + '\n';
        if (i % 10 == 0) {
            file += uriOf(field(2, 1) + field(5, static_cast<quint64>(i) + 1'000'000)).toLatin1() + '\n';
        }
    }
    file += uriOf(batch(100, 0, 1)).toLatin1() + '\n'; // a code scanned twice counts once

    QElapsedTimer timer;
    timer.start();
    auto result = GoogleMigrationFormat().read(file, std::nullopt);
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_LT(elapsed, 30'000) << "quadratic again?";
    ASSERT_EQ(result->warnings.size(), GoogleMigrationImport::MaxMissingWarnings + 2);
    EXPECT_TRUE(result->warnings[0].startsWith(u"Code 2 of 100 is missing (export 1)."));
    const qint64 unnamed = qint64(Codes) * 99 - GoogleMigrationImport::MaxMissingWarnings;
    EXPECT_EQ(result->warnings[GoogleMigrationImport::MaxMissingWarnings],
        QStringLiteral("%1 more codes are missing; scan them too to import their accounts.").arg(unnamed));
    EXPECT_TRUE(result->warnings.last().contains(u"nothing to import"));

    GoogleMigrationImport collector;
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(collector.addUri(uriOf(entry("first-secret-0000", "a", "A") + batch(2, 0, 7))).ok());
    }
    EXPECT_EQ(collector.codeCount(), 1);
    EXPECT_FALSE(collector.isComplete());
    ASSERT_TRUE(collector.addUri(uriOf(entry("another-secret-00", "b", "B") + batch(2, 0, 7))).ok());
    EXPECT_EQ(collector.codeCount(), 1); // a different code claiming the same place is not read
    EXPECT_EQ(collector.result().warnings.size(), 2);
    ASSERT_TRUE(collector.addUri(uriOf(batch(2, 1, 7))).ok());
    EXPECT_EQ(collector.codeCount(), 2);
    EXPECT_TRUE(collector.isComplete());
}

TEST(GoogleMigration, EmptyExportSaysNothingToImport)
{
    GoogleMigrationImport collector;
    ASSERT_TRUE(collector.addUri(u"otpauth-migration://offline?data=EAEYACAAKOfg+/gC").ok());
    const ImportResult result = collector.result();
    EXPECT_TRUE(result.accounts.isEmpty());
    ASSERT_EQ(result.warnings.size(), 1);
    EXPECT_TRUE(result.warnings.first().contains(u"nothing to import"));
}

TEST(GoogleMigration, EncodesLikeGoogleAuthenticator)
{
    FixedRandom random(7);
    auto encoded = GoogleMigration::encode(manyAccounts(25), random);
    ASSERT_TRUE(encoded.ok());
    ASSERT_EQ(encoded->uris.size(), 3);
    EXPECT_NE(encoded->batchId, 0);
    GoogleMigrationImport collector;
    for (int i = 0; i < 3; ++i) {
        const QString& uri = encoded->uris[i];
        EXPECT_TRUE(uri.startsWith(u"otpauth-migration://offline?data="));
        const QString data = uri.mid(uri.indexOf(u'=') + 1);
        EXPECT_FALSE(data.contains(u'+') || data.contains(u'/') || data.contains(u'='));
        auto decoded = GoogleMigration::decodeUri(uri);
        ASSERT_TRUE(decoded.ok());
        EXPECT_EQ(decoded->version, 1);
        EXPECT_EQ(decoded->batchSize, 3);
        EXPECT_EQ(decoded->batchIndex, i);
        EXPECT_EQ(decoded->batchId, encoded->batchId);
        EXPECT_EQ(decoded->content.accounts.size(), i < 2 ? 10 : 5);
        // batch_index is on the wire even for the first code (tag 0x20).
        auto bytes = GoogleMigration::payloadBytes(uri);
        ASSERT_TRUE(bytes.ok());
        EXPECT_TRUE(bytes->contains(QByteArray(QByteArray("\x20") + static_cast<char>(i)))) << i;
        collector.addPayload(*decoded);
    }
    EXPECT_TRUE(collector.isComplete());
    EXPECT_EQ(compareAccounts(manyAccounts(25), collector.result().accounts), QString());
}

TEST(GoogleMigration, LeavesOutWhatItCannotCarryAndWarnsAboutTheRest)
{
    QList<Account> accounts = fixtureAccounts(); // SHA1/6/30, SHA256/8/60, HOTP SHA512/7, Steam, SHA1/6/30
    accounts.append(accountFromUri(
        QStringLiteral("otpauth://totp/Wide:eve?secret=MFRGGZDFMZTWQ2LK&issuer=Wide&algorithm=SHA256&digits=8")));
    for (const int digits : {4, 5, 9, 10}) {
        accounts.append(accountFromUri(
            QStringLiteral("otpauth://totp/D:%1?secret=MFRGGZDFMZTWQ2LK&issuer=D&digits=%1").arg(digits)));
    }
    FixedRandom random(8);
    auto encoded = GoogleMigration::encode(accounts, random);
    ASSERT_TRUE(encoded.ok());
    QStringList leftOut;
    for (const LeftOutAccount& account : encoded->leftOut) {
        leftOut.append(account.name + QStringLiteral(": ") + account.reason);
    }
    ASSERT_EQ(encoded->leftOut.size(), 7) << leftOut.join(u'\n').toStdString();
    EXPECT_TRUE(leftOut.join(u'\n').contains(u"Forge (bob): Its codes change every 60 seconds"));
    EXPECT_TRUE(leftOut.join(u'\n').contains(u"Mail Co (carol): It has 7-digit codes"));
    EXPECT_TRUE(leftOut.join(u'\n').contains(u"Steam (dave): Google Authenticator cannot hold Steam"));
    ASSERT_EQ(encoded->warnings.size(), 1);
    EXPECT_TRUE(encoded->warnings.first().contains(u"Wide (eve) uses SHA256"));
    auto decoded = GoogleMigration::decodeUri(encoded->uris.first());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->content.accounts.size(), 3);

    FixedRandom again(8);
    EXPECT_FALSE(GoogleMigration::encode({fixtureAccounts()[3]}, again).ok());
    EXPECT_FALSE(GoogleMigration::encode({}, again).ok());
}

TEST(GoogleMigration, LongSecretsMakeSmallerCodes)
{
    QList<Account> accounts;
    for (int i = 0; i < 6; ++i) {
        Account account(OtpParameters::create(OtpType::Totp, QByteArray(400, static_cast<char>('a' + i))).value());
        account.issuer = QStringLiteral("Long");
        account.accountName = QString::number(i);
        accounts.append(account);
    }
    Account huge(OtpParameters::create(OtpType::Totp, QByteArray(1024, '\xFF')).value());
    huge.issuer = QStringLiteral("Huge");
    huge.accountName = QStringLiteral("key");
    accounts.append(huge);
    FixedRandom random(9);
    auto encoded = GoogleMigration::encode(accounts, random);
    ASSERT_TRUE(encoded.ok());
    EXPECT_GT(encoded->uris.size(), 1);
    for (const QString& uri : encoded->uris) {
        EXPECT_LE(uri.size(), GoogleMigration::MaxUriLength);
    }
    ASSERT_EQ(encoded->leftOut.size(), 1);
    EXPECT_TRUE(encoded->leftOut.first().reason.contains(u"too long"));
}

TEST(GoogleMigration, TextFileFormatReadsEveryCodeAndWritesUris)
{
    GoogleMigrationFormat format;
    const QByteArray fixture = readData(QStringLiteral("google_migration.txt"));
    EXPECT_EQ(format.detect(fixture), Format::Certain);
    auto result = format.read(fixture, std::nullopt);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    const QList<Account> expected = {
        accountFromUri(QStringLiteral("otpauth://totp/Example%20Bank:alice%40example.com?"
                                      "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example%20Bank")),
        fixtureAccounts()[4],
        accountFromUri(QStringLiteral("otpauth://hotp/Mail%20Co:carol?secret=ONSWG4TFOQQGC3TEEBWG63THMVZA&counter=42")),
        accountFromUri(QStringLiteral("otpauth://totp/Wide:eve?secret=") + Base32::encode("eight digit key!")
            + QStringLiteral("&algorithm=SHA256&digits=8")),
        accountFromUri(QStringLiteral("otpauth://totp/Forge:bob?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U")),
    };
    EXPECT_EQ(compareAccounts(expected, result->accounts), QString());
    ASSERT_EQ(result->unreadable.size(), 1);
    EXPECT_EQ(result->unreadable.first().label, u"Old Co (legacy)");
    EXPECT_TRUE(result->warnings.isEmpty()) << result->warnings.join(u'\n').toStdString();

    auto partial = format.read(readData(QStringLiteral("google_migration_partial.txt")), std::nullopt);
    ASSERT_TRUE(partial.ok());
    EXPECT_EQ(partial->accounts.size(), 1);
    ASSERT_EQ(partial->warnings.size(), 2);
    EXPECT_TRUE(partial->warnings[0].startsWith(u"Code 1 of 3 is missing."));
    EXPECT_TRUE(partial->warnings[1].startsWith(u"Code 3 of 3 is missing."));

    FixedRandom random(10);
    ExportOptions options;
    options.random = &random;
    auto written = format.write(fixtureAccounts(), options);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written->leftOut.size(), 3);
    auto again = format.read(written->data, std::nullopt);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(compareAccounts({fixtureAccounts()[0], fixtureAccounts()[4]}, again->accounts), QString());
}

TEST(GoogleMigration, TextFileWithOnlyBrokenCodesIsAnError)
{
    GoogleMigrationFormat format;
    auto broken = format.read("otpauth-migration://offline?data=XXXX\n", std::nullopt);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().kind(), Error::Kind::InvalidInput);
    EXPECT_TRUE(broken.error().message().contains(u"damaged"));
    auto none = format.read("Lorem ipsum dolor sit amet\n", std::nullopt);
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().message().contains(u"no otpauth-migration"));
}

TEST(GoogleMigration, QrImageNamesAndImages)
{
    EXPECT_EQ(GoogleMigration::imageFileName(0, 3), u"google-authenticator-1-of-3.png");
    auto image = GoogleMigration::qrImage(u"otpauth-migration://offline?data=CgA%3D");
    ASSERT_TRUE(image.ok());
    EXPECT_FALSE(image->isNull());
}
