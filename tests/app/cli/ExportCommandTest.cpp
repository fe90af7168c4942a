// tessera-cli export: every format read back (by tessera-cli import, and the transfer codes by QrDecoder),
// owner-only files, passwords, the trash, and the errors.
#include "CliApplication.h"
#include "GoogleMigration.h"
#include "QrDecoder.h"
#include "TestPaths.h"
#include "TransferTestSupport.h"
#include "VaultCliFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::VaultCliFixture;

namespace
{
    constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr QFileDevice::Permissions UserBits = QFileDevice::ReadUser | QFileDevice::WriteUser;
    const QString ExportPassword = QStringLiteral("export pässword ✓");

    QString writeFile(const VaultCliFixture& f, const QString& name, const QByteArray& bytes)
    {
        const QString path = f.file(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QString exportPasswordFile(const VaultCliFixture& f)
    {
        return writeFile(f, QStringLiteral("export-password.txt"), ExportPassword.toUtf8() + "\n");
    }

    bool isOwnerOnly(const QString& path)
    {
        return (QFile(path).permissions() & ~UserBits) == OwnerOnly;
    }

    /// A vault holding the five fixture accounts (tests/data/transfer/README.md).
    void fillWithFixtureAccounts(VaultCliFixture& f)
    {
        f.init();
        const auto run
            = f.run({QStringLiteral("import"), tessera::test::dataPath(QStringLiteral("transfer/aegis_plain.json"))});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        ASSERT_EQ(f.vaultAccounts().size(), 5);
    }

    /// Imports `path` into a fresh vault and returns what it holds.
    QList<Account> importIntoNewVault(const QString& path, const QStringList& extra = {})
    {
        VaultCliFixture other;
        other.init();
        const auto run = other.run(QStringList{QStringLiteral("import"), path} + extra);
        EXPECT_EQ(run.exitCode, 0) << path.toStdString() << ": " << run.err.toStdString();
        return other.vaultAccounts();
    }

    QList<Account> carriedByGoogle(const QList<Account>& accounts)
    {
        QList<Account> carried;
        for (const Account& account : accounts) {
            if (!account.isTrashed() && !GoogleMigration::cannotCarry(account)) {
                carried.append(account);
            }
        }
        return carried;
    }
}

TEST(ExportCommand, EveryFileFormatReadsBackAsTheSameAccounts)
{
    VaultCliFixture f;
    fillWithFixtureAccounts(f);
    const QList<Account> accounts = f.vaultAccounts();
    const QString password = exportPasswordFile(f);
    const struct
    {
        const char* format;
        const char* file;
        bool encrypted;
    } cases[] = {
        {"tessera", "backup.tessera-backup", true},
        {"aegis", "aegis.json", true},
        {"aegis-plain", "aegis-plain.json", false},
        {"uris", "links.txt", false},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.format);
        const QString out = f.file(QString::fromLatin1(c.file));
        QStringList arguments{QStringLiteral("export"), QStringLiteral("--format"), QString::fromLatin1(c.format),
            QStringLiteral("--out"), out};
        if (c.encrypted) {
            arguments << QStringLiteral("--backup-password-file") << password;
        }
        const auto run = f.run(arguments);
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("Exported 5 accounts to %1").arg(out))) << run.err.toStdString();
        EXPECT_TRUE(isOwnerOnly(out));
        const QList<Account> readBack = importIntoNewVault(
            out, c.encrypted ? QStringList{QStringLiteral("--backup-password-file"), password} : QStringList{});
        EXPECT_EQ(tessera::test::compareAccounts(accounts, readBack), QString());

        if (c.encrypted) {
            VaultCliFixture other;
            other.init();
            const QString wrong = writeFile(other, QStringLiteral("wrong.txt"), "fixture-password\n");
            const auto refused
                = other.run({QStringLiteral("import"), out, QStringLiteral("--backup-password-file"), wrong});
            EXPECT_EQ(refused.exitCode, 2) << refused.err.toStdString();
            EXPECT_TRUE(other.vaultAccounts().isEmpty());
        }
    }
}

