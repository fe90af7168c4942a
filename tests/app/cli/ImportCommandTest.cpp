// tessera-cli import: every fixture of tests/data/transfer, the plan, duplicates, dry runs, and that no error
// writes anything.
#include "FormatDetector.h"
#include "ImportPlan.h"
#include "TestPaths.h"
#include "TransferTestSupport.h"
#include "VaultCliFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::VaultCliFixture;

namespace
{
    const QString FixturePassword = QStringLiteral("fixture-password");

    QString fixture(const QString& name)
    {
        return tessera::test::dataPath(QStringLiteral("transfer/") + name);
    }

    QString writeFile(const VaultCliFixture& f, const QString& name, const QByteArray& bytes)
    {
        const QString path = f.file(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString passwordFile(const VaultCliFixture& f, const QString& password = FixturePassword)
    {
        return writeFile(f, QStringLiteral("backup-password.txt"), password.toUtf8() + "\n");
    }

    QJsonObject parseJson(const QString& text)
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
        EXPECT_TRUE(document.isObject()) << text.toStdString();
        return document.object();
    }

    struct Fixture
    {
        const char* file;
        bool encrypted;
        bool holdsTheFiveAccounts; ///< exactly fixtureAccounts() (tests/data/transfer/README.md)
    };

    const Fixture Fixtures[] = {
        {"aegis_plain.json", false, true},
        {"aegis_encrypted.json", true, true},
        {"aegis_v1_plain.json", false, false},
        {"2fas_plain_v1.2fas", false, false},
        {"2fas_plain_v4.2fas", false, true},
        {"2fas_encrypted_v4.2fas", true, true},
        {"2fas_encrypted_ios.2fas", true, true},
        {"andotp_plain.json", false, true},
        {"andotp_encrypted_new.bin", true, true},
        {"andotp_encrypted_old.bin", true, true},
        {"freeotp_plus.json", false, true},
        {"bitwarden.json", false, true},
        {"bitwarden.csv", false, true},
        {"bitwarden_encrypted_pbkdf2.json", true, true},
        {"bitwarden_encrypted_argon2.json", true, true},
        {"ente_auth.txt", false, true},
        {"uris.txt", false, true},
        {"stratum_plain.json", false, true},
        {"stratum_encrypted.bin", true, true},
        {"stratum_encrypted_legacy.bin", true, true},
        {"google_migration.txt", false, false},
        {"google_migration_partial.txt", false, false},
        {"tessera_backup.tessera-backup", true, true},
    };
}

TEST(ImportCommand, ImportsEveryFixtureWithItsUnreadableEntriesNamed)
{
    const FormatDetector detector;
    for (const Fixture& c : Fixtures) {
        const QString name = QString::fromLatin1(c.file);
        SCOPED_TRACE(c.file);
        VaultCliFixture f;
        f.init();
        QStringList arguments{QStringLiteral("import"), fixture(name), QStringLiteral("--json")};
        if (c.encrypted) {
            arguments << QStringLiteral("--backup-password-file") << passwordFile(f);
        }
        const auto run = f.run(arguments);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

        // What the format reader gives, planned against an empty vault, is what the vault now holds.
        auto expected = detector.read(
            tessera::test::readData(name), c.encrypted ? std::optional<QString>(FixturePassword) : std::nullopt);
        ASSERT_TRUE(expected.ok()) << expected.error().message().toStdString();
        const ImportPlan plan = ImportPlan::create(*expected, {});
        const QList<Account> stored = f.vaultAccounts();
        EXPECT_EQ(
            tessera::test::compareAccounts(plan.accountsToAdd(QDateTime::currentDateTimeUtc()), stored), QString());
        if (c.holdsTheFiveAccounts) {
            EXPECT_EQ(tessera::test::compareAccounts(tessera::test::fixtureAccounts(), stored), QString());
        }

        const QJsonObject json = parseJson(run.out);
        EXPECT_FALSE(json.value(QStringLiteral("dry_run")).toBool());
        EXPECT_EQ(json.value(QStringLiteral("added")).toInt(), stored.size());
        EXPECT_EQ(json.value(QStringLiteral("unreadable")).toInt(), expected->unreadable.size());
        const QJsonArray files = json.value(QStringLiteral("files")).toArray();
        ASSERT_EQ(files.size(), 1);
        EXPECT_EQ(files.first().toObject().value(QStringLiteral("format")).toString(), expected->formatId);
        EXPECT_EQ(files.first().toObject().value(QStringLiteral("encrypted")).toBool(), c.encrypted);
        for (const QJsonValue& value : json.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QStringLiteral("status")).toString() == u"unreadable") {
                EXPECT_FALSE(entry.value(QStringLiteral("reason")).toString().isEmpty());
                EXPECT_FALSE(entry.value(QStringLiteral("added")).toBool());
            }
        }
    }
}

