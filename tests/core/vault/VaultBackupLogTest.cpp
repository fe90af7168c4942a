#include "BackupLog.h"
#include "Vault.h"
#include "VaultFormat.h"
#include "VaultTestSupport.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    constexpr qint64 Start = 1'767'225'600'000; // 2026-01-01 00:00:00 UTC

    /// A vault with a clock the test moves, and two accounts.
    struct BookkeepingFixture
    {
        VaultDir dir;
        qint64 now = Start;
        std::unique_ptr<Vault> vault;
        QUuid a;
        QUuid b;

        BookkeepingFixture()
        {
            vault = tessera::test::createVault(dir.path(), options());
            a = vault->add(tessera::test::makeAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), 1)).value();
            b = vault->add(tessera::test::makeAccount(QStringLiteral("Forge"), QStringLiteral("bob"), 2)).value();
        }

        VaultOptions options()
        {
            VaultOptions o;
            o.now = [this] { return now; };
            return o;
        }

        [[nodiscard]] quint64 revision(const QUuid& id) const { return vault->accountRevisions().value(id); }
    };

    QDateTime at(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
}

TEST(VaultBackupLog, BackupsAreRecordedAndListedNewestFirst)
{
    BookkeepingFixture f;
    f.now += 1000;
    const QString pdfPath = QStringLiteral("/home/alice/Documents/accounts.pdf");
    auto pdf = f.vault->recordBackup(BackupKind::Pdf, pdfPath, {f.a});
    ASSERT_TRUE(pdf.ok()) << pdf.error().message().toStdString();
    EXPECT_FALSE(pdf->id.isNull());
    EXPECT_EQ(pdf->time, at(Start + 1000));
    EXPECT_EQ(pdf->kind, BackupKind::Pdf);
    EXPECT_EQ(pdf->location, pdfPath);
    EXPECT_EQ(pdf->accountRevisions, (QHash<QUuid, quint64>{{f.a, 1}}));

    f.now += 60'000;
    BackupRecord copy;
    copy.kind = BackupKind::AutomaticCopy;
    copy.location = f.dir.path(QStringLiteral("copy.tessera"));
    copy.accountRevisions = {{f.a, 1}, {f.b, 1}};
    copy.time = at(Start + 30'000); // an explicit time is kept
    auto automatic = f.vault->recordBackup(copy);
    ASSERT_TRUE(automatic.ok());
    EXPECT_EQ(automatic->time, at(Start + 30'000));
    EXPECT_TRUE(automatic->isAutomatic());

    f.now += 60'000;
    auto latest = f.vault->recordBackup(BackupKind::TesseraBackup, QStringLiteral("/tmp/x.tessera-backup"), {});
    ASSERT_TRUE(latest.ok());
    EXPECT_TRUE(latest->accountRevisions.isEmpty()) << "a backup of no account is still a record";

    auto listed = f.vault->backups();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 3);
    EXPECT_EQ(listed->at(0), *latest);
    EXPECT_EQ(listed->at(1), *automatic) << "by the backup's time, not by when it was recorded";
    EXPECT_EQ(listed->at(2), *pdf);

    // Another Vault object (another process) reads the same records.
    f.vault->lock();
    auto other = tessera::test::openVault(f.dir.path(), f.options());
    ASSERT_TRUE(other);
    EXPECT_EQ(other->backups().value(), *listed);
}

TEST(VaultBackupLog, RecordingABackupIsNotAnAccountChange)
{
    BookkeepingFixture f;
    auto other = tessera::test::openVault(f.dir.path(), f.options());
    ASSERT_TRUE(other);
    QSignalSpy changed(f.vault.get(), &Vault::accountsChanged);
    QSignalSpy otherChanged(other.get(), &Vault::accountsChanged);
    QSignalSpy otherExternal(other.get(), &Vault::changedExternally);
    const QVariant generation
        = tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT generation FROM manifest"));
    const QByteArray accountsBefore
        = tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT group_concat(hex(nonce)) FROM accounts"))
              .toByteArray();

    ASSERT_TRUE(f.vault->recordBackup(BackupKind::AutomaticCopy, QString(), {f.a, f.b}).ok());
    ASSERT_TRUE(f.vault->forgetBackups({f.vault->backups().value().first().id}).ok());
    ASSERT_TRUE(f.vault->recordBackup(BackupKind::AegisEncrypted, QString(), {f.a}).ok());

    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT generation FROM manifest")), generation);
    EXPECT_EQ(tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT group_concat(hex(nonce)) FROM accounts"))
                  .toByteArray(),
        accountsBefore);
    EXPECT_EQ(f.revision(f.a), 1U);

    // The other process sees the records without reloading or announcing any account.
    auto refreshed = other->refresh();
    ASSERT_TRUE(refreshed.ok());
    EXPECT_FALSE(*refreshed);
    EXPECT_EQ(otherChanged.count(), 0);
    EXPECT_EQ(otherExternal.count(), 0);
    EXPECT_EQ(other->backups().value().size(), 1);
}

TEST(VaultBackupLog, EachAccountKnowsItsLastBackupAndWhetherItChangedSince)
{
    BookkeepingFixture f;
    auto before = f.vault->backupStatus(f.a);
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before->isBackedUp());
    EXPECT_TRUE(before->needsBackup());
    EXPECT_FALSE(before->changedSinceBackup());
    EXPECT_FALSE(before->lastBackupTime().isValid());

    f.now += 1000;
    const auto first = f.vault->recordBackup(BackupKind::AutomaticCopy, QStringLiteral("/b/1"), {f.a, f.b}).value();
    auto status = f.vault->backupStatus(f.a).value();
    EXPECT_TRUE(status.isBackedUp());
    EXPECT_FALSE(status.needsBackup());
    EXPECT_EQ(status.lastBackupTime(), first.time);
    EXPECT_EQ(status.backedUpRevision, 1U);
    EXPECT_EQ(status.currentRevision, 1U);
    ASSERT_TRUE(status.lastBackup.has_value());
    EXPECT_EQ(status.lastBackup->id, first.id);

    // An edit after the backup.
    f.now += 1000;
    ASSERT_TRUE(f.vault->modify(f.a, [](Account& account) { account.note = QStringLiteral("changed"); }).ok());
    status = f.vault->backupStatus(f.a).value();
    EXPECT_TRUE(status.changedSinceBackup());
    EXPECT_TRUE(status.needsBackup());
    EXPECT_EQ(status.backedUpRevision, 1U);
    EXPECT_EQ(status.currentRevision, 2U);
    EXPECT_FALSE(f.vault->backupStatus(f.b).value().changedSinceBackup());

    // A newer export holding only A: A is current again, B's last backup is still the first.
    f.now += 1000;
    const auto second = f.vault->recordBackup(BackupKind::GoogleMigration, QStringLiteral("/b/2"), {f.a}).value();
    const auto all = f.vault->backupStatuses();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->value(f.a).lastBackup->id, second.id);
    EXPECT_FALSE(all->value(f.a).changedSinceBackup());
    EXPECT_EQ(all->value(f.b).lastBackup->id, first.id);

    // Moving to the trash is a change too; an unknown account is NotFound.
    ASSERT_TRUE(f.vault->moveToTrash(f.b).ok());
    EXPECT_TRUE(f.vault->backupStatus(f.b).value().changedSinceBackup());
    auto unknown = f.vault->backupStatus(QUuid::createUuid());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind(), Error::Kind::NotFound);
}

