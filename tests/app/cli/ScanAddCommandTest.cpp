#include "GoogleMigration.h"
#include "QrEncoder.h"
#include "VaultCliFixture.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <gtest/gtest.h>

using tessera::Account;
using tessera::GoogleMigration;
using tessera::OtpUri;
using tessera::QrEncoder;
using tessera::test::VaultCliFixture;

namespace
{
    const QString Acme = QStringLiteral("otpauth://totp/ACME:jane@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME");
    const QString Bank = QStringLiteral("otpauth://totp/Bank:joe?secret=GEZDGNBVGY3TQOJQ&issuer=Bank");

    /// The codes side by side on one white image.
    QString saveCodes(const VaultCliFixture& f, const QString& name, const QStringList& texts)
    {
        QList<QImage> codes;
        int width = 0;
        int height = 0;
        for (const QString& text : texts) {
            codes.append(*QrEncoder::toImage(text, QrEncoder::ErrorCorrection::Medium, 3));
            width += codes.last().width() + 20;
            height = std::max(height, codes.last().height());
        }
        QImage canvas(width, height, QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        int x = 0;
        for (const QImage& code : codes) {
            painter.drawImage(QPoint(x, 0), code);
            x += code.width() + 20;
        }
        painter.end();
        const QString path = f.file(name);
        EXPECT_TRUE(canvas.save(path));
        return path;
    }

    QStringList issuers(const VaultCliFixture& f)
    {
        const auto list = f.run({QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
        QStringList names;
        for (const auto& value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            names.append(value.toObject().value(QStringLiteral("issuer")).toString());
        }
        names.sort();
        return names;
    }

    /// A Google Authenticator export of `count` accounts, one URI per code (at most 10 accounts each).
    QStringList migrationExport(int count)
    {
        QList<Account> accounts;
        for (int i = 0; i < count; ++i) {
            const auto uri
                = OtpUri::parse(QStringLiteral("otpauth://totp/Site%1:user?secret=JBSWY3DPEHPK3PX%2&issuer=Site%1")
                                    .arg(i)
                                    .arg(QChar(u'A' + i % 26)));
            EXPECT_TRUE(uri);
            accounts.append(Account::fromUri(*uri, QDateTime::currentDateTimeUtc()));
        }
        const auto exported = GoogleMigration::encode(accounts, tessera::Random::system());
        EXPECT_TRUE(exported);
        return exported->uris;
    }
}

TEST(ScanAddCommand, AddsEveryOtpauthCodeInOneStepAndStillPrintsThePayloads)
{
    VaultCliFixture f;
    f.init();
    const QString first = saveCodes(f, QStringLiteral("a.png"), {Acme, QStringLiteral("https://example.com")});
    const QString second = saveCodes(f, QStringLiteral("b.png"), {Bank});
    const auto run = f.run({QStringLiteral("scan"), first, second, QStringLiteral("--add")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, Acme + u'\n' + QStringLiteral("https://example.com\n") + Bank + u'\n');
    EXPECT_TRUE(run.err.contains(QStringLiteral("Added 2 accounts: ACME (jane@example.com), Bank (joe).")))
        << run.err.toStdString();
    EXPECT_EQ(issuers(f), (QStringList{QStringLiteral("ACME"), QStringLiteral("Bank")}));

    // Scanning again adds nothing twice.
    const auto again = f.run({QStringLiteral("scan"), second, QStringLiteral("--add")});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("Already in the vault"))) << again.err.toStdString();
    EXPECT_EQ(issuers(f).size(), 2);
}

TEST(ScanAddCommand, ImportsMigrationBatchesAcrossImagesAndNamesAMissingCode)
{
    VaultCliFixture f;
    f.init();
    const QStringList codes = migrationExport(25); // three codes: 10, 10 and 5 accounts
    ASSERT_EQ(codes.size(), 3);
    const QString one = saveCodes(f, QStringLiteral("one.png"), {codes.at(2)});
    const QString two = saveCodes(f, QStringLiteral("two.png"), {codes.at(0)});
    const auto partial = f.run({QStringLiteral("scan"), one, two, QStringLiteral("--add")});
    ASSERT_EQ(partial.exitCode, 0) << partial.err.toStdString();
    EXPECT_TRUE(partial.err.contains(QStringLiteral("Code 2 of 3 is missing"))) << partial.err.toStdString();
    EXPECT_TRUE(partial.err.contains(QStringLiteral("Added 15 accounts"))) << partial.err.toStdString();
    EXPECT_EQ(issuers(f).size(), 15);

    const QString rest = saveCodes(f, QStringLiteral("rest.png"), {codes.at(1)});
    const auto complete = f.run({QStringLiteral("scan"), one, two, rest, QStringLiteral("--add")});
    ASSERT_EQ(complete.exitCode, 0) << complete.err.toStdString();
    EXPECT_FALSE(complete.err.contains(QStringLiteral("missing"))) << complete.err.toStdString();
    EXPECT_TRUE(complete.err.contains(QStringLiteral("Added 10 accounts"))) << complete.err.toStdString();
    EXPECT_EQ(issuers(f).size(), 25);
}

TEST(ScanAddCommand, NothingToAddAndNoCodeFollowTheContract)
{
    VaultCliFixture f;
    f.init();
    const QString other = saveCodes(f, QStringLiteral("other.png"), {QStringLiteral("https://example.com")});
    const auto run = f.run({QStringLiteral("scan"), other, QStringLiteral("--add")});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(QStringLiteral("none of the QR codes is an authenticator code")));

    QImage blank(100, 100, QImage::Format_RGB32);
    blank.fill(Qt::white);
    ASSERT_TRUE(blank.save(f.file(QStringLiteral("blank.png"))));
    const auto none = f.run({QStringLiteral("scan"), f.file(QStringLiteral("blank.png")), QStringLiteral("--add")});
    EXPECT_EQ(none.exitCode, 3);
    EXPECT_TRUE(issuers(f).isEmpty());
}

TEST(ScanAddCommand, AWrongPasswordAddsNothing)
{
    VaultCliFixture f;
    f.init();
    const QString path = saveCodes(f, QStringLiteral("a.png"), {Acme});
    const auto run = f.runBare({QStringLiteral("scan"), path, QStringLiteral("--add")}, "wrong password\n");
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(issuers(f).isEmpty());
}