TEST(ImportCommand, PrintsThePlanForPeople)
{
    VaultCliFixture f;
    f.init();
    const auto run = f.run({QStringLiteral("import"), fixture(QStringLiteral("aegis_plain.json"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Added 5 accounts: "))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Example Bank (alice@example.com)"))) << run.out.toStdString();
    // The Yandex and mOTP entries of the fixture, each with its reason.
    EXPECT_EQ(run.out.count(QStringLiteral("Not added (")), 2) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    const auto partial = f.run({QStringLiteral("import"), fixture(QStringLiteral("google_migration_partial.txt"))});
    ASSERT_EQ(partial.exitCode, 0) << partial.err.toStdString();
    EXPECT_TRUE(partial.out.contains(QStringLiteral("Code 1 of 3 is missing"))) << partial.out.toStdString();
}

TEST(ImportCommand, DryRunWritesNothing)
{
    VaultCliFixture f;
    f.init();
    const QByteArray before = f.vaultBytes();
    const auto run
        = f.run({QStringLiteral("import"), fixture(QStringLiteral("aegis_plain.json")), QStringLiteral("--dry-run")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Would add 5 accounts"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Dry run: nothing was written"))) << run.out.toStdString();
    EXPECT_EQ(f.vaultBytes(), before);
    EXPECT_TRUE(f.vaultAccounts().isEmpty());

    const auto json = f.run({QStringLiteral("import"), fixture(QStringLiteral("aegis_plain.json")),
        QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject plan = parseJson(json.out);
    EXPECT_TRUE(plan.value(QStringLiteral("dry_run")).toBool());
    EXPECT_EQ(plan.value(QStringLiteral("added")).toInt(), 5);
    for (const QJsonValue& entry : plan.value(QStringLiteral("entries")).toArray()) {
        EXPECT_TRUE(entry.toObject().value(QStringLiteral("id")).isNull());
    }
    EXPECT_EQ(f.vaultBytes(), before);
}

TEST(ImportCommand, DuplicatesAreSkippedUnlessAskedFor)
{
    VaultCliFixture f;
    f.init();
    const QString file = fixture(QStringLiteral("aegis_plain.json"));
    ASSERT_EQ(f.run({QStringLiteral("import"), file}).exitCode, 0);
    ASSERT_EQ(f.vaultAccounts().size(), 5);

    const auto again = f.run({QStringLiteral("import"), file, QStringLiteral("--duplicates"), QStringLiteral("skip")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Already in the vault, not added again: ")))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("No account was added."))) << again.out.toStdString();
    EXPECT_EQ(f.vaultAccounts().size(), 5);

    // The same accounts from another app's file are recognised as duplicates too.
    const auto json = f.run({QStringLiteral("import"), fixture(QStringLiteral("uris.txt")), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject plan = parseJson(json.out);
    EXPECT_EQ(plan.value(QStringLiteral("duplicate")).toInt(), 5);
    EXPECT_EQ(plan.value(QStringLiteral("new")).toInt(), 0);
    EXPECT_EQ(plan.value(QStringLiteral("added")).toInt(), 0);
    QSet<QString> ids;
    for (const Account& account : f.vaultAccounts()) {
        ids.insert(account.id.toString(QUuid::WithoutBraces));
    }
    for (const QJsonValue& value : plan.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("status")).toString() == u"duplicate") {
            EXPECT_TRUE(ids.contains(entry.value(QStringLiteral("duplicate_of")).toString()));
            EXPECT_FALSE(entry.value(QStringLiteral("duplicate_in_import")).toBool());
            EXPECT_FALSE(entry.value(QStringLiteral("added")).toBool());
        }
    }

    const auto imported
        = f.run({QStringLiteral("import"), file, QStringLiteral("--duplicates"), QStringLiteral("import")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Already in the vault, added again as asked: ")))
        << imported.out.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Added 5 accounts"))) << imported.out.toStdString();
    EXPECT_EQ(f.vaultAccounts().size(), 10);
}

TEST(ImportCommand, AnAccountInTheTrashIsADuplicateNotASecondCopy)
{
    VaultCliFixture f;
    f.init();
    const QString backup = fixture(QStringLiteral("tessera_backup.tessera-backup"));
    const QString password = passwordFile(f);
    ASSERT_EQ(
        f.run({QStringLiteral("import"), backup, QStringLiteral("--backup-password-file"), password}).exitCode, 0);
    ASSERT_EQ(f.run({QStringLiteral("rm"), QStringLiteral("Forge")}).exitCode, 0);
    // Importing the same backup again: the account in the trash keeps its id, nothing collides.
    const auto again = f.run({QStringLiteral("import"), backup, QStringLiteral("--backup-password-file"), password,
        QStringLiteral("--duplicates"), QStringLiteral("import")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Forge (bob) (in the trash)"))) << again.out.toStdString();
    EXPECT_EQ(f.vaultAccounts().size(), 10);
}

TEST(ImportCommand, SeveralFilesAreOneImport)
{
    VaultCliFixture f;
    f.init();
    const auto run = f.run({QStringLiteral("import"), fixture(QStringLiteral("andotp_plain.json")),
        fixture(QStringLiteral("freeotp_plus.json")), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject plan = parseJson(run.out);
    EXPECT_EQ(plan.value(QStringLiteral("new")).toInt(), 5);
    EXPECT_EQ(plan.value(QStringLiteral("duplicate")).toInt(), 5); // the second file repeats the first
    EXPECT_EQ(plan.value(QStringLiteral("added")).toInt(), 5);
    EXPECT_EQ(plan.value(QStringLiteral("files")).toArray().size(), 2);
    int fromSecond = 0;
    for (const QJsonValue& value : plan.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("file")).toString().endsWith(u"freeotp_plus.json")
            && entry.value(QStringLiteral("status")).toString() == u"duplicate") {
            EXPECT_TRUE(entry.value(QStringLiteral("duplicate_in_import")).toBool());
            EXPECT_TRUE(entry.value(QStringLiteral("duplicate_of")).isNull());
            ++fromSecond;
        }
    }
    EXPECT_EQ(fromSecond, 5);
    EXPECT_EQ(f.vaultAccounts().size(), 5);
}

TEST(ImportCommand, AWrongBackupPasswordExits2AndWritesNothing)
{
    VaultCliFixture f;
    f.init();
    const QByteArray before = f.vaultBytes();
    const QString wrong = passwordFile(f, QStringLiteral("not the password"));
    for (const char* name : {"aegis_encrypted.json", "tessera_backup.tessera-backup", "2fas_encrypted_v4.2fas"}) {
        // A plain file first: it is read, but nothing of it is added either.
        const auto run = f.run({QStringLiteral("import"), fixture(QStringLiteral("uris.txt")),
            fixture(QString::fromLatin1(name)), QStringLiteral("--backup-password-file"), wrong});
        EXPECT_EQ(run.exitCode, 2) << name << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(name))) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    }
    EXPECT_EQ(f.vaultBytes(), before);
    EXPECT_TRUE(f.vaultAccounts().isEmpty());
}

TEST(ImportCommand, UnreadableFilesExit3AndWriteNothing)
{
    VaultCliFixture f;
    f.init();
    const QByteArray before = f.vaultBytes();
    const QString garbage
        = writeFile(f, QStringLiteral("garbage.bin"), QByteArray("Dear diary, today I bought a phone.\n"));
    const QString damaged = writeFile(
        f, QStringLiteral("damaged.json"), tessera::test::readData(QStringLiteral("aegis_plain.json")).first(300));
    const QString empty = writeFile(f, QStringLiteral("empty.txt"), QByteArray());
    const QString zip
        = writeFile(f, QStringLiteral("export.zip"), QByteArray("PK\x03\x04\x14\x00", 6) + QByteArray(64, 'z'));
    const struct
    {
        QString file;
        const char* says;
    } cases[] = {
        {garbage, "does not recognise"},
        {damaged, "cannot be read"},
        {empty, "empty"},
        {zip, "ZIP"},
        {f.file(QStringLiteral("missing.json")), "no such file"},
        {f.file(QString()), "folder"},
    };
    for (const auto& c : cases) {
        const auto run = f.run({QStringLiteral("import"), fixture(QStringLiteral("aegis_plain.json")), c.file});
        EXPECT_EQ(run.exitCode, 3) << c.says << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QString::fromLatin1(c.says))) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    // A format that does not fit the file.
    const auto forced = f.run({QStringLiteral("import"), fixture(QStringLiteral("andotp_plain.json")),
        QStringLiteral("--format"), QStringLiteral("aegis")});
    EXPECT_EQ(forced.exitCode, 3) << forced.err.toStdString();
    EXPECT_EQ(f.vaultBytes(), before);
    EXPECT_TRUE(f.vaultAccounts().isEmpty());
}

TEST(ImportCommand, FormatCanBeNamed)
{
    VaultCliFixture f;
    f.init();
    // Ente's plain export is a list of otpauth:// links: read as one, its codeDisplay is ignored.
    const auto run = f.run({QStringLiteral("import"), fixture(QStringLiteral("ente_auth.txt")),
        QStringLiteral("--format"), QStringLiteral("uris"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(parseJson(run.out)
                  .value(QStringLiteral("files"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("format"))
                  .toString(),
        u"uris");
    EXPECT_EQ(f.vaultAccounts().size(), 5);
}

TEST(ImportCommand, TheBackupPasswordComesFromStandardInputAfterTheVaultPassword)
{
    VaultCliFixture f;
    f.init();
    const QString file = fixture(QStringLiteral("aegis_encrypted.json"));
    // The vault password from --password-file: the first line of standard input is the backup's.
    const auto first = f.run({QStringLiteral("import"), file}, FixturePassword.toUtf8() + "\n");
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(f.vaultAccounts().size(), 5);

    // Both from standard input: the vault's first, then one line per encrypted file.
    const auto both = f.runBare({QStringLiteral("import"), file, fixture(QStringLiteral("stratum_encrypted.bin")),
                                    QStringLiteral("--duplicates"), QStringLiteral("import")},
        VaultCliFixture::password().toUtf8() + "\n" + FixturePassword.toUtf8() + "\n" + FixturePassword.toUtf8()
            + "\n");
    ASSERT_EQ(both.exitCode, 0) << both.err.toStdString();
    EXPECT_EQ(f.vaultAccounts().size(), 15);

    // No line left for the backup: the file is named, nothing is written.
    const QByteArray before = f.vaultBytes();
    const auto missing = f.run({QStringLiteral("import"), file});
    EXPECT_EQ(missing.exitCode, 3) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(file)) << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--backup-password-file"))) << missing.err.toStdString();
    EXPECT_EQ(f.vaultBytes(), before);
}

TEST(ImportCommand, UsageErrorsAndAMissingVault)
{
    VaultCliFixture f;
    EXPECT_EQ(f.run({QStringLiteral("import")}).exitCode, 1);
    EXPECT_EQ(f.run({QStringLiteral("import"), fixture(QStringLiteral("uris.txt")), QStringLiteral("--format"),
                        QStringLiteral("keepass")})
                  .exitCode,
        1);
    EXPECT_EQ(f.run({QStringLiteral("import"), fixture(QStringLiteral("uris.txt")), QStringLiteral("--duplicates"),
                        QStringLiteral("maybe")})
                  .exitCode,
        1);
    const auto noVault = f.run({QStringLiteral("import"), fixture(QStringLiteral("uris.txt"))});
    EXPECT_EQ(noVault.exitCode, 5) << noVault.err.toStdString();
    const auto help = f.run({QStringLiteral("import"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--duplicates skip|import"))) << help.out.toStdString();
}

TEST(ImportCommand, WrongVaultPasswordExits2)
{
    VaultCliFixture f;
    f.init();
    const auto run = f.runBare({QStringLiteral("import"), fixture(QStringLiteral("uris.txt"))}, "wrong\n");
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(f.vaultAccounts().isEmpty());
}