TEST(VaultBackupLog, TheLocationIsSealedAndAChangedRecordIsLeftOut)
{
    BookkeepingFixture f;
    const QString secretFolder = QStringLiteral("/media/alice/USB-STICK-7F3A/hidden-tessera-copies");
    ASSERT_TRUE(f.vault->recordBackup(BackupKind::AutomaticCopy, secretFolder, {f.a, f.b}).ok());
    f.now += 1000;
    const auto kept = f.vault->recordBackup(BackupKind::UriList, QStringLiteral("/tmp/uris.txt"), {f.a}).value();
    f.vault->lock();
    EXPECT_FALSE(tessera::test::readFile(f.dir.path()).contains("USB-STICK-7F3A")) << "the location is encrypted";
    EXPECT_EQ(tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT count(*) FROM backup_accounts")).toInt(), 3);

    // Claiming that the copy holds a newer revision than it does: the record no longer opens.
    tessera::test::execSql(f.dir.path(),
        QStringLiteral("UPDATE backup_accounts SET revision = 7 WHERE backup_id = (SELECT id FROM backups WHERE "
                       "kind = 1)"));
    auto vault = tessera::test::openVault(f.dir.path(), f.options());
    ASSERT_TRUE(vault);
    EXPECT_TRUE(vault->integrityIssues().isEmpty()) << "bookkeeping is not the accounts";
    EXPECT_EQ(vault->backups().value(), QList<BackupRecord>{kept});

    // A changed time fails just the same.
    vault->lock();
    tessera::test::execSql(
        f.dir.path(), QStringLiteral("UPDATE backups SET created_at = created_at + 1 WHERE kind = 5"));
    vault = tessera::test::openVault(f.dir.path(), f.options());
    EXPECT_TRUE(vault->backups().value().isEmpty());
}

TEST(VaultBackupLog, RecordsAreBoundToTheirVault)
{
    BookkeepingFixture f;
    const auto record = f.vault->recordBackup(BackupKind::Pdf, QStringLiteral("/x.pdf"), {f.a}).value();
    f.vault->lock();
    const QVariant nonce = tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT nonce FROM backups"));
    const QVariant ciphertext = tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT ciphertext FROM backups"));

    // The same row bytes in another vault (another vault id and master key) do not open.
    VaultDir otherDir;
    auto other = tessera::test::createVault(otherDir.path());
    ASSERT_TRUE(other);
    other->lock();
    tessera::test::execSql(otherDir.path(),
        QStringLiteral(
            "INSERT INTO backups (id, format, created_at, kind, nonce, ciphertext) VALUES (?, 1, ?, 7, ?, ?)"),
        {VaultFormat::uuidBytes(record.id), record.time.toMSecsSinceEpoch(), nonce, ciphertext});
    auto reopened = tessera::test::openVault(otherDir.path());
    ASSERT_TRUE(reopened);
    EXPECT_TRUE(reopened->backups().value().isEmpty());
}

TEST(VaultBackupLog, WrongInputAndALockedVaultAreErrors)
{
    BookkeepingFixture f;
    auto unknown = f.vault->recordBackup(BackupKind::Pdf, QString(), {f.a, QUuid::createUuid()});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind(), Error::Kind::NotFound);

    BackupRecord badKind;
    badKind.kind = static_cast<BackupKind>(42);
    EXPECT_EQ(f.vault->recordBackup(badKind).error().kind(), Error::Kind::InvalidInput);
    BackupRecord badRevision;
    badRevision.accountRevisions.insert(f.a, 0);
    EXPECT_EQ(f.vault->recordBackup(badRevision).error().kind(), Error::Kind::InvalidInput);

    const auto recorded = f.vault->recordBackup(BackupKind::Pdf, QString(), {f.a}).value();
    BackupRecord again = recorded;
    EXPECT_EQ(f.vault->recordBackup(again).error().kind(), Error::Kind::Conflict) << "the same id twice";
    EXPECT_EQ(f.vault->backups().value().size(), 1);

    f.vault->lock();
    EXPECT_EQ(f.vault->recordBackup(BackupKind::Pdf, QString(), {}).error().kind(), Error::Kind::Conflict);
    EXPECT_FALSE(f.vault->backups().ok());
    EXPECT_FALSE(f.vault->backupStatus(f.a).ok());
    EXPECT_FALSE(f.vault->forgetBackups({recorded.id}).ok());
}

