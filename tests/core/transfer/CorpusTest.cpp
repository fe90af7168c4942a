// The shared corpus of other apps' real exports (../shared/corpus, when present): every file Tessera claims to
// read imports to exactly the accounts its EXPECTED.md / expected_vectors.json lists (matched by secret), with the
// passwords given there; files of apps Tessera does not read give a clear error. The corpus is GPL material and
// stays outside the project.
#include "Base32.h"
#include "FormatDetector.h"
#include "GoogleMigration.h"
#include "GoogleMigrationFormat.h"
#include "GoogleMigrationImport.h"
#include "OtpUri.h"
#include "QrDecoder.h"
#include "TestPaths.h"
#include "TransferTestSupport.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    QString corpus(const QString& relative)
    {
        return corpusPath(relative);
    }

    /// The files Tessera claims to read, with the format the detector must pick.
    const QHash<QString, QString>& supportedFiles()
    {
        static const QHash<QString, QString> files{
            {QStringLiteral("plain.txt"), QStringLiteral("uris")},
            {QStringLiteral("aegis_plain.json"), QStringLiteral("aegis")},
            {QStringLiteral("aegis_encrypted.json"), QStringLiteral("aegis")},
            {QStringLiteral("ente_auth.txt"), QStringLiteral("ente")},
            {QStringLiteral("andotp_plain.json"), QStringLiteral("andotp")},
            {QStringLiteral("andotp_encrypted.bin"), QStringLiteral("andotp")},
            {QStringLiteral("andotp_encrypted_old.bin"), QStringLiteral("andotp")},
            {QStringLiteral("stratum_plain.json"), QStringLiteral("stratum")},
            {QStringLiteral("stratum_encrypted.bin"), QStringLiteral("stratum")},
            {QStringLiteral("stratum_encrypted_legacy.bin"), QStringLiteral("stratum")},
            {QStringLiteral("2fas_authenticator.json"), QStringLiteral("2fas")},
            {QStringLiteral("2fas_authenticator_plain.2fas"), QStringLiteral("2fas")},
            {QStringLiteral("2fas_authenticator_encrypted.2fas"), QStringLiteral("2fas")},
            {QStringLiteral("2fas_authenticator_plain_v3.2fas"), QStringLiteral("2fas")},
            {QStringLiteral("2fas_authenticator_encrypted_v3.2fas"), QStringLiteral("2fas")},
            {QStringLiteral("2fas_authenticator_plain_v4.2fas"), QStringLiteral("2fas")},
            {QStringLiteral("2fas_authenticator_encrypted_v4.2fas"), QStringLiteral("2fas")},
            {QStringLiteral("freeotp_plus.json"), QStringLiteral("freeotp-plus")},
            {QStringLiteral("bitwarden.json"), QStringLiteral("bitwarden")},
            {QStringLiteral("bitwarden.csv"), QStringLiteral("bitwarden")},
        };
        return files;
    }

    /// Compares one expected vector (from expected_vectors.json) with an imported account.
    QString compareVector(const QJsonObject& vector, const Account& account)
    {
        const OtpParameters& p = account.parameters;
        QStringList problems;
        const QString type = vector.value(u"type").toString();
        if (OtpParameters::typeName(p.type()) != type) {
            problems.append(QStringLiteral("type %1 instead of %2").arg(OtpParameters::typeName(p.type()), type));
        }
        // Bitwarden's steam:// entry: the expectations only fix its secret ("Steam account" is Aegis's wording).
        if (vector.value(u"name").toString() != u"Steam account") {
            if (account.issuer != vector.value(u"issuer").toString()) {
                problems.append(QStringLiteral("issuer '%1' instead of '%2'")
                                    .arg(account.issuer, vector.value(u"issuer").toString()));
            }
            if (account.accountName != vector.value(u"name").toString()) {
                problems.append(QStringLiteral("name '%1' instead of '%2'")
                                    .arg(account.accountName, vector.value(u"name").toString()));
            }
        }
        if (OtpParameters::algorithmName(p.algorithm()) != vector.value(u"algo").toString()) {
            problems.append(QStringLiteral("algorithm %1").arg(OtpParameters::algorithmName(p.algorithm())));
        }
        if (p.digits() != vector.value(u"digits").toInt()) {
            problems.append(QStringLiteral("%1 digits").arg(p.digits()));
        }
        if (type == u"hotp" && p.counter() != static_cast<quint64>(vector.value(u"counter").toInteger())) {
            problems.append(QStringLiteral("counter %1").arg(p.counter()));
        }
        if (type != u"hotp" && p.period() != vector.value(u"period").toInt()) {
            problems.append(QStringLiteral("period %1").arg(p.period()));
        }
        return problems.join(QStringLiteral(", "));
    }

    /// "name" as the Google migration rule turns a raw (name, issuer) pair into Tessera's issuer and account.
    std::pair<QString, QString> migrationLabel(const QString& name, const QString& issuer)
    {
        if (!issuer.isEmpty()) {
            return {issuer, name.startsWith(issuer + QLatin1Char(':')) ? name.mid(issuer.size() + 1).trimmed() : name};
        }
        const auto colon = name.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            return {QString(), name};
        }
        return {name.left(colon).trimmed(), name.mid(colon + 1).trimmed()};
    }

    void expectAccount(const QList<Account>& accounts,
        const QString& secret,
        const QString& name,
        const QString& issuer,
        OtpType type = OtpType::Totp,
        quint64 counter = 0)
    {
        const auto [wantIssuer, wantName] = migrationLabel(name, issuer);
        const QByteArray raw = Base32::decode(secret).value();
        int found = 0;
        for (const Account& account : accounts) {
            if (account.parameters.secret() == raw && account.accountName == wantName && account.issuer == wantIssuer) {
                ++found;
                EXPECT_EQ(account.parameters.type(), type) << name.toStdString();
                EXPECT_EQ(account.parameters.counter(), counter) << name.toStdString();
                EXPECT_EQ(account.parameters.digits(), 6);
                EXPECT_EQ(account.parameters.algorithm(), HashAlgorithm::Sha1);
            }
        }
        EXPECT_EQ(found, 1) << secret.toStdString() << " " << name.toStdString() << " / " << issuer.toStdString();
    }

    Result<ImportResult> readGoogleFile(const QString& relative)
    {
        GoogleMigrationFormat format;
        return format.read(readFile(corpus(QStringLiteral("google-migration/") + relative)), std::nullopt);
    }

    QStringList qrTexts(const QString& relative)
    {
        const QImage image(corpus(QStringLiteral("google-migration/") + relative));
        EXPECT_FALSE(image.isNull()) << relative.toStdString();
        auto payloads = QrDecoder().decode(image);
        EXPECT_TRUE(payloads.ok());
        QStringList texts;
        if (payloads.ok()) {
            for (const QrPayload& payload : *payloads) {
                texts.append(payload.text());
            }
        }
        return texts;
    }
}

