#include "FormatDetector.h"
#include "TransferTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

TEST(FormatDetector, PicksEveryFixtureByContent)
{
    const FormatDetector detector;
    const struct
    {
        const char* file;
        const char* format;
        bool encrypted;
    } cases[] = {
        {"aegis_plain.json", "aegis", false},
        {"aegis_v1_plain.json", "aegis", false},
        {"aegis_encrypted.json", "aegis", true},
        {"2fas_plain_v1.2fas", "2fas", false},
        {"2fas_plain_v4.2fas", "2fas", false},
        {"2fas_encrypted_v4.2fas", "2fas", true},
        {"2fas_encrypted_ios.2fas", "2fas", true},
        {"andotp_plain.json", "andotp", false},
        {"andotp_encrypted_new.bin", "andotp", true},
        {"andotp_encrypted_old.bin", "andotp", true},
        {"freeotp_plus.json", "freeotp-plus", false},
        {"bitwarden.json", "bitwarden", false},
        {"bitwarden.csv", "bitwarden", false},
        {"bitwarden_encrypted_pbkdf2.json", "bitwarden", true},
        {"bitwarden_encrypted_argon2.json", "bitwarden", true},
        {"ente_auth.txt", "ente", false},
        {"uris.txt", "uris", false},
        {"stratum_plain.json", "stratum", false},
        {"stratum_encrypted.bin", "stratum", true},
        {"stratum_encrypted_legacy.bin", "stratum", true},
        {"google_migration.txt", "google-migration", false},
        {"google_migration_partial.txt", "google-migration", false},
        {"tessera_backup.tessera-backup", "tessera", true},
    };
    for (const auto& c : cases) {
        auto detection = detector.detect(readData(QString::fromLatin1(c.file)));
        ASSERT_TRUE(detection.ok()) << c.file << ": " << detection.error().message().toStdString();
        EXPECT_EQ(detection->format->id(), QString::fromLatin1(c.format)) << c.file;
        EXPECT_EQ(detection->encrypted, c.encrypted) << c.file;
    }
}

TEST(FormatDetector, NamesFilesOfAppsItCannotRead)
{
    const FormatDetector detector;
    const struct
    {
        QByteArray data;
        const char* named;
    } cases[] = {
        {QByteArray("\xAC\xED\x00\x05sr\x00\x11java.util.HashMap", 25), "FreeOTP 2"},
        {QByteArray("PK\x03\x04\x14\x00\x09\x00", 8) + QByteArray(100, 'z'), "ZIP"},
        {QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0'), "database"},
        {"<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n<string name=\"x\">y</string>\n</map>",
            "Android app data"},
        {R"({"version": 1, "kdfParams": {"memLimit": 1, "opsLimit": 1, "salt": "x"}, "encryptedData": "x",
            "encryptionNonce": "x"})",
            "Ente"},
        {R"({"version": 1, "entries": [{"id": "x", "content": {"uri": "otpauth://totp/a?secret=AA"}}]})", "Proton"},
        {R"({"shared_secret": "abc=", "account_name": "x"})", "Steam"},
        {R"([{"accountType": "OtpAccount", "name": "x", "otpGenerator": {"otpSecret": "AA"}}])", "Duo"},
    };
    for (const auto& c : cases) {
        auto detection = detector.detect(c.data);
        ASSERT_FALSE(detection.ok()) << c.named;
        EXPECT_EQ(detection.error().kind(), Error::Kind::InvalidInput);
        EXPECT_TRUE(detection.error().message().contains(QString::fromLatin1(c.named)))
            << detection.error().message().toStdString();
        EXPECT_TRUE(detection.error().message().contains(u"cannot read"));
    }
}

TEST(FormatDetector, UnrecognisedEmptyAndDamagedFiles)
{
    const FormatDetector detector;
    auto empty = detector.detect(QByteArray());
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message().contains(u"empty"));
    auto text = detector.detect("Dear diary, today I bought a phone.\n");
    ASSERT_FALSE(text.ok());
    EXPECT_TRUE(text.error().message().contains(u"does not recognise"));
    EXPECT_TRUE(text.error().message().contains(u"Aegis"));
    // A damaged file of a known format is named, with what is wrong.
    auto damaged = detector.read(readData(QStringLiteral("aegis_plain.json")).first(300), std::nullopt);
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message().startsWith(u"This Aegis file cannot be read: the JSON is malformed"))
        << damaged.error().message().toStdString();
    auto damagedUnknown = detector.detect(R"({"hello": [1, 2)");
    ASSERT_FALSE(damagedUnknown.ok());
    EXPECT_TRUE(damagedUnknown.error().message().contains(u"looks like JSON but is damaged"))
        << damagedUnknown.error().message().toStdString();
    auto unknownJson = detector.detect(R"({"hello": "world"})");
    ASSERT_FALSE(unknownJson.ok());
    EXPECT_TRUE(unknownJson.error().message().contains(u"does not recognise"));
}

TEST(FormatDetector, ReadAsksForAPasswordOnlyWhenEncrypted)
{
    const FormatDetector detector;
    auto plain = detector.read(readData(QStringLiteral("aegis_plain.json")), QStringLiteral("ignored"));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain->formatId, u"aegis");
    EXPECT_EQ(plain->accounts.size(), 5);
    auto encrypted = detector.read(readData(QStringLiteral("aegis_encrypted.json")), std::nullopt);
    ASSERT_FALSE(encrypted.ok());
    EXPECT_EQ(encrypted.error().kind(), Error::Kind::WrongPassword);
    EXPECT_TRUE(encrypted.error().message().contains(u"encrypted; enter its password"));
    auto opened = detector.read(readData(QStringLiteral("aegis_encrypted.json")), QStringLiteral("fixture-password"));
    ASSERT_TRUE(opened.ok());

    auto forced = detector.read(readData(QStringLiteral("ente_auth.txt")), std::nullopt, u"uris");
    ASSERT_TRUE(forced.ok());
    EXPECT_EQ(forced->formatId, u"uris");
    auto unknown = detector.read(readData(QStringLiteral("ente_auth.txt")), std::nullopt, u"keepass");
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message().contains(u"aegis, 2fas"));
    auto mismatch = detector.read(readData(QStringLiteral("andotp_plain.json")), std::nullopt, u"aegis");
    ASSERT_FALSE(mismatch.ok());
    EXPECT_EQ(mismatch.error().kind(), Error::Kind::InvalidInput);
}

TEST(FormatDetector, KnowsTheCommandLineFormatNames)
{
    const FormatDetector detector;
    EXPECT_EQ(detector.formatIds(),
        (QStringList{QStringLiteral("tessera"), QStringLiteral("aegis"), QStringLiteral("2fas"),
            QStringLiteral("stratum"), QStringLiteral("freeotp-plus"), QStringLiteral("bitwarden"),
            QStringLiteral("andotp"), QStringLiteral("google-migration"), QStringLiteral("ente"),
            QStringLiteral("uris")}));
    QStringList writers;
    for (const Format* format : detector.writers()) {
        writers.append(format->id());
    }
    EXPECT_EQ(writers,
        (QStringList{QStringLiteral("tessera"), QStringLiteral("aegis"), QStringLiteral("google-migration"),
            QStringLiteral("uris")}));
    EXPECT_EQ(detector.format(u"stratum")->displayName(), u"Stratum (Authenticator Pro)");
    EXPECT_EQ(detector.format(u"nope"), nullptr);
}
