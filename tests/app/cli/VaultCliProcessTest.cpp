#include "TestPaths.h"
#include "VaultCliFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using tessera::test::VaultCliFixture;

TEST(VaultCliProcess, InitAddListCodeEndToEndWithTheRealExecutable)
{
    VaultCliFixture f;
    const auto init = f.runProcess(QStringList{QStringLiteral("init")} + VaultCliFixture::minimumKdf());
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_EQ(init.out.trimmed().size(), 69);
    const auto add = f.runProcess(
        {QStringLiteral("add"), QStringLiteral("otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub")});
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    const auto list = f.runProcess({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    const auto code = f.runProcess(
        {QStringLiteral("code"), QStringLiteral("alice"), QStringLiteral("--at"), QStringLiteral("1700000000")});
    EXPECT_EQ(code.exitCode, 0);
    EXPECT_EQ(code.out, QStringLiteral("324550\n"));
    // The password on standard input (not a terminal), as scripts give it.
    const auto piped = tessera::test::runCliProcess(
        {QStringLiteral("--vault"), f.vaultPath(), QStringLiteral("code"), QStringLiteral("github")},
        VaultCliFixture::password().toUtf8() + "\n");
    EXPECT_EQ(piped.exitCode, 0) << piped.err.toStdString();
    const auto wrong = tessera::test::runCliProcess(
        {QStringLiteral("--vault"), f.vaultPath(), QStringLiteral("list")}, QByteArray("nope\n"));
    EXPECT_EQ(wrong.exitCode, 2);
}

TEST(VaultCliProcess, ManyProcessesAddingAtOnceLoseNothing)
{
    VaultCliFixture f;
    f.init();
    constexpr int Writers = 8;
    constexpr int AddsPerWriter = 4;
    QElapsedTimer timer;
    timer.start();
    // Each writer is a shell loop of real tessera-cli processes, all eight loops running at once.
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < Writers; ++w) {
        QString script;
        for (int i = 0; i < AddsPerWriter; ++i) {
            script += QStringLiteral("\"$0\" --vault \"$1\" --password-file \"$2\" add --issuer W%1 --account a%2 "
                                     "--secret JBSWY3DPEHPK3PXP || exit $?\n")
                          .arg(w)
                          .arg(i);
        }
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), script, tessera::test::executablePath(QStringLiteral("tessera-cli")), f.vaultPath(),
                f.passwordFile()});
        writers.push_back(std::move(process));
    }
    for (auto& writer : writers) {
        ASSERT_TRUE(writer->waitForFinished(120000));
        EXPECT_EQ(writer->exitCode(), 0) << writer->readAllStandardError().toStdString();
    }
    const auto list = f.runProcess({QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.err.isEmpty()) << list.err.toStdString(); // no integrity warnings
    const QJsonArray array = QJsonDocument::fromJson(list.out.toUtf8()).array();
    EXPECT_EQ(array.size(), Writers * AddsPerWriter);
    QSet<QString> names;
    for (const QJsonValue& value : array) {
        names.insert(value.toObject().value(QStringLiteral("issuer")).toString()
            + value.toObject().value(QStringLiteral("account")).toString());
    }
    EXPECT_EQ(names.size(), Writers * AddsPerWriter);
    std::cout << Writers * AddsPerWriter << " adds by " << Writers << " concurrent writers in " << timer.elapsed()
              << " ms" << std::endl;
}

TEST(VaultCliProcess, TheProcessAllowsNoCoreDumpWhileItWaitsForThePassword)
{
    VaultCliFixture f;
    f.init();
    QProcess cli;
    cli.start(tessera::test::executablePath(QStringLiteral("tessera-cli")),
        {QStringLiteral("--vault"), f.vaultPath(), QStringLiteral("list")});
    ASSERT_TRUE(cli.waitForStarted(10000));
    // It reads the password from standard input (kept open): the limits while it waits are the ones it
    // holds the secrets under. ProcessHardeningTest checks that the same step also makes it non-dumpable.
    const QString limits = QStringLiteral("/proc/%1/limits").arg(cli.processId());
    QElapsedTimer timer;
    timer.start();
    bool noCoreDumps = false;
    while (!noCoreDumps && timer.elapsed() < 20000 && cli.state() == QProcess::Running) {
        QFile file(limits);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                if (line.startsWith("Max core file size")) {
                    noCoreDumps = line.simplified() == "Max core file size 0 0 bytes";
                }
            }
        }
        if (!noCoreDumps) {
            cli.waitForReadyRead(20);
        }
    }
    EXPECT_TRUE(noCoreDumps) << "tessera-cli still allows core dumps";
    cli.write(VaultCliFixture::password().toUtf8() + "\n");
    cli.closeWriteChannel();
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
}
