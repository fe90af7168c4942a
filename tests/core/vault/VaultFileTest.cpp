#include "VaultFile.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace tessera;
using tessera::test::VaultDir;

namespace
{
    mode_t modeOf(const QString& path)
    {
        struct stat info = {};
        EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
        return info.st_mode & 07777;
    }

    class UmaskScope
    {
    public:
        explicit UmaskScope(mode_t mask)
            : m_previous(::umask(mask))
        { }
        ~UmaskScope() { ::umask(m_previous); }
        UmaskScope(const UmaskScope&) = delete;
        UmaskScope& operator=(const UmaskScope&) = delete;

    private:
        mode_t m_previous;
    };
}

TEST(VaultFile, DefaultPathIsTheGenericDataLocation)
{
    EXPECT_EQ(VaultFile::defaultPath(),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/tessera/vault.tessera"));
}

TEST(VaultFile, CreatesOwnerOnlyFileAndFoldersWhateverTheUmask)
{
    for (const mode_t mask : {mode_t(0000), mode_t(0022), mode_t(0077), mode_t(0777)}) {
        VaultDir dir;
        const QString path = dir.path(QStringLiteral("a/b/vault.tessera"));
        {
            UmaskScope scope(mask);
            ASSERT_TRUE(VaultFile::createExclusive(path).ok());
        }
        EXPECT_EQ(modeOf(path), 0600u) << mask;
        EXPECT_EQ(modeOf(dir.path(QStringLiteral("a/b"))), 0700u) << mask;
        EXPECT_EQ(modeOf(dir.path(QStringLiteral("a"))), 0700u) << mask;
        auto again = VaultFile::createExclusive(path);
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().kind(), Error::Kind::Conflict);
    }
}

TEST(VaultFile, ProbeNamesEachProblem)
{
    VaultDir dir;
    auto missing = VaultFile::probe(dir.path(QStringLiteral("none.tessera")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind(), Error::Kind::Io);
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("There is no vault")));

    auto folder = VaultFile::probe(dir.dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message().contains(QStringLiteral("is a folder")));

    const QString empty = dir.path(QStringLiteral("empty.tessera"));
    tessera::test::writeFile(empty, {});
    auto emptied = VaultFile::probe(empty);
    ASSERT_FALSE(emptied.ok());
    EXPECT_EQ(emptied.error().kind(), Error::Kind::Corrupt);
    EXPECT_TRUE(emptied.error().message().contains(QStringLiteral("empty")));

    const QString text = dir.path(QStringLiteral("notes.txt"));
    tessera::test::writeFile(text, "These are my notes, not a vault.\n");
    auto notVault = VaultFile::probe(text);
    ASSERT_FALSE(notVault.ok());
    EXPECT_EQ(notVault.error().kind(), Error::Kind::InvalidInput);
    EXPECT_TRUE(notVault.error().message().contains(QStringLiteral("not a Tessera vault")));

    const QString prefix = dir.path(QStringLiteral("prefix.tessera"));
    tessera::test::writeFile(prefix, QByteArray("SQLite for"));
    auto cut = VaultFile::probe(prefix);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().kind(), Error::Kind::Corrupt);
    EXPECT_TRUE(cut.error().message().contains(QStringLiteral("truncated")));
}
