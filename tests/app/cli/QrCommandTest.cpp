#include "ProcessRunner.h"
#include "QrDecoder.h"
#include "TestPaths.h"
#include "VaultCliFixture.h"

#include <QFile>
#include <QImage>

#include <gtest/gtest.h>

using tessera::test::VaultCliFixture;

namespace
{
    constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    constexpr QFileDevice::Permissions UserBits = QFileDevice::ReadUser | QFileDevice::WriteUser;

    QString uriOf(const VaultCliFixture& f, const QString& query)
    {
        const auto show = f.run({QStringLiteral("show"), query, QStringLiteral("--uri")});
        EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
        return show.out.trimmed();
    }
}

TEST(QrCommand, WritesAPngThatZbarimgReadsAsTheAccountsUri)
{
    tessera::test::requireTool(QStringLiteral("zbarimg"));
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("ACME"), QStringLiteral("jane@example.com"));
    const QString out = f.file(QStringLiteral("acme.png"));
    const auto run = f.run({QStringLiteral("qr"), QStringLiteral("acme"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(QStringLiteral("delete the file"))) << run.err.toStdString();
    EXPECT_EQ(QFile(out).permissions() & ~UserBits, OwnerOnly);

    const auto zbar
        = tessera::test::runProcess(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), out});
    ASSERT_EQ(zbar.exitCode, 0) << zbar.err.toStdString();
    EXPECT_EQ(QString::fromUtf8(zbar.out).trimmed(), uriOf(f, QStringLiteral("acme")));
}

TEST(QrCommand, WritesAnOwnerOnlySvg)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("Bank"), QStringLiteral("joe"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
    const QString out = f.file(QStringLiteral("bank.SVG"));
    const auto run = f.run({QStringLiteral("qr"), QStringLiteral("bank"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile svg(out);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    EXPECT_TRUE(text.startsWith("<?xml")) << text.left(60).toStdString();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_EQ(svg.permissions() & ~UserBits, OwnerOnly);
}

TEST(QrCommand, ReplacesAnExistingFileAndMakesItOwnerOnly)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("ACME"), QStringLiteral("jane"));
    const QString out = f.file(QStringLiteral("old.png"));
    QFile old(out);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    ASSERT_TRUE(QFile::setPermissions(out, OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto run = f.run({QStringLiteral("qr"), QStringLiteral("ACME"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QFile(out).permissions() & ~UserBits, OwnerOnly);
    const auto payloads = tessera::QrDecoder().decode(QImage(out));
    ASSERT_TRUE(payloads);
    ASSERT_EQ(payloads->size(), 1);
    EXPECT_EQ(payloads->first().text(), uriOf(f, QStringLiteral("ACME")));
}

TEST(QrCommand, UsageAndQueryErrorsFollowTheContract)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("ACME"), QStringLiteral("jane"));
    f.add(QStringLiteral("ACME"), QStringLiteral("john"));
    const QString png = f.file(QStringLiteral("x.png"));

    const auto noOut = f.run({QStringLiteral("qr"), QStringLiteral("jane")});
    EXPECT_EQ(noOut.exitCode, 1);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out")));
    const auto noQuery = f.run({QStringLiteral("qr"), QStringLiteral("--out"), png});
    EXPECT_EQ(noQuery.exitCode, 1);
    const auto badSuffix = f.run(
        {QStringLiteral("qr"), QStringLiteral("jane"), QStringLiteral("--out"), f.file(QStringLiteral("x.gif"))});
    EXPECT_EQ(badSuffix.exitCode, 1);
    EXPECT_TRUE(badSuffix.err.contains(QStringLiteral("FILE.png or FILE.svg")));

    const auto ambiguous = f.run({QStringLiteral("qr"), QStringLiteral("ACME"), QStringLiteral("--out"), png});
    EXPECT_EQ(ambiguous.exitCode, 4);
    const auto none = f.run({QStringLiteral("qr"), QStringLiteral("nobody"), QStringLiteral("--out"), png});
    EXPECT_EQ(none.exitCode, 4);
    EXPECT_FALSE(QFile::exists(png));

    const auto noFolder = f.run({QStringLiteral("qr"), QStringLiteral("jane"), QStringLiteral("--out"),
        f.file(QStringLiteral("missing/x.png"))});
    EXPECT_EQ(noFolder.exitCode, 5) << noFolder.err.toStdString();
}

TEST(QrCommand, RunsAsTheRealExecutable)
{
    VaultCliFixture f;
    f.init();
    f.add(QStringLiteral("ACME"), QStringLiteral("jane"));
    const QString out = f.file(QStringLiteral("p.png"));
    const auto run = f.runProcess({QStringLiteral("qr"), QStringLiteral("jane"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QFile(out).permissions() & ~UserBits, OwnerOnly);
}
