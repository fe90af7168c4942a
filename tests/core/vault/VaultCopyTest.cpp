#include "Vault.h"
#include "VaultFormat.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    int modeOf(const QString& path)
    {
        struct stat info = {};
        EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
        return static_cast<int>(info.st_mode & 07777);
    }

    struct CopyFixture
    {
        VaultDir dir;
        std::unique_ptr<Vault> vault;
        QUuid a;
        QUuid b;
        QUuid trashed;

        CopyFixture()
        {
            vault = tessera::test::createVault(dir.path());
            a = vault->add(tessera::test::makeAccount(QStringLiteral("GitHub"), QStringLiteral("alice"), 1)).value();
            b = vault->add(tessera::test::makeAccount(QStringLiteral("Forge"), QStringLiteral("bob"), 2)).value();
            trashed = vault->add(tessera::test::makeAccount(QStringLiteral("Old"), QStringLiteral("x"), 3)).value();
            EXPECT_TRUE(vault->moveToTrash(trashed).ok());
        }

        /// A copy at `name` in the test folder; fails the test when writing fails.
        QString copy(const QString& name = QStringLiteral("copy.tessera"))
        {
            const QString path = dir.path(name);
            auto written = vault->writeCopy(path);
            EXPECT_TRUE(written.ok()) << written.error().message().toStdString();
            return path;
        }
    };
}

TEST(VaultCopy, ACopyIsCompleteOpensWithThePasswordAndPassesItsCheck)
{
    CopyFixture f;
    const QString path = f.copy();
    auto report = f.vault->verifyCopy(path);
    ASSERT_TRUE(report.ok()) << report.error().message().toStdString();
    EXPECT_EQ(report->vaultId, f.vault->vaultId());
    EXPECT_EQ(report->schemaVersion, VaultFormat::SchemaVersion);
    EXPECT_EQ(report->accountRevisions, f.vault->accountRevisions());
    EXPECT_EQ(report->activeAccounts, 2);
    EXPECT_EQ(report->trashedAccounts, 1);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));

    VaultOptions readOnly;
    readOnly.readOnly = true;
    Vault copy(path, readOnly);
    ASSERT_TRUE(copy.unlock(Credential::password(tessera::test::testPassword())).ok());
    EXPECT_EQ(copy.vaultId(), f.vault->vaultId());
    EXPECT_EQ(copy.accounts(Vault::Filter::All), f.vault->accounts(Vault::Filter::All));
    EXPECT_EQ(copy.account(f.a).value(), f.vault->account(f.a).value());
}

TEST(VaultCopy, AnEmptyTargetKeepsItsOwnerOnlyModeAndAFullOneIsRefused)
{
    CopyFixture f;
    const QString path = f.dir.path(QStringLiteral("prepared.tessera"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    ASSERT_GE(fd, 0);
    ::close(fd);
    ASSERT_TRUE(f.vault->writeCopy(path).ok());
    EXPECT_EQ(modeOf(path), 0600);
    EXPECT_TRUE(f.vault->verifyCopy(path).ok());

    const QByteArray before = tessera::test::readFile(path);
    auto again = f.vault->writeCopy(path);
    ASSERT_FALSE(again.ok()) << "VACUUM INTO never overwrites a file with content";
    EXPECT_EQ(tessera::test::readFile(path), before);
}

TEST(VaultCopy, ADamagedCopyFailsItsCheckAndIsNeverWritten)
{
    CopyFixture f;

    // A changed byte in one account's ciphertext.
    const QString changed = f.copy(QStringLiteral("changed.tessera"));
    tessera::test::execSql(changed,
        QStringLiteral("UPDATE accounts SET ciphertext = zeroblob(length(ciphertext)) WHERE hex(uuid) = '%1'")
            .arg(QString::fromLatin1(f.b.toRfc4122().toHex().toUpper())));
    const QByteArray before = tessera::test::readFile(changed);
    auto report = f.vault->verifyCopy(changed);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind(), Error::Kind::Corrupt);
    EXPECT_TRUE(report.error().message().contains(f.b.toString(QUuid::WithoutBraces)))
        << report.error().message().toStdString();
    EXPECT_EQ(tessera::test::readFile(changed), before);

    // A row deleted: the manifest no longer matches.
    const QString missing = f.copy(QStringLiteral("missing.tessera"));
    tessera::test::execSql(missing,
        QStringLiteral("DELETE FROM accounts WHERE hex(uuid) = '%1'")
            .arg(QString::fromLatin1(f.a.toRfc4122().toHex().toUpper())));
    EXPECT_EQ(f.vault->verifyCopy(missing).error().kind(), Error::Kind::Corrupt);

    // Truncated.
    const QString truncated = f.copy(QStringLiteral("truncated.tessera"));
    const QByteArray bytes = tessera::test::readFile(truncated);
    tessera::test::writeFile(truncated, bytes.left(bytes.size() / 2));
    EXPECT_FALSE(f.vault->verifyCopy(truncated).ok());

    // Nothing at all.
    EXPECT_FALSE(f.vault->verifyCopy(f.dir.path(QStringLiteral("none.tessera"))).ok());
}

TEST(VaultCopy, ACopyOfAnotherVaultIsNotThisVaultsCopy)
{
    CopyFixture f;
    VaultDir otherDir;
    auto other = tessera::test::createVault(otherDir.path());
    ASSERT_TRUE(other);
    const QString path = f.dir.path(QStringLiteral("other.tessera"));
    ASSERT_TRUE(other->writeCopy(path).ok());
    auto report = f.vault->verifyCopy(path);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind(), Error::Kind::InvalidInput);
    EXPECT_TRUE(report.error().message().contains(QStringLiteral("another vault")));
}

TEST(VaultCopy, ALockedVaultNeitherCopiesNorChecks)
{
    CopyFixture f;
    const QString path = f.copy();
    f.vault->lock();
    EXPECT_EQ(f.vault->writeCopy(f.dir.path(QStringLiteral("later.tessera"))).error().kind(), Error::Kind::Conflict);
    EXPECT_EQ(f.vault->verifyCopy(path).error().kind(), Error::Kind::Conflict);
    EXPECT_FALSE(QFileInfo::exists(f.dir.path(QStringLiteral("later.tessera"))));
}
