// Every importer against malformed input: truncated files, wrong JSON types, missing fields, huge values, wrong
// passwords and valid files of another format. Each gives a clear error (or, for one bad entry, an unreadable
// entry with the reason), never a crash, never a silently wrong account.
#include "FormatDetector.h"
#include "TransferTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace tessera;
using namespace tessera::test;

namespace
{
    const QString Password = QStringLiteral("fixture-password");

    struct Fixture
    {
        const char* file;
        const char* format;
    };

    const Fixture Fixtures[] = {
        {"aegis_plain.json", "aegis"},
        {"aegis_encrypted.json", "aegis"},
        {"2fas_plain_v4.2fas", "2fas"},
        {"2fas_encrypted_v4.2fas", "2fas"},
        {"andotp_plain.json", "andotp"},
        {"andotp_encrypted_new.bin", "andotp"},
        {"freeotp_plus.json", "freeotp-plus"},
        {"bitwarden.json", "bitwarden"},
        {"bitwarden.csv", "bitwarden"},
        {"bitwarden_encrypted_pbkdf2.json", "bitwarden"},
        {"ente_auth.txt", "ente"},
        {"uris.txt", "uris"},
        {"stratum_plain.json", "stratum"},
        {"stratum_encrypted.bin", "stratum"},
        {"stratum_encrypted_legacy.bin", "stratum"},
        {"google_migration.txt", "google-migration"},
        {"tessera_backup.tessera-backup", "tessera"},
    };

    /// A result is acceptable when it is an error with a message, or accounts that are all valid.
    void expectClear(const Result<ImportResult>& result, const std::string& context)
    {
        if (!result.ok()) {
            EXPECT_FALSE(result.error().message().isEmpty()) << context;
            EXPECT_FALSE(result.error().message().contains(u"%1")) << context;
            return;
        }
        for (const UnreadableEntry& entry : result->unreadable) {
            EXPECT_FALSE(entry.reason.isEmpty()) << context;
            EXPECT_FALSE(entry.label.isEmpty()) << context;
        }
    }
}

TEST(MalformedInput, TruncatedFilesAreErrors)
{
    const FormatDetector detector;
    for (const Fixture& fixture : Fixtures) {
        const QByteArray data = readData(QString::fromLatin1(fixture.file));
        const Format* format = detector.format(QString::fromLatin1(fixture.format));
        ASSERT_NE(format, nullptr);
        for (const qsizetype length : {qsizetype(0), qsizetype(1), qsizetype(10), data.size() / 2, data.size() - 1}) {
            const QByteArray cut = data.first(length);
            auto result = format->read(cut, Password);
            expectClear(result, std::string(fixture.file) + " cut at " + std::to_string(length));
            const bool lineFormat = QByteArrayView(fixture.format) == "uris" || QByteArrayView(fixture.format) == "ente"
                || QByteArrayView(fixture.format) == "google-migration"
                || QByteArrayView(fixture.file) == "bitwarden.csv";
            if (!lineFormat || length < 20) {
                // Only line-based formats can read the complete lines before a cut.
                EXPECT_FALSE(result.ok()) << fixture.file << " cut at " << length;
            }
        }
    }
}

TEST(MalformedInput, EveryImporterOnEveryOtherFormatsFile)
{
    const FormatDetector detector;
    for (const Format* format : detector.formats()) {
        for (const Fixture& fixture : Fixtures) {
            const QByteArray data = readData(QString::fromLatin1(fixture.file));
            auto result = format->read(data, Password);
            const std::string context = format->id().toStdString() + " on " + fixture.file;
            expectClear(result, context);
            // The text formats read each other's lines: an otpauth:// list reader reads Ente's and Google's files.
            const bool textReader = format->id() == u"uris" || format->id() == u"ente";
            const bool textFile = QByteArrayView(fixture.format) == "uris" || QByteArrayView(fixture.format) == "ente"
                || QByteArrayView(fixture.format) == "google-migration";
            const bool same = format->id() == QLatin1String(fixture.format) || (textReader && textFile);
            if (!same) {
                EXPECT_FALSE(result.ok() && !result->accounts.isEmpty()) << context;
            }
        }
    }
}