TEST(Corpus, OtherAppsImportToTheExpectedAccounts)
{
    if (corpus(QStringLiteral("other-apps/expected_vectors.json")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const QJsonObject files
        = QJsonDocument::fromJson(readFile(corpus(QStringLiteral("other-apps/expected_vectors.json"))))
              .object()
              .value(u"files")
              .toObject();
    const FormatDetector detector;
    int checked = 0;
    for (auto it = supportedFiles().cbegin(); it != supportedFiles().cend(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        ASSERT_TRUE(files.contains(it.key()));
        const QJsonObject expectation = files.value(it.key()).toObject();
        const QByteArray data = readFile(corpus(QStringLiteral("other-apps/") + it.key()));
        auto detection = detector.detect(data);
        ASSERT_TRUE(detection.ok()) << detection.error().message().toStdString();
        EXPECT_EQ(detection->format->id(), it.value());
        const QJsonValue password = expectation.value(u"password");
        EXPECT_EQ(detection->encrypted, password.isString());
        auto result
            = detector.read(data, password.isString() ? std::optional<QString>(password.toString()) : std::nullopt);
        ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
        EXPECT_TRUE(result->unreadable.isEmpty());
        const QJsonArray entries = expectation.value(u"entries").toArray();
        EXPECT_EQ(result->accounts.size(), entries.size());
        for (const QJsonValue& value : entries) {
            const QJsonObject vector = value.toObject();
            const Account* account = findBySecret(result->accounts, vector.value(u"secret").toString());
            ASSERT_NE(account, nullptr) << vector.value(u"secret").toString().toStdString();
            EXPECT_EQ(compareVector(vector, *account), QString()) << vector.value(u"name").toString().toStdString();
        }
        if (password.isString()) {
            auto wrong = detector.read(data, password.toString() + QStringLiteral("x"));
            ASSERT_FALSE(wrong.ok());
            EXPECT_EQ(wrong.error().kind(), Error::Kind::WrongPassword);
        }
        ++checked;
    }
    EXPECT_EQ(checked, 20);
}

TEST(Corpus, OtherAppsFilesTesseraDoesNotReadGiveClearErrors)
{
    const QString directory = corpus(QStringLiteral("other-apps"));
    if (directory.isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const FormatDetector detector;
    int checked = 0;
    for (const QString& name : QDir(directory).entryList(QDir::Files)) {
        if (supportedFiles().contains(name) || name.endsWith(u".md") || name == u"expected_vectors.json") {
            continue;
        }
        SCOPED_TRACE(name.toStdString());
        auto result = detector.read(readFile(QDir(directory).filePath(name)), QStringLiteral("test"));
        ASSERT_FALSE(result.ok()) << "read an unsupported file";
        EXPECT_EQ(result.error().kind(), Error::Kind::InvalidInput);
        EXPECT_FALSE(result.error().message().isEmpty());
        ++checked;
    }
    EXPECT_GE(checked, 18);
}

TEST(Corpus, GoogleScitoExportFiles)
{
    if (corpus(QStringLiteral("google-migration/EXPECTED.md")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const QString secret = QStringLiteral("7KSQL2JTUDIS5EF65KLMRQIIGY");
    const QString encoding = QString::fromUtf8("encoding: \xC2\xBF\xC3\xA4\xC3\x84\xC3\xA9\xC3\x89? (demo)");
    for (const bool withHotp : {true, false}) {
        auto result
            = readGoogleFile(withHotp ? QStringLiteral("scito-extract_otp_secrets/example_export.txt")
                                      : QStringLiteral("scito-extract_otp_secrets/example_export_only_totp.txt"));
        ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
        EXPECT_EQ(result->accounts.size(), withHotp ? 6 : 5);
        EXPECT_TRUE(result->unreadable.isEmpty());
        EXPECT_TRUE(result->warnings.isEmpty());
        const auto& a = result->accounts;
        int withIssuer = 0;
        int withoutIssuer = 0;
        for (const Account& account : a) {
            if (account.accountName == u"pi@raspberrypi") {
                (account.issuer == u"raspberrypi" ? withIssuer : withoutIssuer) += 1;
            }
        }
        EXPECT_EQ(withIssuer, 2);
        EXPECT_EQ(withoutIssuer, 2);
        expectAccount(a, secret, encoding, QString());
        if (withHotp) {
            expectAccount(a, secret, QStringLiteral("hotp demo"), QString(), OtpType::Hotp, 4);
        }
    }

    auto plus = readGoogleFile(QStringLiteral("scito-extract_otp_secrets/test_plus_problem_export.txt"));
    ASSERT_TRUE(plus.ok());
    ASSERT_EQ(plus->accounts.size(), 4);
    expectAccount(plus->accounts, QStringLiteral("A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM"),
        QStringLiteral("SerenityLabs:test1@serenitylabs.co.uk"), QStringLiteral("SerenityLabs"));
    expectAccount(plus->accounts, QStringLiteral("SCDDZ7PW5MOZLE3PQCAZM7L4S35K3UDX"),
        QStringLiteral("SerenityLabs:test2@serenitylabs.co.uk"), QStringLiteral("SerenityLabs"));
    expectAccount(plus->accounts, QStringLiteral("TR76272RVYO6EAEY2FX7W7R7KUDEGPJ4"),
        QStringLiteral("SerenityLabs:test3@serenitylabs.co.uk"), QStringLiteral("SerenityLabs"));
    expectAccount(plus->accounts, QStringLiteral("N2ILWSXSJUQUB7S6NONPJSC62NPG7EXN"),
        QStringLiteral("SerenityLabs:test4@serenitylabs.co.uk"), QStringLiteral("SerenityLabs"));

    // A scanner's "QR-Code:" prefix is tolerated: the link is found in the line.
    auto prefixed = readGoogleFile(QStringLiteral("scito-extract_otp_secrets/test_export_wrong_prefix.txt"));
    ASSERT_TRUE(prefixed.ok());
    ASSERT_EQ(prefixed->accounts.size(), 1);
    expectAccount(prefixed->accounts, secret, QStringLiteral("pi@raspberrypi"), QStringLiteral("raspberrypi"));

    auto wrongData = readGoogleFile(QStringLiteral("scito-extract_otp_secrets/test_export_wrong_data.txt"));
    ASSERT_FALSE(wrongData.ok());
    EXPECT_EQ(wrongData.error().kind(), Error::Kind::InvalidInput);
    auto wrongContent = readGoogleFile(QStringLiteral("scito-extract_otp_secrets/test_export_wrong_content.txt"));
    ASSERT_FALSE(wrongContent.ok());
    EXPECT_EQ(wrongContent.error().kind(), Error::Kind::InvalidInput);
}

TEST(Corpus, GoogleCollectedUris)
{
    if (corpus(QStringLiteral("google-migration/collected-uris.txt")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const FormatDetector detector;
    auto result = detector.read(readFile(corpus(QStringLiteral("google-migration/collected-uris.txt"))), std::nullopt);
    ASSERT_TRUE(result.ok()) << result.error().message().toStdString();
    EXPECT_EQ(result->formatId, u"google-migration");
    ASSERT_EQ(result->accounts.size(), 6);
    const auto& a = result->accounts;
    expectAccount(
        a, QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("Example:alice@google.com"), QStringLiteral("Example"));
    expectAccount(a, QStringLiteral("CHGEE4VO72DVNFA76NJS7HL6EREGQ6HU"), QStringLiteral("Example:alice@google.com"),
        QStringLiteral("Example"));
    expectAccount(a, QStringLiteral("JRZCL47CMXVOQMNPZR2F7J4RGI"), QStringLiteral("johndoe@example.com"),
        QStringLiteral("Discord"));
    expectAccount(a, QStringLiteral("I65VU7K5ZQL7WB4E"), QStringLiteral("totp@authenticationtest.com"), QString());
    expectAccount(a, QStringLiteral("4OWWKH4IFOARZABD7K6RQ3JPFBFLHC5I"), QStringLiteral("test-account"), QString());
    expectAccount(
        a, QStringLiteral("UNEKHDXPF7J7TJS2XSLZFBEF"), QStringLiteral("raphael@badia.cc"), QStringLiteral("CoinList"));
    // dim13's check of [A]: 528064 at 2009-11-10 23:00:00 UTC is in the otp module's tests; here the secret suffices.
}

TEST(Corpus, GoogleJohnCallahanVectors)
{
    const QString path
        = corpus(QStringLiteral("google-migration/johncallahan-otpauth_migration/otpauth_migration_test_vectors.txt"));
    if (path.isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const QStringList lines = QString::fromUtf8(readFile(path)).split(u'\n');
    struct Block
    {
        QString title;
        QString uri;
        QStringList expected;
    };
    QList<Block> blocks;
    QString title;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"## ")) {
            title = line.mid(3);
        } else if (line.startsWith(u"URI ")) {
            blocks.append({title, line.mid(4), {}});
        } else if (line.startsWith(u"EXPECT ") && !blocks.isEmpty()) {
            blocks.last().expected.append(line.mid(7));
        }
    }
    ASSERT_EQ(blocks.size(), 12);
    GoogleMigrationImport batch;
    for (const Block& block : blocks) {
        SCOPED_TRACE(block.title.toStdString());
        auto decoded = GoogleMigration::decodeUri(block.uri);
        if (block.title.startsWith(u"errorString")) {
            ASSERT_FALSE(decoded.ok());
            EXPECT_EQ(decoded.error().kind(), Error::Kind::InvalidInput);
            continue;
        }
        ASSERT_TRUE(decoded.ok()) << decoded.error().message().toStdString();
        QList<Account> expected;
        for (const QString& uri : block.expected) {
            expected.append(accountFromUri(uri));
        }
        EXPECT_EQ(compareAccounts(expected, decoded->content.accounts), QString());
        if (block.title.contains(u"_of_3")) {
            EXPECT_EQ(decoded->batchId, 251676888);
            EXPECT_EQ(decoded->batchSize, 3);
            batch.addPayload(*decoded);
        }
        if (block.title == u"string1") {
            GoogleMigrationImport empty;
            empty.addPayload(*decoded);
            ASSERT_EQ(empty.result().warnings.size(), 1);
            EXPECT_TRUE(empty.result().warnings.first().contains(u"nothing to import"));
        }
    }
    // Each part was given twice (percent-encoded and raw): three codes, 22 accounts, nothing missing.
    EXPECT_EQ(batch.codeCount(), 3);
    EXPECT_TRUE(batch.isComplete());
    EXPECT_EQ(batch.result().accounts.size(), 22);
}

TEST(Corpus, GoogleQrImagesInAnyOrderAndWithAMissingPart)
{
    if (corpus(QStringLiteral("google-migration/generated-qr/batch3_part1_of_3.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    QStringList parts;
    for (const char* name : {"batch3_part3_of_3.png", "batch3_part1_of_3.png", "batch3_part2_of_3.png"}) {
        const QStringList texts = qrTexts(QStringLiteral("generated-qr/") + QLatin1String(name));
        ASSERT_EQ(texts.size(), 1) << name;
        parts.append(texts.first());
    }
    GoogleMigrationImport missingOne;
    ASSERT_TRUE(missingOne.addUri(parts[0]).ok());
    ASSERT_TRUE(missingOne.addUri(parts[1]).ok());
    ASSERT_EQ(missingOne.missingCodes().size(), 1);
    EXPECT_EQ(GoogleMigrationImport::describe(missingOne.missingCodes().first()), u"Code 2 of 3 is missing.");
    const ImportResult partial = missingOne.result();
    EXPECT_EQ(partial.accounts.size(), 12);
    EXPECT_TRUE(partial.warnings.first().startsWith(u"Code 2 of 3 is missing."));
    ASSERT_TRUE(missingOne.addUri(parts[2]).ok());
    const ImportResult full = missingOne.result();
    ASSERT_EQ(full.accounts.size(), 22);
    EXPECT_EQ(full.accounts.first().accountName, u"one@example.com");
    EXPECT_EQ(full.accounts.first().issuer, u"ACME");
    EXPECT_EQ(full.accounts.last().accountName, u"twenty-two@example.com");
    EXPECT_EQ(full.accounts.last().parameters.secretBase32(), u"M6KEUVYSKYX3H6KFYYAYOLTNIC7TJSOC");

    const QStringList plus = qrTexts(QStringLiteral("generated-qr/plus_problem_unescaped.png"));
    ASSERT_EQ(plus.size(), 1);
    auto plusPayload = GoogleMigration::decodeUri(plus.first());
    ASSERT_TRUE(plusPayload.ok());
    EXPECT_EQ(plusPayload->content.accounts.size(), 4);
    const QStringList hotp = qrTexts(QStringLiteral("generated-qr/hotp_counter4.png"));
    ASSERT_EQ(hotp.size(), 1);
    auto hotpPayload = GoogleMigration::decodeUri(hotp.first());
    ASSERT_TRUE(hotpPayload.ok());
    ASSERT_EQ(hotpPayload->content.accounts.size(), 1);
    EXPECT_EQ(hotpPayload->content.accounts.first().parameters.counter(), 4U);

    const QStringList notMigration = qrTexts(QStringLiteral("scito-extract_otp_secrets/qr_but_without_otp.png"));
    ASSERT_EQ(notMigration.size(), 1);
    EXPECT_FALSE(GoogleMigration::decodeUri(notMigration.first()).ok());
}

TEST(Corpus, GoogleExportPhotographedFromThePhone)
{
    if (corpus(QStringLiteral("google-migration/scito-extract_otp_secrets/example_export.png")).isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const QStringList texts = qrTexts(QStringLiteral("scito-extract_otp_secrets/example_export.png"));
    ASSERT_EQ(texts.size(), 1);
    auto payload = GoogleMigration::decodeUri(texts.first());
    ASSERT_TRUE(payload.ok());
    EXPECT_EQ(payload->batchId, 1076589581);
    ASSERT_EQ(payload->content.accounts.size(), 3);
    expectAccount(payload->content.accounts, QStringLiteral("JBSWY3DPEHPK3PXP"),
        QStringLiteral("Test1:test1@example1.com"), QStringLiteral("Test1"));
    expectAccount(payload->content.accounts, QStringLiteral("JBSWY3DPEHPK3PXR"),
        QStringLiteral("Test3:test3@example3.com"), QStringLiteral("Test3"));
}

TEST(Corpus, GoogleFolderAegisPlainList)
{
    const QString path = corpus(QStringLiteral("google-migration/aegis/plain.txt"));
    if (path.isEmpty()) {
        GTEST_SKIP() << "the shared corpus is not present";
    }
    const FormatDetector detector;
    auto result = detector.read(readFile(path), std::nullopt);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->formatId, u"uris");
    ASSERT_EQ(result->accounts.size(), 7);
    const Account* airCanada = findBySecret(result->accounts, QStringLiteral("KUVJJOM753IHTNDSZVCNKL7GII"));
    ASSERT_NE(airCanada, nullptr);
    EXPECT_EQ(airCanada->issuer, u"Air Canada");
    EXPECT_EQ(airCanada->parameters.counter(), 50U);
    const Account* boeing = findBySecret(result->accounts, QStringLiteral("JRZCL47CMXVOQMNPZR2F7J4RGI"));
    ASSERT_NE(boeing, nullptr);
    EXPECT_EQ(boeing->parameters.type(), OtpType::Steam);
}
