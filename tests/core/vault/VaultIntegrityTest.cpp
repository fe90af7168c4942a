#include "Vault.h"
#include "VaultTestSupport.h"

#include <gtest/gtest.h>

using namespace tessera;
using tessera::test::makeAccount;
using tessera::test::readFile;
using tessera::test::VaultDir;

namespace
{
    struct SavedRow
    {
        QByteArray uuid;
        qint64 revision = 0;
        QByteArray nonce;
        QByteArray ciphertext;
    };

    QString hexId(const QUuid& id)
    {
        return QString::fromLatin1(id.toRfc4122().toHex().toUpper());
    }

    SavedRow saveRow(const QString& path, const QUuid& id)
    {
        const QString where = QStringLiteral(" FROM accounts WHERE hex(uuid) = '%1'").arg(hexId(id));
        SavedRow row;
        row.uuid = id.toRfc4122();
        row.revision = tessera::test::querySql(path, QStringLiteral("SELECT revision") + where).toLongLong();
        row.nonce = tessera::test::querySql(path, QStringLiteral("SELECT nonce") + where).toByteArray();
        row.ciphertext = tessera::test::querySql(path, QStringLiteral("SELECT ciphertext") + where).toByteArray();
        return row;
    }

    void putRow(const QString& path, const SavedRow& row)
    {
        tessera::test::execSql(path,
            QStringLiteral("INSERT OR REPLACE INTO accounts (uuid, format, revision, nonce, ciphertext) VALUES (?, 1, "
                           "?, ?, ?)"),
            {row.uuid, row.revision, row.nonce, row.ciphertext});
    }

    struct ThreeAccounts
    {
        VaultDir dir;
        QList<QUuid> ids;

        ThreeAccounts()
        {
            auto vault = tessera::test::createVault(dir.path());
            for (int i = 0; i < 3; ++i) {
                ids.append(vault->add(makeAccount(QStringLiteral("Acct %1").arg(i), QStringLiteral("u"), i)).value());
            }
        }

        std::unique_ptr<Vault> open()
        {
            VaultOptions options;
            options.purgeExpiredTrashOnUnlock = false;
            return tessera::test::openVault(dir.path(), options);
        }
    };
}

TEST(VaultIntegrity, ADeletedRowIsReported)
{
    ThreeAccounts f;
    tessera::test::execSql(f.dir.path(), QStringLiteral("DELETE FROM accounts WHERE uuid = ?"), {f.ids[1].toRfc4122()});
    auto vault = f.open();
    ASSERT_TRUE(vault);
    ASSERT_EQ(vault->integrityIssues().size(), 1);
    const IntegrityIssue issue = vault->integrityIssues().first();
    EXPECT_EQ(issue.kind, IntegrityIssue::Kind::MissingAccount);
    EXPECT_EQ(issue.accountId, f.ids[1]);
    EXPECT_EQ(issue.code(), QStringLiteral("missing-account"));
    EXPECT_TRUE(issue.message().contains(QStringLiteral("deleted outside Tessera")));
    EXPECT_EQ(vault->accountCount(), 2);
    const QByteArray before = readFile(f.dir.path());
    EXPECT_FALSE(vault->moveToTrash(f.ids[0]).ok());
    EXPECT_EQ(readFile(f.dir.path()), before);
}

TEST(VaultIntegrity, ARowReplacedByAnOlderCopyIsReported)
{
    ThreeAccounts f;
    const SavedRow old = saveRow(f.dir.path(), f.ids[2]);
    {
        auto vault = f.open();
        ASSERT_TRUE(vault->modify(f.ids[2], [](Account& a) { a.issuer = QStringLiteral("Renamed"); }).ok());
        ASSERT_TRUE(vault->modify(f.ids[2], [](Account& a) { a.note = QStringLiteral("later"); }).ok());
    }
    putRow(f.dir.path(), old); // the attacker (or a bad sync tool) puts revision 1 back
    auto vault = f.open();
    ASSERT_TRUE(vault);
    ASSERT_EQ(vault->integrityIssues().size(), 1);
    const IntegrityIssue issue = vault->integrityIssues().first();
    EXPECT_EQ(issue.kind, IntegrityIssue::Kind::OlderRevision);
    EXPECT_EQ(issue.expectedRevision, 3u);
    EXPECT_EQ(issue.foundRevision, 1u);
    EXPECT_TRUE(issue.message().contains(QStringLiteral("older copy")));
    EXPECT_TRUE(vault->isReadOnly());
    EXPECT_EQ(vault->account(f.ids[2])->issuer, QStringLiteral("Acct 2")); // shown, and reported
}

