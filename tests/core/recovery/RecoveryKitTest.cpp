#include "RecoveryKit.h"

#include "ProcessRunner.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace tessera;

namespace
{
    const QDateTime Now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    QList<Playbook> bundled()
    {
        auto all = Playbook::loadAll();
        EXPECT_TRUE(all.ok()) << (all.ok() ? std::string() : all.error().message().toStdString());
        return all.ok() ? std::move(all).value() : QList<Playbook>();
    }

    Account account(const QString& issuer, const QString& name)
    {
        Account a(OtpParameters::create(OtpType::Totp, QByteArrayLiteral("12345678901234567890")).value());
        a.id = QUuid::createUuidV5(QUuid(), issuer + QLatin1Char(':') + name);
        a.issuer = issuer;
        a.accountName = name;
        return a;
    }

    /// The AWS story's account: the phone number stored without its country code.
    Account awsRoot()
    {
        Account a
            = account(QStringLiteral("Amazon Web Services"), QStringLiteral("root-account-mfa-device@123456789012"));
        a.recovery.email = QStringLiteral("root@example.org");
        a.recovery.phone = QStringLiteral("07911 123456");
        a.recovery.secondFactor = SecondFactor::None;
        return a;
    }

    Account github()
    {
        Account a = account(QStringLiteral("GitHub"), QStringLiteral("alice"));
        a.recovery.email = QStringLiteral("alice@example.org");
        a.recovery.phone = QStringLiteral("+1 202 555 0143");
        a.recovery.recoveryCodes = {{QStringLiteral("a1b2c-3d4e5"), false, {}},
            {QStringLiteral("usedc-0de00"), true, Now.addDays(-5)}, {QStringLiteral("f6g7h-8i9j0"), false, {}}};
        a.recovery.recoveryUrl = QStringLiteral("https://github.com/settings/security");
        return a;
    }

    RecoveryKit::Options options(bool qr = false)
    {
        RecoveryKit::Options o;
        o.includeQrCodes = qr;
        o.defaultRegion = QStringLiteral("GB");
        o.createdAt = Now;
        return o;
    }

    /// The kit's text as pdftotext reads it, whitespace collapsed (lines wrap anywhere).
    QString pdfText(const QString& path)
    {
        const auto result = test::runProcess(
            QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        EXPECT_TRUE(result.started);
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        return QString::fromUtf8(result.out).simplified();
    }

    int pageCount(const QString& path)
    {
        const auto result = test::runProcess(QStringLiteral("pdfinfo"), {path});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        for (const QString& line : QString::fromUtf8(result.out).split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("Pages:"))) {
                return line.mid(6).trimmed().toInt();
            }
        }
        return -1;
    }

    mode_t modeOf(const QString& path)
    {
        struct stat st = {};
        EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
        return st.st_mode & 0777;
    }
}

TEST(RecoveryKit, ThePdfHoldsWhatRecoveryNeedsAndOpensWithPdftotext)
{
    test::requireTool(QStringLiteral("pdftotext"));
    test::requireTool(QStringLiteral("pdfinfo"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kit.pdf"));
    const auto written = RecoveryKit(bundled()).write({awsRoot(), github()}, path, options());
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_GE(pageCount(path), 2); // a sheet per account

    const QString text = pdfText(path);
    for (const QString& expected : {
             // the warning, on each sheet
             QStringLiteral("Anyone with this sheet can sign in as you"),
             // AWS: issuer, account, email, the phone in E.164 with what was stored, the playbook
             QStringLiteral("Amazon Web Services"),
             QStringLiteral("root-account-mfa-device@123456789012"),
             QStringLiteral("root@example.org"),
             QStringLiteral("+447911123456"),
             QStringLiteral("07911 123456"),
             QStringLiteral("AWS root user"),
             QStringLiteral("AWS IAM user"),
             // GitHub: unused codes, the stored recovery page, its playbook
             QStringLiteral("GitHub"),
             QStringLiteral("alice@example.org"),
             QStringLiteral("+12025550143"),
             QStringLiteral("a1b2c-3d4e5"),
             QStringLiteral("f6g7h-8i9j0"),
             QStringLiteral("https://github.com/settings/security"),
             QStringLiteral("Printed by Tessera on 2026-12-01"),
         }) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n---\n" << text.toStdString();
    }
    // Long links wrap at the page's edge.
    QString joined = text;
    joined.remove(QLatin1Char(' '));
    EXPECT_TRUE(joined.contains(
        QStringLiteral("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_lost-or-broken.html")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QChar(0xFB01))) << "no ligatures: copied text stays plain letters";
    EXPECT_TRUE(text.contains(QStringLiteral("offers"))) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("Anyone with this sheet can sign in as you")), 2);
    EXPECT_FALSE(text.contains(QStringLiteral("usedc-0de00"))) << "a used code is not printed";
    EXPECT_FALSE(text.contains(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))) << "no secret as text";
}

TEST(RecoveryKit, OneAccountUnknownProviderGetsTheGenericPlaybook)
{
    test::requireTool(QStringLiteral("pdftotext"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("one.pdf"));
    Account other = account(QStringLiteral("Example Corp"), QStringLiteral("bob"));
    ASSERT_TRUE(RecoveryKit(bundled()).write({other}, path, options()).ok());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Recovery kit: Example Corp (bob)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Another provider"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not recorded"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Amazon"))) << text.toStdString();
}

TEST(RecoveryKit, TheQrCodeScansBackToTheAccountsUri)
{
    test::requireTool(QStringLiteral("pdftoppm"));
    test::requireTool(QStringLiteral("zbarimg"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.pdf"));
    const Account a = github();
    ASSERT_TRUE(RecoveryKit(bundled()).write({a}, path, options(true)).ok());
    const auto render = test::runProcess(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), path,
            dir.filePath(QStringLiteral("page"))});
    ASSERT_EQ(render.exitCode, 0) << render.err.toStdString();
    QStringList pages;
    for (const QString& name : QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name)) {
        pages.append(dir.filePath(name));
    }
    ASSERT_FALSE(pages.isEmpty());
    const auto scan = test::runProcess(
        QStringLiteral("zbarimg"), QStringList{QStringLiteral("--raw"), QStringLiteral("-q")} + pages);
    EXPECT_EQ(QString::fromUtf8(scan.out).trimmed(), a.toUri().toString()) << scan.err.toStdString();
    test::requireTool(QStringLiteral("pdftotext"));
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("QR code holds the secret key")));
}

TEST(RecoveryKit, ReplacesAnExistingFileAndMakesItOwnerOnly)
{
    test::requireTool(QStringLiteral("pdftotext"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kit.pdf"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    ASSERT_TRUE(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    ASSERT_TRUE(RecoveryKit(bundled()).write({github()}, path, options()).ok());
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("alice@example.org")));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("kit.pdf")}) << "no temporary left";
}

TEST(RecoveryKit, ErrorsLeaveNothingBehind)
{
    QTemporaryDir dir;
    const RecoveryKit kit(bundled());
    const auto missingFolder = kit.write({github()}, dir.filePath(QStringLiteral("no/such/kit.pdf")), options());
    ASSERT_FALSE(missingFolder.ok());
    EXPECT_EQ(missingFolder.error().kind(), Error::Kind::Io);
    EXPECT_TRUE(missingFolder.error().message().contains(QStringLiteral("kit.pdf")));

    Account trashed = github();
    trashed.trashedAt = Now;
    const auto nothing = kit.write({trashed}, dir.filePath(QStringLiteral("empty.pdf")), options());
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().kind(), Error::Kind::InvalidInput);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}