TEST(MalformedInput, WrongJsonTypesAndMissingFields)
{
    const FormatDetector detector;
    const struct
    {
        const char* format;
        const char* json;
    } cases[] = {
        {"aegis", "[]"},
        {"aegis", "42"},
        {"aegis", R"({"version": "1", "header": {"slots": null, "params": null}, "db": {}})"},
        {"aegis", R"({"version": 1, "db": {}})"},
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": "text"})"},
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3}})"},
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": {}}})"},
        {"aegis", R"({"version": 1, "header": {"slots": [], "params": null}, "db": {}})"},
        {"aegis",
            R"({"version": 1, "header": {"slots": [{"type": 1}], "params": {"nonce": "00", "tag": "00"}}, "db": "AA=="})"},
        {"aegis",
            R"({"version": 1, "header": {"slots": [{"type": 2}], "params": {"nonce": "000000000000000000000000", "tag": "00000000000000000000000000000000"}}, "db": "AA=="})"},
        {"2fas", R"({"schemaVersion": "4", "services": []})"},
        {"2fas", R"({"schemaVersion": 4, "services": {}})"},
        {"2fas", R"({"schemaVersion": 4})"},
        {"2fas", R"({"schemaVersion": 4, "services": [], "servicesEncrypted": "only-one-part"})"},
        {"2fas", R"({"schemaVersion": 4, "services": [], "servicesEncrypted": 5})"},
        {"andotp", R"({"secret": "AA"})"},
        {"andotp", "[1, 2, 3"},
        {"freeotp-plus", R"({"tokens": {}})"},
        {"freeotp-plus", R"([])"},
        {"bitwarden", R"({"encrypted": "no", "items": []})"},
        {"bitwarden", R"({"encrypted": false})"},
        {"bitwarden", R"({"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 7,
            "encKeyValidation_DO_NOT_EDIT": "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "data": "2.AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAA==|AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})"},
        {"bitwarden",
            R"({"encrypted": true, "passwordProtected": true, "salt": "c2FsdA==", "kdfType": 0, "kdfIterations": 1000,
            "encKeyValidation_DO_NOT_EDIT": "3.nope", "data": "2.x"})"},
        {"stratum", R"({"Authenticators": {}})"},
        {"stratum", R"({"Authenticators": null})"},
    };
    for (const auto& c : cases) {
        const Format* format = detector.format(QString::fromLatin1(c.format));
        auto result = format->read(QByteArray(c.json), Password);
        ASSERT_FALSE(result.ok()) << c.format << " " << c.json;
        EXPECT_NE(result.error().kind(), Error::Kind::WrongPassword) << c.format << " " << c.json;
        EXPECT_FALSE(result.error().message().isEmpty());
    }
}