TEST(ExportCommand, TransferCodesAreImagesAndLinksInAFolder)
{
    VaultCliFixture f;
    fillWithFixtureAccounts(f);
    const QList<Account> accounts = f.vaultAccounts();
    const QString folder = f.file(QStringLiteral("codes/for the phone"));
    const auto run = f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("google-migration"),
        QStringLiteral("--out"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Steam, the 60-second and the 7-digit accounts cannot travel in Google Authenticator's codes: each is
    // named on stderr with the reason.
    for (const char* name : {"Steam (dave)", "Forge (bob)", "Mail Co (carol)"}) {
        EXPECT_TRUE(run.err.contains(QStringLiteral("Left out %1: ").arg(QString::fromUtf8(name))))
            << run.err.toStdString();
    }
    EXPECT_TRUE(run.err.contains(QStringLiteral("Exported 2 accounts as 1 transfer code"))) << run.err.toStdString();

    const QDir dir(folder);
    EXPECT_EQ(dir.entryList(QDir::Files, QDir::Name),
        (QStringList{QStringLiteral("google-authenticator-1-of-1.png"), QStringLiteral("google-authenticator.txt")}));
    const QString links = dir.filePath(QStringLiteral("google-authenticator.txt"));
    const QString png = dir.filePath(QStringLiteral("google-authenticator-1-of-1.png"));
    EXPECT_TRUE(isOwnerOnly(links));
    EXPECT_TRUE(isOwnerOnly(png));
    EXPECT_EQ(QFileInfo(folder).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
        QFileDevice::Permissions());

    // The image holds exactly the link of the text file.
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    const auto payloads = QrDecoder().decode(image);
    ASSERT_TRUE(payloads.ok());
    ASSERT_EQ(payloads->size(), 1);
    const QString text = QString::fromUtf8(tessera::test::readFile(links));
    EXPECT_EQ(payloads->first().text() + u'\n', text);
    EXPECT_TRUE(text.startsWith(u"otpauth-migration://offline?data="));

    // Read back: the links file, and the image through scan --add, give the accounts Google can hold.
    const QList<Account> expected = carriedByGoogle(accounts);
    ASSERT_EQ(expected.size(), 2);
    EXPECT_EQ(tessera::test::compareAccounts(expected, importIntoNewVault(links)), QString());
    VaultCliFixture scanned;
    scanned.init();
    const auto scan = scanned.run({QStringLiteral("scan"), png, QStringLiteral("--add")});
    ASSERT_EQ(scan.exitCode, 0) << scan.err.toStdString();
    EXPECT_EQ(tessera::test::compareAccounts(expected, scanned.vaultAccounts()), QString());
}

TEST(ExportCommand, ManyAccountsMakeSeveralCodesAndAnEarlierExportIsNamed)
{
    VaultCliFixture f;
    f.init();
    for (int i = 0; i < 23; ++i) {
        f.add(QStringLiteral("Site %1").arg(i), QStringLiteral("user"),
            QStringLiteral("JBSWY3DPEHPK3PX%1").arg(QChar(u'A' + i)));
    }
    const QString folder = f.file(QStringLiteral("codes"));
    ASSERT_TRUE(QDir().mkpath(folder));
    writeFile(f, QStringLiteral("codes/google-authenticator-4-of-4.png"), "old");
    const auto run = f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("google-migration"),
        QStringLiteral("--out"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("as 3 transfer codes"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("earlier export (google-authenticator-4-of-4.png)")))
        << run.err.toStdString();
    QStringList texts;
    for (int k = 1; k <= 3; ++k) {
        const QString png = QDir(folder).filePath(QStringLiteral("google-authenticator-%1-of-3.png").arg(k));
        EXPECT_TRUE(isOwnerOnly(png)) << png.toStdString();
        const auto payloads = QrDecoder().decode(QImage(png));
        ASSERT_TRUE(payloads.ok());
        ASSERT_EQ(payloads->size(), 1);
        texts.append(payloads->first().text());
    }
    const QString links
        = QString::fromUtf8(tessera::test::readFile(QDir(folder).filePath(QStringLiteral("google-authenticator.txt"))));
    EXPECT_EQ(texts.join(u'\n') + u'\n', links);
    EXPECT_EQ(importIntoNewVault(QDir(folder).filePath(QStringLiteral("google-authenticator.txt"))).size(), 23);
}

TEST(ExportCommand, TheTrashTravelsOnlyInATesseraBackup)
{
    VaultCliFixture f;
    fillWithFixtureAccounts(f);
    ASSERT_EQ(f.run({QStringLiteral("rm"), QStringLiteral("Forge")}).exitCode, 0);
    const QString links = f.file(QStringLiteral("links.txt"));
    const auto uris = f.run(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"), QStringLiteral("--out"), links});
    ASSERT_EQ(uris.exitCode, 0) << uris.err.toStdString();
    EXPECT_TRUE(uris.err.contains(QStringLiteral("Left out 1 account in the trash."))) << uris.err.toStdString();
    EXPECT_TRUE(uris.err.contains(QStringLiteral("Exported 4 accounts"))) << uris.err.toStdString();
    EXPECT_EQ(importIntoNewVault(links).size(), 4);

    const QString password = exportPasswordFile(f);
    const QString backup = f.file(QStringLiteral("all.tessera-backup"));
    const auto full = f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("tessera"),
        QStringLiteral("--out"), backup, QStringLiteral("--backup-password-file"), password});
    ASSERT_EQ(full.exitCode, 0) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(QStringLiteral("Exported 5 accounts"))) << full.err.toStdString();
    VaultCliFixture other;
    other.init();
    ASSERT_EQ(
        other.run({QStringLiteral("import"), backup, QStringLiteral("--backup-password-file"), password}).exitCode, 0);
    EXPECT_EQ(other.vaultAccounts(Vault::Filter::Active).size(), 4);
    EXPECT_EQ(other.vaultAccounts(Vault::Filter::Trash).size(), 1);
}

