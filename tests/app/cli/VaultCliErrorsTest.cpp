#include "VaultCliFixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

using tessera::test::VaultCliFixture;

namespace
{
    void sql(const QString& path, const QString& statement)
    {
        const QString name = QStringLiteral("cli-errors-test");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement));
        }
        QSqlDatabase::removeDatabase(name);
    }

    QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
}

TEST(VaultCliErrors, MissingVaultIsFiveWithAHint)
{
    VaultCliFixture f;
    for (const QString& command : {QStringLiteral("list"), QStringLiteral("code"), QStringLiteral("passwd")}) {
        QStringList args{command};
        if (command == QStringLiteral("code")) {
            args.append(QStringLiteral("x"));
        }
        if (command == QStringLiteral("passwd")) {
            args << QStringLiteral("--new-password-file") << f.passwordFile();
        }
        const auto run = f.run(args);
        EXPECT_EQ(run.exitCode, 5) << command.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("There is no vault at"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("tessera-cli init")));
    }
    EXPECT_FALSE(QFile::exists(f.vaultPath()));
}

TEST(VaultCliErrors, WrongPasswordIsTwo)
{
    VaultCliFixture f;
    f.init();
    const auto run = f.runBare({QStringLiteral("list")}, QByteArray("wrong\n"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, QStringLiteral("The password is wrong.\n"));
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(VaultCliErrors, NotAVaultNewerOrDamagedIsThreeAndUntouched)
{
    VaultCliFixture f;
    QFile text(f.vaultPath());
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray(8192, 'z'));
    text.close();
    const auto notVault = f.run({QStringLiteral("list")});
    EXPECT_EQ(notVault.exitCode, 3);
    EXPECT_TRUE(notVault.err.contains(QStringLiteral("not a Tessera vault")));
    EXPECT_EQ(bytesOf(f.vaultPath()), QByteArray(8192, 'z'));

    VaultCliFixture g;
    g.init();
    sql(g.vaultPath(), QStringLiteral("UPDATE schema_version SET version = 99"));
    const QByteArray before = bytesOf(g.vaultPath());
    const auto newer = g.run({QStringLiteral("add"), QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP")});
    EXPECT_EQ(newer.exitCode, 3);
    EXPECT_TRUE(newer.err.contains(QStringLiteral("newer version of Tessera")));
    EXPECT_EQ(bytesOf(g.vaultPath()), before);

    VaultCliFixture h;
    h.init();
    QFile vault(h.vaultPath());
    const QByteArray whole = bytesOf(h.vaultPath());
    ASSERT_TRUE(vault.open(QIODevice::WriteOnly | QIODevice::Truncate));
    vault.write(whole.left(whole.size() / 2));
    vault.close();
    const auto truncated = h.run({QStringLiteral("list")});
    EXPECT_EQ(truncated.exitCode, 3);
    EXPECT_TRUE(truncated.err.contains(QStringLiteral("truncated")));
}

TEST(VaultCliErrors, IntegrityProblemsWarnOnReadsAndRefuseWrites)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Keep"), QStringLiteral("k"));
    const QString gone = f.add(QStringLiteral("Gone"), QStringLiteral("g"));
    sql(f.vaultPath(),
        QStringLiteral("DELETE FROM accounts WHERE hex(uuid) = '%1'")
            .arg(QString::fromLatin1(QUuid(gone).toRfc4122().toHex().toUpper())));
    const auto list = f.run({QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QStringLiteral("Keep (k)")));
    EXPECT_TRUE(list.err.contains(QStringLiteral("Warning: Account %1 is missing").arg(gone)))
        << list.err.toStdString();
    const QByteArray before = bytesOf(f.vaultPath());
    const auto add = f.run({QStringLiteral("add"), QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP")});
    EXPECT_EQ(add.exitCode, 3);
    EXPECT_TRUE(add.err.contains(QStringLiteral("integrity problems")));
    EXPECT_TRUE(add.out.isEmpty());
    EXPECT_EQ(bytesOf(f.vaultPath()), before);
}