TEST(MalformedInput, BadEntriesAreUnreadableWithReasons)
{
    const FormatDetector detector;
    const struct
    {
        const char* format;
        const char* json;
        const char* reason;
    } cases[] = {
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": [
            {"type": "totp", "name": "a", "info": {"secret": "MFRGGZDF", "digits": 1e30}}]}})",
            "whole number"},
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": [
            {"type": "totp", "name": "a", "info": {"secret": "MFRGGZDF", "period": -5}}]}})",
            "-5 seconds"},
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": [
            {"type": "hotp", "name": "a", "info": {"secret": "MFRGGZDF", "counter": -1}}]}})",
            "negative"},
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": [
            {"type": "totp", "name": "a", "info": {"secret": "MFRGGZDF", "algo": "SHA3"}}]}})",
            "SHA3"},
        {"aegis", R"({"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 3, "entries": [
            {"type": "totp", "name": "a"}]}})",
            "'info' is missing"},
        {"2fas", R"({"schemaVersion": 4, "services": [{"name": "x", "secret": 12, "otp": {}}]})", "text"},
        {"2fas",
            R"({"schemaVersion": 4, "services": [{"name": "x", "secret": "MFRGGZDF", "otp": {"tokenType": "YANDEX"}}]})",
            "YANDEX"},
        {"andotp", R"([{"secret": "MFRGGZDF", "label": "a", "type": "TOTP", "digits": 99}])", "99-digit"},
        {"andotp", R"([{"secret": "", "label": "a", "type": "TOTP"}])", "no secret"},
        {"freeotp-plus", R"({"tokens": [{"secret": [1, 2, 300], "label": "a"}]})", "not a byte"},
        {"freeotp-plus", R"({"tokens": [{"secret": "AAAA", "label": "a"}]})", "list of numbers"},
        {"stratum", R"({"Authenticators": [{"Type": 2, "Secret": "MFRGGZDF", "Algorithm": 7}]})", "unknown algorithm"},
        {"stratum", R"({"Authenticators": [{"Type": 2, "Secret": "MFRGGZDF", "Period": 100000}]})", "100000 seconds"},
        {"bitwarden",
            R"({"encrypted": false, "items": [{"name": "a", "login": {"totp": "otpauth://totp/a?secret=MFRGGZDF&digits=12"}}]})",
            "digits"},
    };
    for (const auto& c : cases) {
        const Format* format = detector.format(QString::fromLatin1(c.format));
        auto result = format->read(QByteArray(c.json), Password);
        ASSERT_TRUE(result.ok()) << c.format << " " << c.json << ": " << result.error().message().toStdString();
        EXPECT_TRUE(result->accounts.isEmpty()) << c.json;
        ASSERT_EQ(result->unreadable.size(), 1) << c.json;
        EXPECT_TRUE(result->unreadable.first().reason.contains(QString::fromLatin1(c.reason)))
            << c.json << ": " << result->unreadable.first().reason.toStdString();
    }
}

TEST(MalformedInput, HugeValuesAndFiles)
{
    const FormatDetector detector;
    // A secret of more than 1024 bytes, a 100 MB file, a million-entry array.
    QByteArray longSecret = R"({"tokens": [{"label": "x", "secret": [)";
    for (int i = 0; i < 2000; ++i) {
        longSecret += i == 0 ? "1" : ",1";
    }
    longSecret += "]}]}";
    auto secret = detector.format(u"freeotp-plus")->read(longSecret, std::nullopt);
    ASSERT_TRUE(secret.ok());
    ASSERT_EQ(secret->unreadable.size(), 1);
    EXPECT_TRUE(secret->unreadable.first().reason.contains(u"2000 bytes"));

    const QByteArray huge(Format::MaxFileBytes + 1, ' ');
    auto tooLarge = detector.detect(huge);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_TRUE(tooLarge.error().message().contains(u"MiB"));
    for (const Format* format : detector.formats()) {
        auto result = format->read(huge, Password);
        ASSERT_FALSE(result.ok()) << format->id().toStdString();
        EXPECT_TRUE(result.error().message().contains(u"MiB")) << format->id().toStdString();
    }

    QByteArray many = "[";
    for (int i = 0; i < 100000; ++i) {
        many += i == 0 ? "{}" : ",{}";
    }
    many += "]";
    auto entries = detector.format(u"andotp")->read(many, std::nullopt);
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->unreadable.size(), 100000);
}

TEST(MalformedInput, RandomCorruptionNeverCrashes)
{
    const FormatDetector detector;
    QRandomGenerator random(0xbad5eed);
    for (const Fixture& fixture : Fixtures) {
        const QByteArray original = readData(QString::fromLatin1(fixture.file));
        const bool slowKdf
            = QByteArrayView(fixture.file).contains("encrypted") || QByteArrayView(fixture.file).contains("tessera");
        const int rounds = slowKdf ? 4 : 60;
        for (int round = 0; round < rounds; ++round) {
            QByteArray data = original;
            const int flips = 1 + random.bounded(8);
            for (int i = 0; i < flips; ++i) {
                const auto at = static_cast<qsizetype>(random.bounded(static_cast<quint32>(data.size())));
                data[at] = static_cast<char>(random.bounded(256));
            }
            auto read = detector.read(data, Password);
            expectClear(read, std::string(fixture.file) + " round " + std::to_string(round));
        }
    }
}