TEST(ExportCommand, ThePasswordIsAskedOnStandardInputWhenNoFileIsGiven)
{
    VaultCliFixture f;
    fillWithFixtureAccounts(f);
    const QString out = f.file(QStringLiteral("aegis.json"));
    // Vault password from --password-file: the export's is the first line of standard input.
    const auto run = f.run(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("aegis"), QStringLiteral("--out"), out},
        ExportPassword.toUtf8() + "\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Both on standard input, the vault's first.
    const QString second = f.file(QStringLiteral("second.json"));
    const auto bare = f.runBare({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("aegis"),
                                    QStringLiteral("--out"), second},
        VaultCliFixture::password().toUtf8() + "\n" + ExportPassword.toUtf8() + "\n");
    ASSERT_EQ(bare.exitCode, 0) << bare.err.toStdString();
    const QString password = exportPasswordFile(f);
    for (const QString& file : {out, second}) {
        EXPECT_EQ(importIntoNewVault(file, {QStringLiteral("--backup-password-file"), password}).size(), 5);
    }

    // No password at all: refused, nothing written.
    const QString none = f.file(QStringLiteral("none.json"));
    const auto missing = f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("tessera"),
        QStringLiteral("--out"), none});
    EXPECT_EQ(missing.exitCode, 3) << missing.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(none));
    const QString empty = writeFile(f, QStringLiteral("empty-password.txt"), "\n");
    const auto blank = f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("aegis"),
        QStringLiteral("--out"), none, QStringLiteral("--backup-password-file"), empty});
    EXPECT_EQ(blank.exitCode, 3) << blank.err.toStdString();
    EXPECT_TRUE(blank.err.contains(QStringLiteral("empty"))) << blank.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(none));
}