TEST(VaultBackupLog, ForgettingRemovesTheRecordAndItsAccounts)
{
    BookkeepingFixture f;
    const auto one = f.vault->recordBackup(BackupKind::AutomaticCopy, QStringLiteral("/1"), {f.a, f.b}).value();
    f.now += 1;
    const auto two = f.vault->recordBackup(BackupKind::AutomaticCopy, QStringLiteral("/2"), {f.a}).value();
    ASSERT_TRUE(f.vault->forgetBackups({one.id, QUuid::createUuid()}).ok()) << "unknown ids are ignored";
    EXPECT_EQ(f.vault->backups().value(), QList<BackupRecord>{two});
    EXPECT_EQ(tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT count(*) FROM backup_accounts")).toInt(), 1);
    EXPECT_FALSE(f.vault->backupStatus(f.b).value().isBackedUp());
}

TEST(VaultBackupLog, KindNamesAreStable)
{
    const QList<std::pair<BackupKind, QString>> names{
        {BackupKind::AutomaticCopy, QStringLiteral("automatic-copy")},
        {BackupKind::TesseraBackup, QStringLiteral("tessera-backup")},
        {BackupKind::AegisEncrypted, QStringLiteral("aegis-encrypted")},
        {BackupKind::AegisPlain, QStringLiteral("aegis-plain")},
        {BackupKind::UriList, QStringLiteral("uri-list")},
        {BackupKind::GoogleMigration, QStringLiteral("google-migration")},
        {BackupKind::Pdf, QStringLiteral("pdf")},
    };
    int number = 1;
    for (const auto& [kind, name] : names) {
        EXPECT_EQ(static_cast<int>(kind), number++) << "the stored numbers never change";
        EXPECT_EQ(BackupRecord::kindName(kind), name);
        EXPECT_EQ(BackupRecord::kindFromName(name), kind);
        EXPECT_FALSE(BackupRecord::describe(kind).isEmpty());
    }
    EXPECT_EQ(BackupRecord::kindName(static_cast<BackupKind>(99)), QStringLiteral("unknown"));
    EXPECT_FALSE(BackupRecord::kindFromName(QStringLiteral("zip")).has_value());
}

TEST(VaultBackupLog, TheAssociatedDataIsLaidOutAsDocumented)
{
    const QUuid vaultId(QStringLiteral("00112233-4455-4677-8899-aabbccddeeff"));
    const QUuid backupId(QStringLiteral("ffeeddcc-bbaa-4988-8776-655443322110"));
    const QByteArray digest = BackupLog::contentsDigest({});
    EXPECT_EQ(digest.toHex(),
        QByteArray("df3f619804a92fdb4057192dc43dd748ea778adc52bc498ce80524c014b81119")) // SHA-256 of 00000000
        << digest.toHex().toStdString();
    const QByteArray ad = VaultFormat::backupAssociatedData(vaultId, backupId, 0x0102030405060708, 3, digest);
    EXPECT_EQ(ad.size(), 13 + 4 + 16 + 16 + 8 + 4 + 32);
    EXPECT_TRUE(ad.startsWith("TesseraBackup"));
    EXPECT_EQ(ad.mid(13, 4).toHex(), QByteArray("00000001"));
    EXPECT_EQ(ad.mid(17, 16), vaultId.toRfc4122());
    EXPECT_EQ(ad.mid(33, 16), backupId.toRfc4122());
    EXPECT_EQ(ad.mid(49, 8).toHex(), QByteArray("0102030405060708"));
    EXPECT_EQ(ad.mid(57, 4).toHex(), QByteArray("00000003"));
    EXPECT_EQ(ad.mid(61), digest);
}
