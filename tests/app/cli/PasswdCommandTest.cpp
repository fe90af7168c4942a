#include "VaultCliFixture.h"

#include <QFile>

#include <gtest/gtest.h>

using tessera::test::runCli;
using tessera::test::VaultCliFixture;

namespace
{
    QString writeText(const VaultCliFixture& f, const QString& name, const QByteArray& content)
    {
        const QString path = f.file(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        return path;
    }
}

TEST(PasswdCommand, ChangesThePasswordAndTheOldOneStopsWorking)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    const QString fresh = writeText(f, QStringLiteral("new.txt"), "brand new password\n");
    const auto passwd = f.run({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), fresh});
    ASSERT_EQ(passwd.exitCode, 0) << passwd.err.toStdString();
    EXPECT_TRUE(passwd.err.contains(QStringLiteral("Changed the password")));
    const auto old = f.run({QStringLiteral("list")});
    EXPECT_EQ(old.exitCode, 2);
    EXPECT_TRUE(old.err.contains(QStringLiteral("The password is wrong.")));
    const auto now = f.runBare({QStringLiteral("--password-file"), fresh, QStringLiteral("list")});
    EXPECT_EQ(now.exitCode, 0);
    EXPECT_TRUE(now.out.contains(QStringLiteral("GitHub (alice)")));
    // The current password may come from standard input, the new one from its file.
    const auto piped = f.runBare({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), f.passwordFile()},
        QByteArray("brand new password\n"));
    EXPECT_EQ(piped.exitCode, 0) << piped.err.toStdString();
    EXPECT_EQ(f.run({QStringLiteral("list")}).exitCode, 0);
}

TEST(PasswdCommand, AForgottenPasswordIsResetWithTheRecoveryKey)
{
    VaultCliFixture f;
    const QString key = f.init();
    f.add(QStringLiteral("GitHub"), QStringLiteral("alice"));
    const QString keyFile = writeText(f, QStringLiteral("key.txt"), key.toLower().toUtf8() + "\n");
    const QString fresh = writeText(f, QStringLiteral("new.txt"), "after recovery\n");
    const auto reset = f.runBare({QStringLiteral("--recovery-key-file"), keyFile, QStringLiteral("passwd"),
        QStringLiteral("--new-password-file"), fresh});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_EQ(f.runBare({QStringLiteral("--password-file"), fresh, QStringLiteral("list")}).exitCode, 0);
    EXPECT_EQ(f.run({QStringLiteral("list")}).exitCode, 2);

    QString typo = key;
    typo[3] = typo[3] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const QString typoFile = writeText(f, QStringLiteral("typo.txt"), typo.toUtf8());
    const auto refused = f.runBare({QStringLiteral("--recovery-key-file"), typoFile, QStringLiteral("list")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("typo")));
}

TEST(PasswdCommand, UsageAndInputErrors)
{
    VaultCliFixture f;
    f.init();
    EXPECT_EQ(f.run({QStringLiteral("passwd")}).exitCode, 1); // not a terminal, no --new-password-file
    const QString empty = writeText(f, QStringLiteral("empty.txt"), "\n");
    EXPECT_EQ(f.run({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), empty}).exitCode, 3);
    EXPECT_EQ(
        f.run({QStringLiteral("passwd"), QStringLiteral("--new-password-file"), f.file(QStringLiteral("no"))}).exitCode,
        3);
    EXPECT_EQ(f.run({QStringLiteral("list")}).exitCode, 0);
}