TEST(ExportCommand, ReplacesAnExistingFileAndMakesItOwnerOnly)
{
    VaultCliFixture f;
    fillWithFixtureAccounts(f);
    const QString out = writeFile(f, QStringLiteral("links.txt"), "old content\n");
    ASSERT_TRUE(QFile::setPermissions(out, OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto run = f.run(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(isOwnerOnly(out));
    const QString text = QString::fromUtf8(tessera::test::readFile(out));
    EXPECT_EQ(text.count(u"otpauth://"), 5);
    EXPECT_FALSE(text.contains(u"old content"));
    // No temporary file is left beside it.
    EXPECT_EQ(QDir(QFileInfo(out).absolutePath()).entryList({QStringLiteral("links.txt*")}, QDir::Files).size(), 1);
}

TEST(ExportCommand, UsageAndNothingToExport)
{
    VaultCliFixture f;
    f.init();
    const QString out = f.file(QStringLiteral("out.txt"));
    const auto usage = [&f](const QStringList& arguments) {
        return f.run(QStringList{QStringLiteral("export")} + arguments).exitCode;
    };
    EXPECT_EQ(usage({QStringLiteral("--out"), out}), 1);
    EXPECT_EQ(usage({QStringLiteral("--format"), QStringLiteral("keepass"), QStringLiteral("--out"), out}), 1);
    EXPECT_EQ(usage({QStringLiteral("--format"), QStringLiteral("uris")}), 1);
    EXPECT_EQ(usage({QStringLiteral("--format"), QStringLiteral("uris"), QStringLiteral("--out"), out,
                  QStringLiteral("extra")}),
        1);
    // A password for a format that is not encrypted would give a false sense of safety.
    const QString password = exportPasswordFile(f);
    const auto plain = f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"),
        QStringLiteral("--out"), out, QStringLiteral("--backup-password-file"), password});
    EXPECT_EQ(plain.exitCode, 1);
    EXPECT_TRUE(plain.err.contains(QStringLiteral("not encrypted"))) << plain.err.toStdString();

    const auto empty = f.run(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"), QStringLiteral("--out"), out});
    EXPECT_EQ(empty.exitCode, 4) << empty.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));

    f.add(QStringLiteral("ACME"), QStringLiteral("jane"));
    ASSERT_EQ(f.run({QStringLiteral("rm"), QStringLiteral("ACME")}).exitCode, 0);
    const auto trashOnly = f.run({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("google-migration"), QStringLiteral("--out"), f.file(QStringLiteral("codes"))});
    EXPECT_EQ(trashOnly.exitCode, 4) << trashOnly.err.toStdString();
    EXPECT_TRUE(trashOnly.err.contains(QStringLiteral("--format tessera"))) << trashOnly.err.toStdString();

    const auto folder = f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"),
        QStringLiteral("--out"), f.file(QString())});
    EXPECT_EQ(folder.exitCode, 5) << folder.err.toStdString();
    const QString file = writeFile(f, QStringLiteral("a-file"), "x");
    const auto notAFolder = f.run({QStringLiteral("export"), QStringLiteral("--format"),
        QStringLiteral("google-migration"), QStringLiteral("--out"), file});
    EXPECT_EQ(notAFolder.exitCode, 5) << notAFolder.err.toStdString();
    const auto noVault = tessera::test::runCli({QStringLiteral("--vault"), f.file(QStringLiteral("none.tessera")),
        QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"), QStringLiteral("--out"), out});
    EXPECT_EQ(noVault.exitCode, 5) << noVault.err.toStdString();
}

TEST(ExportCommand, OnlyThePdfNeedsAGuiApplication)
{
    const tessera::cli::CliApplication cli;
    const auto needs = [&cli](const QStringList& arguments) {
        return cli.needsGuiApplication(QStringList{QStringLiteral("tessera-cli")} + arguments);
    };
    EXPECT_TRUE(needs({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
        QStringLiteral("--out"), QStringLiteral("a.pdf")}));
    EXPECT_TRUE(needs({QStringLiteral("--vault"), QStringLiteral("v"), QStringLiteral("export"),
        QStringLiteral("--out"), QStringLiteral("a.pdf"), QStringLiteral("--format=pdf")}));
    EXPECT_FALSE(needs({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uris"),
        QStringLiteral("--out"), QStringLiteral("a.txt")}));
    EXPECT_FALSE(
        needs({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--help")}));
    EXPECT_FALSE(needs({QStringLiteral("list")}));
    EXPECT_FALSE(needs({QStringLiteral("export"), QStringLiteral("--bogus")}));
    EXPECT_FALSE(needs({}));
}