TEST(VaultIntegrity, APurgedRowPutBackIsReportedAndNotShown)
{
    ThreeAccounts f;
    const SavedRow purged = saveRow(f.dir.path(), f.ids[0]);
    {
        auto vault = f.open();
        ASSERT_TRUE(vault->purge(f.ids[0]).ok());
    }
    putRow(f.dir.path(), purged);
    auto vault = f.open();
    ASSERT_TRUE(vault);
    ASSERT_EQ(vault->integrityIssues().size(), 1);
    EXPECT_EQ(vault->integrityIssues().first().kind, IntegrityIssue::Kind::UnlistedAccount);
    EXPECT_FALSE(vault->account(f.ids[0]).ok());
    EXPECT_EQ(vault->accountCount(), 2);
}

TEST(VaultIntegrity, AnOlderManifestIsReported)
{
    ThreeAccounts f;
    const QVariant generation
        = tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT generation FROM manifest"));
    const QVariant nonce = tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT nonce FROM manifest"));
    const QVariant ciphertext
        = tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT ciphertext FROM manifest"));
    {
        auto vault = f.open();
        ASSERT_TRUE(vault->add(makeAccount(QStringLiteral("Newest"), QStringLiteral("n"))).ok());
    }
    tessera::test::execSql(f.dir.path(),
        QStringLiteral("UPDATE manifest SET generation = ?, nonce = ?, ciphertext = ?"),
        {generation, nonce, ciphertext});
    auto vault = f.open();
    ASSERT_TRUE(vault);
    ASSERT_FALSE(vault->integrityIssues().isEmpty());
    EXPECT_EQ(vault->integrityIssues().first().kind, IntegrityIssue::Kind::UnlistedAccount);
}

TEST(VaultIntegrity, ADamagedManifestIsReportedAndTheAccountsStayReadable)
{
    ThreeAccounts f;
    tessera::test::execSql(f.dir.path(), QStringLiteral("UPDATE manifest SET generation = generation + 1"));
    auto vault = f.open();
    ASSERT_TRUE(vault);
    ASSERT_EQ(vault->integrityIssues().size(), 1);
    EXPECT_EQ(vault->integrityIssues().first().kind, IntegrityIssue::Kind::DamagedManifest);
    EXPECT_EQ(vault->accountCount(), 3);
}

TEST(VaultIntegrity, RepairSetsUntrustedRowsAsideAndMakesTheVaultWritableAgain)
{
    ThreeAccounts f;
    const SavedRow purged = saveRow(f.dir.path(), f.ids[0]);
    {
        auto vault = f.open();
        ASSERT_TRUE(vault->purge(f.ids[0]).ok());
    }
    putRow(f.dir.path(), purged);
    tessera::test::execSql(f.dir.path(), QStringLiteral("DELETE FROM accounts WHERE uuid = ?"), {f.ids[1].toRfc4122()});
    auto vault = f.open();
    ASSERT_TRUE(vault);
    EXPECT_EQ(vault->integrityIssues().size(), 2);
    ASSERT_TRUE(vault->repair().ok());
    EXPECT_TRUE(vault->integrityIssues().isEmpty());
    EXPECT_FALSE(vault->isReadOnly());
    ASSERT_TRUE(vault->add(makeAccount(QStringLiteral("After repair"), QStringLiteral("r"))).ok());
    vault->lock();
    auto again = f.open();
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->integrityIssues().isEmpty());
    EXPECT_EQ(again->accountCount(), 2);
    EXPECT_EQ(tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT count(*) FROM quarantine")).toInt(), 1);
    EXPECT_EQ(tessera::test::querySql(f.dir.path(), QStringLiteral("SELECT reason FROM quarantine")).toString(),
        QStringLiteral("unlisted-account"));
}
